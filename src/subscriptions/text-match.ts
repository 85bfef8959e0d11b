import { stemmerFor } from '../text/stem.ts';
import { LANGUAGES_OF_SCRIPT, writtenIn } from '../text/language.ts';
import { topicLanguages } from '../text/topic-language.ts';
import { isUnspaced, typedWords } from '../text/unspaced-words.ts';

/** Lower-cased words of a text with diacritics removed, split on anything not a letter or digit (any script). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * A keyword or phrase compiled for matching. As a topic, every word must appear in one report, in any order (as
 * `/compare` finds a story by every word of its topic); as an exclusion, in order and next to each other, so that
 * "harbour fire" leaves out stories of a harbour fire and not every story naming a harbour and a fire.
 * A word of five or more letters also matches its inflected forms: the same first letters and a short ending, read
 * as one word by a stemmer of its script ("earthquake" finds "earthquakes", "землетрясение" finds "землетрясения",
 * "infortunio" finds "infortuni"). Until 2026-12-03 the letters alone decided, so "heist" found "Heisman" and a
 * subscription to heists followed a running back's injury.
 */
export interface Phrase {
  text: string;
  words: string[];
  /** The stemmers of the languages the phrase may be typed in (those it reads as, then the others of its script). */
  stemmers: ((word: string) => string)[];
}

/**
 * Compiles a keyword or phrase; null when it holds no words. Chinese and Japanese are written without spaces, so a
 * run of them is read as the words it holds ("伊朗地震" is 伊朗 and 地震; src/text/unspaced-words.ts), each found
 * inside a report's runs.
 */
export function phrase(text: string): Phrase | null {
  const w = words(text).flatMap(typedWords);
  if (w.length === 0) return null;
  // A few words typed alone say little of their language: any stemmer of their script may read them.
  const languages = [...topicLanguages(text), ...(LANGUAGES_OF_SCRIPT[writtenIn(text) ?? ''] ?? [])];
  return { text, words: w, stemmers: [...new Set(languages)].map(stemmerFor) };
}

/** Whether a text's words (from `words`) contain the phrase. */
export function containsPhrase(textWords: readonly string[], p: Phrase): boolean {
  const [first] = p.words;
  if (first === undefined) return false;
  for (let i = 0; i + p.words.length <= textWords.length; i++) {
    if (p.words.every((w, j) => wordMatches(textWords[i + j]!, w, p.stemmers))) return true;
  }
  return false;
}

/**
 * A word of five letters or more matches a form of it: a word that begins as it does but for its last letter or two
 * and ends within four letters of that, and that a stemmer of its script reads as the same word. Either test alone
 * takes too much: by letters "heist" is "Heisman", by English's stemmer "election" is "elected" and "President-elect".
 */
function wordMatches(word: string, wanted: string, stemmers: Phrase['stemmers']): boolean {
  if (word === wanted) return true;
  if (isUnspaced(wanted)) return word.includes(wanted);
  if (wanted.length < 5) return false;
  const stem = wanted.length >= 7 ? wanted.slice(0, -2) : wanted.slice(0, -1);
  if (!word.startsWith(stem) || word.length - stem.length > 4) return false;
  return stemmers.some((s) => s(word) === s(wanted));
}

/**
 * Whether one report's words (from `words`) give every word of a topic, in any order: "Iran earthquake" finds a
 * report of "the earthquake that struck southern Iran", as `/compare Iran earthquake` does. Until 2026-12-03 a topic
 * of several words was a phrase, and a subscription to the words `/compare` had just found followed nothing.
 */
export function coversTopic(reportWords: readonly string[], topic: Phrase): boolean {
  return topic.words.every((w) => reportWords.some((word) => wordMatches(word, w, topic.stemmers)));
}

/** Whether a story matches any topic (in one of its reports' words) and none of the exclusions (in all its words). */
export function matchesTopics({
  reportWords,
  textWords,
  topics,
  exclude,
}: {
  reportWords: readonly (readonly string[])[];
  textWords: readonly string[];
  topics: readonly Phrase[];
  exclude: readonly Phrase[];
}): boolean {
  if (!topics.some((t) => reportWords.some((r) => coversTopic(r, t)))) return false;
  return !exclude.some((e) => containsPhrase(textWords, e));
}
