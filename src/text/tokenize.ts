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
}

const WORD = /\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const CLOCK_TIME = /^\d{1,2}:\d{2}/;
const APOSTROPHE = /['’ʼ]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Splits text into word and number tokens (clock times like "9:53" are skipped); Han and kana runs become character bigrams. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  // exec with lastIndex, not matchAll: one text has hundreds of words, and matchAll copies the regex and wraps every match.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    const index = match.index;
    const sentenceStart = tokens.length === 0 || hasSentenceBreak(text, last, index);
    last = index + raw.length;
    let pair = seen.get(raw);
    if (pair === undefined) {
      const first = raw.charCodeAt(0);
      if (first >= 0x2e80 && CJK.test(raw)) {
        for (const piece of bigrams(raw)) tokens.push(wordToken(piece, sentenceStart));
        continue;
      }
      if (seen.size >= SEEN_LIMIT) seen.clear();
      pair = tokenPair(raw, first);
      seen.set(raw, pair);
    }
    if (pair !== null) tokens.push(pair[sentenceStart ? 1 : 0]);
  }
  return tokens;
}

/**
 * The tokens of each match already read, mid-sentence and at a sentence start (null for a skipped
 * clock time): a text repeats most of its words and a stream repeats most words of a language, so
 * a word's case and shape are worked out, and its two tokens made, once rather than at every sighting.
 * Emptied when full, which keeps it bounded.
 */
const seen = new Map<string, [Token, Token] | null>();
const SEEN_LIMIT = 100_000;

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
  return { text, lower, sentenceStart, capitalised, acronym, numeric: false };
}

function numberToken(raw: string, sentenceStart: boolean): Token {
  const thousands = /^\d{1,3}(?:[.,]\d{3})+$/.test(raw);
  const value = thousands ? raw.replace(/[.,]/g, '') : raw.replace(',', '.');
  return { text: value, lower: value, sentenceStart, capitalised: false, acronym: false, numeric: true };
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
