/*
 * Letters, numerals and the rest, by code point, for the scanners that split text into words
 * (tokenize, nameCandidates). They used Unicode-class regular expressions; reading classes from a
 * table filled at first sight finds the same words in about half the time, and lets a scanner look at
 * a word's first letter before it makes a string of it.
 */

export const OTHER = 0;
/** A letter or a combining mark (\p{L}, \p{M}). */
export const LETTER = 1;
/** \p{N}: digits of any script, and other numerals ("²", "½", "Ⅻ"). */
export const NUMBER = 2;
/** The bits of a class that say which of the three it is. */
export const KIND = 3;
/** Set when the code point takes two code units (a surrogate pair). */
export const ASTRAL = 4;
/** Set in the table once a code unit's class is known. */
const KNOWN = 8;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERAL = /^\p{N}$/u;

function classOf(char: string): number {
  return LETTER_OR_MARK.test(char) ? LETTER : NUMERAL.test(char) ? NUMBER : OTHER;
}

/** Classes of the ASCII characters. */
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => classOf(String.fromCharCode(c)));
/** Classes of the code units of the Basic Multilingual Plane, worked out at first sight (0 until then). */
const BMP = new Uint8Array(0x10000);
/** Classes of the code points past it, at first sight. */
const astral = new Map<number, number>();

/**
 * The class of the code point at `i` (OTHER past the end), with ASTRAL set for a surrogate pair. A
 * lone surrogate is a code point of its own, of no class, as in a regular expression with the u flag.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  if (Number.isNaN(c)) return OTHER;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let cls = astral.get(point);
      if (cls === undefined) astral.set(point, (cls = classOf(String.fromCodePoint(point))));
      return cls | ASTRAL;
    }
  }
  let cls = BMP[c]!;
  if (cls === 0) BMP[c] = cls = classOf(String.fromCharCode(c)) | KNOWN;
  return cls & KIND;
}

/** Code units in the code point of class `cls` (see classAt). */
export function widthOf(cls: number): number {
  return cls & ASTRAL ? 2 : 1;
}

/** The end of the run of code points from `j` whose class is one of `kinds` (LETTER, NUMBER or both). */
export function runEnd(text: string, j: number, kinds: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits, most of most texts, without the table.
    if (c < 128) {
      if ((ASCII[c]! & kinds) === 0) return j;
      j++;
      continue;
    }
    const cls = classAt(text, j);
    if ((cls & kinds) === 0) return j;
    j += widthOf(cls);
  }
  return j;
}

/** Upper case by code unit: 1 when the unit alone differs from its lower case, 2 when it does not, 0 until asked. */
const UPPER = new Uint8Array(0x10000);

/** Whether the code unit at `i`, as a one-unit string, differs from its lower case (`ch !== ch.toLowerCase()`). */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  let known = UPPER[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    UPPER[c] = known = ch !== ch.toLowerCase() ? 1 : 2;
  }
  return known === 1;
}

/** The first code unit of the East Asian scripts (U+2E80, CJK radicals; Hiragana, Katakana and Han come after it). */
const FIRST_EAST_ASIAN = 0x2e80;

/**
 * Whether a text holds a code unit from U+2E80 on, where Han, Hiragana and Katakana begin: most texts hold none, and
 * this loop reads them faster than a regular expression's Unicode script classes do.
 */
export function mayHoldEastAsian(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_EAST_ASIAN) return true;
  return false;
}
