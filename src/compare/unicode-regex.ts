const WORD_BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

/** Rewrites `\b` in a `u` regex so word boundaries work for Cyrillic, accented and other non-ASCII letters. */
export function unicodeWords(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/\\b/gu, WORD_BOUNDARY), re.flags.includes('u') ? re.flags : `${re.flags}u`);
}
