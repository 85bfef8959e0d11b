import { createRequire } from 'node:module';
import { stemUkrainian } from './stem-uk.ts';

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(algorithm: string): SnowballStemmer;
}

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as SnowballFactory;

const SNOWBALL: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  it: 'italian',
  pt: 'portuguese',
  ar: 'arabic',
};
const cache = new Map<string, (word: string) => string>();
const identity = (word: string): string => word;

/** The stemming function for an ISO 639-1 language: Snowball where it exists, our own for Ukrainian, identity otherwise. */
export function stemmerFor(language: string): (word: string) => string {
  const known = cache.get(language);
  if (known) return known;
  const algorithm = SNOWBALL[language];
  let fn = identity;
  if (language === 'uk') fn = stemUkrainian;
  else if (algorithm) {
    const stemmer = snowball.newStemmer(algorithm);
    fn = (word) => stemmer.stem(word);
  }
  const memo = memoised(fn);
  cache.set(language, memo);
  return memo;
}

/** Most words memoised per language; the memo is emptied when full, which keeps it bounded. */
const MEMO_LIMIT = 100_000;

function memoised(fn: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let s = memo.get(word);
    if (s === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      s = fn(word);
      memo.set(word, s);
    }
    return s;
  };
}

/** Stems one lower-case word in the given language. */
export function stem(language: string, word: string): string {
  return stemmerFor(language)(word);
}
