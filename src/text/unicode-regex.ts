const BEFORE_WORD = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER_WORD = String.raw`(?![\p{L}\p{N}_])`;

/**
 * Rewrites `\b` in a regex so word boundaries work for Cyrillic, accented and other non-ASCII letters:
 * a `\b` before a word or group becomes "no letter before", any other becomes "no letter after".
 */
export function unicodeWords(re: RegExp): RegExp {
  const source = re.source.replace(/\\b/gu, (_m, at: number, all: string) =>
    /^([(\p{L}]|\\p)/u.test(all.slice(at + 2)) ? BEFORE_WORD : AFTER_WORD,
  );
  return new RegExp(source, re.flags.includes('u') ? re.flags : `${re.flags}u`);
}
