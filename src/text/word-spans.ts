/**
 * The words and numbers of a text, as found by
 * /\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*‍/gu
 * (a clock time; a word, with apostrophe elisions; a number, with separators), scanned by hand:
 * tokenizing is a good part of clustering, and the regex cost a call and a match array per word,
 * about twice the time of this scan. Reports each match's start and end (code unit offsets).
 */
export function forEachWordSpan(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const end = clockEnd(text, i);
      if (end > 0) {
        found(i, end);
        i = end;
        continue;
      }
    }
    const kind = kindAt(text, i);
    if (kind === LETTER) {
      const end = wordEnd(text, i);
      found(i, end);
      i = end;
    } else if (kind === NUMBER) {
      const end = numberEnd(text, i);
      found(i, end);
      i = end;
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    }
  }
}

const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERIC = /^\p{N}$/u;
/** Kind of each BMP code unit, worked out on first sight (0: not yet). */
const bmpKinds = new Uint8Array(0x10000);

/** Kind of the code point at `i`: LETTER (letter or mark), NUMBER or OTHER. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) return kindOf(String.fromCodePoint(text.codePointAt(i)!));
  let k = bmpKinds[c]!;
  if (k === 0) bmpKinds[c] = k = kindOf(String.fromCharCode(c));
  return k;
}

function kindOf(ch: string): number {
  return LETTER_OR_MARK.test(ch) ? LETTER : NUMERIC.test(ch) ? NUMBER : OTHER;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Code units of the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** End of a clock time ("9:53", "21:05:33") starting at `i`, or 0. */
function clockEnd(text: string, i: number): number {
  let colon = -1;
  if (isDigit(text, i + 1) && text.charCodeAt(i + 2) === 58) colon = i + 2;
  else if (text.charCodeAt(i + 1) === 58) colon = i + 1;
  if (colon < 0 || !isDigit(text, colon + 1) || !isDigit(text, colon + 2)) return 0;
  const end = colon + 3;
  return text.charCodeAt(end) === 58 && isDigit(text, end + 1) && isDigit(text, end + 2) ? end + 3 : end;
}

/** End of a word starting at `i`: letters, marks and digits, then any apostrophe followed by letters. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let at = i;
  while (at < n && kindAt(text, at) !== OTHER) at += width(text, at);
  for (;;) {
    const c = text.charCodeAt(at);
    if (!(c === 39 || c === 0x2019 || c === 0x2bc) || at + 1 >= n || kindAt(text, at + 1) !== LETTER) return at;
    at++;
    while (at < n && kindAt(text, at) === LETTER) at += width(text, at);
  }
}

/** End of a number starting at `i`: digits, then any "." or "," followed by digits. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let at = i;
  while (at < n && kindAt(text, at) === NUMBER) at += width(text, at);
  for (;;) {
    const c = text.charCodeAt(at);
    if (!(c === 46 || c === 44) || at + 1 >= n || kindAt(text, at + 1) !== NUMBER) return at;
    at++;
    while (at < n && kindAt(text, at) === NUMBER) at += width(text, at);
  }
}
