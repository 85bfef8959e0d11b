import { SPAN_HASH_START, spanHashStep, SpanTable } from './span-table.ts';
import { classAt, KIND, LETTER, NUMBER, OTHER, runEnd, widthOf } from './char-classes.ts';

/**
 * One word or number of a text, with what the feature extractor needs to know about its shape.
 * Tokens are shared between texts (see tokenize) and never changed; make a copy to differ.
 */
export interface Token {
  /** As written (apostrophe elisions and possessives removed). */
  readonly text: string;
  readonly lower: string;
  /** First word of the text, a line or a sentence. */
  readonly sentenceStart: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "ООН"). */
  readonly acronym: boolean;
  /** A number, normalised ("1,000" → "1000", "6,1" → "6.1"). */
  readonly numeric: boolean;
  /**
   * The number of `lower` among the lower-case words read so far (see wordNumber), so that a reader can
   * keep what it works out about a word in an array rather than a map keyed by strings; -1 for numbers.
   */
  readonly word: number;
}

/**
 * A small number for a lower-case word, the same for every token of it, numbered in the order words
 * are first read. The numbering starts again when it holds `WORD_NUMBERS` words (so it stays bounded),
 * and a number then comes back for another word: a memo kept by number must check the word it holds.
 */
export function wordNumber(lower: string): number {
  let n = wordNumbers.get(lower);
  if (n === undefined) {
    if (wordNumbers.size >= WORD_NUMBERS) wordNumbers.clear();
    n = wordNumbers.size;
    wordNumbers.set(lower, n);
  }
  return n;
}

const WORD_NUMBERS = 200_000;
const wordNumbers = new Map<string, number>();

const CLOCK_TIME = /^\d{1,2}:\d{2}/;
const APOSTROPHE = /['’ʼ]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Splits text into word and number tokens (clock times like "9:53" are skipped); Han and kana runs become character bigrams.
 * A word is a letter or mark followed by letters, marks and digits, with apostrophe-joined letter parts ("l'hôpital");
 * a number is digits with "." or "," between digit groups. Read by code point classes (see matchEnd), not a regular
 * expression: a Unicode-class regex and its match arrays cost more than the rest of tokenizing together.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let last = 0;
  let index = 0;
  while (index < n) {
    let end = plainWordEnd(text, index);
    const plain = end > 0;
    if (!plain) end = matchEnd(text, index);
    if (end < 0) {
      index += -end;
      continue;
    }
    const sentenceStart = tokens.length === 0 || hasSentenceBreak(text, last, index);
    let known = plain ? seen.findHashed(text, index, end, plainHash) : seen.find(text, index, end);
    if (known < 0) {
      const raw = text.slice(index, end);
      const first = raw.charCodeAt(0);
      if (first >= 0x2e80 && CJK.test(raw)) {
        for (const piece of bigrams(raw)) tokens.push(wordToken(piece, sentenceStart));
        last = index = end;
        continue;
      }
      known = remember(text, index, end, tokenPair(raw, first));
    }
    last = index = end;
    const token = sentenceStart ? atStart[known]! : midSentence[known]!;
    if (token !== null) tokens.push(token);
  }
  return tokens;
}

/** The span hash (see SpanTable) of the last word plainWordEnd read. */
let plainHash = 0;

/**
 * The end of the word at `i` when it is ASCII letters and digits only, ended by an ASCII character that
 * cannot continue it (a space, a comma, not an apostrophe), hashing it as it goes (plainHash): most
 * words of most texts. 0 for anything else, which matchEnd reads.
 */
function plainWordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 32;
  if (c < 97 || c > 122) return 0;
  const n = text.length;
  let h = SPAN_HASH_START;
  let j = i;
  for (; j < n; j++) {
    const d = text.charCodeAt(j);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
    h = spanHashStep(h, d);
  }
  if (j < n) {
    const d = text.charCodeAt(j);
    if (d >= 128 || d === 39) return 0;
  }
  plainHash = h >>> 0;
  return j;
}

/*
 * Where the token starting at `i` ends, or minus the code units to skip when none starts there. The same
 * tokens, tried in the same order, as the regular expression
 *   \d{1,2}:\d{2}(?::\d{2})?  |  [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*  |  \p{N}+(?:[.,]\p{N}+)*
 * (clock times, then words, then numbers) searched with the u flag (test/text/tokenize.test.ts compares the two).
 */
function matchEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    const clock = clockEnd(text, i);
    if (clock > 0) return clock;
  }
  const cls = classAt(text, i);
  const kind = cls & KIND;
  if (kind === OTHER) return -widthOf(cls);
  let j = i + widthOf(cls);
  if (kind === LETTER) {
    j = runEnd(text, j, LETTER | NUMBER);
    while (isApostrophe(text.charCodeAt(j)) && (classAt(text, j + 1) & KIND) === LETTER) j = runEnd(text, j + 1, LETTER);
    return j;
  }
  j = runEnd(text, j, NUMBER);
  while (isPointOrComma(text.charCodeAt(j)) && (classAt(text, j + 1) & KIND) === NUMBER) j = runEnd(text, j + 1, NUMBER);
  return j;
}

/** "9:53", "09:53" or "09:53:10" starting at `i` (ASCII digits, as \d reads), its end; 0 when none starts there. */
function clockEnd(text: string, i: number): number {
  let end = 0;
  if (isDigit(text.charCodeAt(i + 1))) {
    if (text.charCodeAt(i + 2) === COLON && isDigit(text.charCodeAt(i + 3)) && isDigit(text.charCodeAt(i + 4))) end = i + 5;
  } else if (text.charCodeAt(i + 1) === COLON && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) end = i + 4;
  if (end > 0 && text.charCodeAt(end) === COLON && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2))) end += 3;
  return end;
}

const COLON = 58;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;
const isPointOrComma = (c: number): boolean => c === 46 || c === 44;

/**
 * The tokens of each match already read, mid-sentence and at a sentence start (null for a skipped
 * clock time): a text repeats most of its words and a stream repeats most words of a language, so
 * a word's case and shape are worked out, and its two tokens made, once rather than at every sighting.
 * Emptied when full, which keeps it bounded. Looked up where the match stands in the text, so no string is
 * made of a word already known.
 */
const seen = new SpanTable(100_000);
/** By the number seen gives a match: its token mid-sentence and at a sentence start. */
let midSentence: (Token | null)[] = [];
let atStart: (Token | null)[] = [];

/** Numbers a new match in seen and keeps its tokens; returns its number. */
function remember(text: string, start: number, end: number, pair: [Token, Token] | null): number {
  if (seen.full) {
    seen.clear();
    midSentence = [];
    atStart = [];
  }
  const known = seen.add(text, start, end);
  midSentence[known] = pair ? pair[0] : null;
  atStart[known] = pair ? pair[1] : null;
  return known;
}

function tokenPair(raw: string, first: number): [Token, Token] | null {
  if ((first >= 48 && first <= 57) || (first > 127 && /^\p{N}/u.test(raw))) {
    if (first <= 57 && raw.length > 2 && CLOCK_TIME.test(raw)) return null;
    return [numberToken(raw, false), numberToken(raw, true)];
  }
  const word = stripApostrophes(raw);
  return word ? [wordToken(word, false), wordToken(word, true)] : null;
}

function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}

function wordToken(text: string, sentenceStart: boolean): Token {
  const lower = text.toLowerCase();
  const head = text[0] ?? '';
  const capitalised = head !== (lower[0] ?? '') && head === head.toUpperCase();
  let acronym = false;
  if (capitalised && text.length >= 2 && text === text.toUpperCase()) {
    let letters = 0;
    for (const ch of text) if (ch.toLowerCase() !== ch) letters++;
    acronym = letters >= 2;
  }
  return { text, lower, sentenceStart, capitalised, acronym, numeric: false, word: wordNumber(lower) };
}

function numberToken(raw: string, sentenceStart: boolean): Token {
  const thousands = /^\d{1,3}(?:[.,]\d{3})+$/.test(raw);
  const value = thousands ? raw.replace(/[.,]/g, '') : raw.replace(',', '.');
  return { text: value, lower: value, sentenceStart, capitalised: false, acronym: false, numeric: true, word: -1 };
}

/** "family's" → "family", "l'homme" → "homme", "don't" stays whole for the stop list. */
function stripApostrophes(word: string): string {
  if (!APOSTROPHE.test(word)) return word;
  const parts = word.split(/['’ʼ]/);
  if (parts.length === 1) return word;
  const head = parts[0] ?? '';
  const tail = parts.slice(1).join('');
  if (tail.toLowerCase() === 's') return head;
  if (head.length <= 2 && tail.length > 2) return tail;
  if (tail.length <= 2 && head.length > 2 && tail.toLowerCase() !== 't') return head;
  return parts.join("'");
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}
