import { createRequire } from 'node:module';
import { parseNumeral } from '../text/numbers.ts';
import { STOPWORDS } from './stopwords.ts';

interface Stemmer { stem(word: string): string }
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(algorithm: string): Stemmer };

const ALGORITHMS: Record<string, string> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', ru: 'russian', uk: 'russian', it: 'italian',
  pt: 'portuguese', nl: 'dutch', sv: 'swedish', da: 'danish', no: 'norwegian', fi: 'finnish', tr: 'turkish',
};
const stemmers = new Map<string, (word: string) => string>();
const CACHE_LIMIT = 50_000;

function stemmerFor(language: string | null): (word: string) => string {
  const algorithm = ALGORITHMS[language ?? 'en'] ?? 'english';
  let stem = stemmers.get(algorithm);
  if (stem === undefined) {
    const stemmer = snowball.newStemmer(algorithm);
    const cache = new Map<string, string>();
    stem = (word) => {
      let out = cache.get(word);
      if (out === undefined) {
        out = stemmer.stem(word);
        if (cache.size < CACHE_LIMIT) cache.set(word, out);
      }
      return out;
    };
    stemmers.set(algorithm, stem);
  }
  return stem;
}

const WORD = /\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*/gu;

/** Content terms of a text: stems of non-stopwords plus normalised numbers, in order of first appearance. */
export function contentTerms(text: string, language: string | null): string[] {
  const stem = stemmerFor(language);
  const out = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (/^\d/u.test(word)) {
      const value = parseNumeral(word, language);
      if (value !== null) out.add(`#${value}`);
      continue;
    }
    const lower = word.toLowerCase();
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    out.add(stem(lower));
  }
  return [...out];
}

/** Capitalised words that are not the first word of the sentence: a cheap, language-neutral proxy for names. */
export function namedEntities(sentence: string): string[] {
  const words = [...sentence.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => m[0]);
  return [...new Set(words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase())))];
}

/** Binary cosine similarity of two term sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** Number of terms two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared;
}
