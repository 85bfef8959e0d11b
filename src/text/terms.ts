import { parseNumeral } from './numbers.ts';
import { stemmerFor } from './stem.ts';
import { stopwordsFor } from './stopwords.ts';
import { KANA, isUnspaced, unspacedWords } from './unspaced-words.ts';

/**
 * Reporting verbs and phrases per language: they say who speaks, not what happened, so two sentences
 * sharing "said" do not share a fact. Added to the language's stop words when sentences are compared.
 */
const REPORTING: Record<string, string[]> = {
  en: ['says', 'said', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'reportedly', 'added', 'stated'],
  de: ['sagte', 'sagten', 'sagt', 'teilte', 'mit', 'laut', 'berichtete', 'erklärte'],
  fr: ['déclaré', 'selon', 'affirmé', 'indiqué'],
  es: ['dijo', 'según', 'afirmó', 'informó'],
  ru: ['сказал', 'заявил', 'сообщил', 'словам', 'данным', 'заявила', 'сообщила'],
  uk: ['заявив', 'повідомив', 'словами', 'даними', 'заявила', 'повідомила'],
};
const reportingCache = new Map<string, Set<string>>();
function reportingWords(language: string): Set<string> {
  let set = reportingCache.get(language);
  if (set === undefined) {
    set = new Set(REPORTING[language] ?? []);
    reportingCache.set(language, set);
  }
  return set;
}

const WORD = /\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*/gu;

/** The ISO 639-1 code a text is read in: the given one, else English. */
export function languageOf(language: string | null): string {
  return (language ?? 'en').toLowerCase().slice(0, 2);
}

/**
 * Content terms of a text, the terms sentences are compared by: stems of words that are not the language's stop
 * words or reporting verbs, and numbers (digits or number words) as "#value", in order of first appearance.
 * Uses the same stemmer and stop list per language as clustering (Snowball, our Ukrainian stemmer, stopwords-iso).
 */
export function contentTerms(text: string, language: string | null): string[] {
  const lang = languageOf(language);
  const stem = stemmerFor(lang);
  const stop = stopwordsFor(lang);
  const reporting = reportingWords(lang);
  const out = new Set<string>();
  for (const [run] of text.matchAll(WORD)) {
    for (const word of wordsOf(run, lang)) addTerm(word, lang, out, stem, stop, reporting);
  }
  return [...out];
}

/**
 * The words of a run of letters: a run of Chinese or Japanese holds several, as ICU's segmenter reads them
 * (src/text/unspaced-words.ts: "塔尔斯克市中心一家银行" is 塔尔, 斯克市, 中心, 一家, 银行); any other run is one word.
 */
function wordsOf(run: string, lang: string): string[] {
  if (!isUnspaced(run)) return [run];
  return unspacedWords(run, lang === 'ja' || KANA.test(run) ? 'ja' : 'zh');
}

/** Adds a word's term: "#value" for a number, else its stem unless it is a stop word or a reporting verb. */
function addTerm(
  word: string,
  lang: string,
  out: Set<string>,
  stem: (word: string) => string,
  stop: ReadonlySet<string>,
  reporting: ReadonlySet<string>,
): void {
  const number = parseNumeral(/^\d/u.test(word) ? word : word.toLowerCase(), lang);
  if (number !== null) {
    out.add(`#${number}`);
    return;
  }
  if (/^\d/u.test(word)) return;
  const lower = word.toLowerCase();
  if (lower.length < 2 || stop.has(lower) || reporting.has(lower)) return;
  out.add(stem(lower));
}

/** Capitalised words that are not the first word of the sentence nor stop words: a cheap, language-neutral proxy for names. */
export function namedEntities(sentence: string, language: string | null = null): string[] {
  const stop = stopwordsFor(languageOf(language));
  const words = [...sentence.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => m[0]);
  return [...new Set(words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !stop.has(w.toLowerCase())))];
}

/** Binary cosine similarity of two term sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return sharedCount(a, b) / Math.sqrt(a.size * b.size);
}

/** Number of terms two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared;
}
