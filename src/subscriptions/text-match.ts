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
 * A keyword or phrase compiled for matching: every word must appear, in order and next to each other.
 * A word of five or more letters also matches its inflected forms (same first letters, a short ending),
 * so "earthquake" finds "earthquakes" and "землетрясение" finds "землетрясения".
 */
export interface Phrase {
  text: string;
  words: string[];
}

/** Compiles a keyword or phrase; null when it holds no words. */
export function phrase(text: string): Phrase | null {
  const w = words(text);
  return w.length === 0 ? null : { text, words: w };
}

/** Whether a text's words (from `words`) contain the phrase. */
export function containsPhrase(textWords: readonly string[], p: Phrase): boolean {
  const [first] = p.words;
  if (first === undefined) return false;
  for (let i = 0; i + p.words.length <= textWords.length; i++) {
    if (p.words.every((w, j) => wordMatches(textWords[i + j]!, w))) return true;
  }
  return false;
}

function wordMatches(word: string, wanted: string): boolean {
  if (word === wanted) return true;
  if (wanted.length < 5) return false;
  const stem = wanted.length >= 7 ? wanted.slice(0, -2) : wanted.slice(0, -1);
  return word.startsWith(stem) && word.length - stem.length <= 4;
}

/** Whether a text matches any topic and none of the exclusions. */
export function matchesTopics({
  textWords,
  topics,
  exclude,
}: {
  textWords: readonly string[];
  topics: readonly Phrase[];
  exclude: readonly Phrase[];
}): boolean {
  if (!topics.some((t) => containsPhrase(textWords, t))) return false;
  return !exclude.some((e) => containsPhrase(textWords, e));
}
