import { wordNumber, type Token } from '../text/tokenize.ts';

/** File endings of article pages, cut before a slug is read. */
const PAGE_ENDING = /\.(?:s?html?|php\d?|aspx?|jsp|ece|cms|story)$/i;
/** A slug word: letters only (numbers in addresses are ids and dates, not tolls). */
const SLUG_WORD = /^\p{L}{2,}$/u;
/** Fewest words a path segment needs to be read as a headline slug ("lohan-checks-into-rehab"), not a section ("news", "world-news"). */
const MIN_SLUG_WORDS = 3;

/**
 * Words of the headline slug in an article's address ("/2013/05/02/lindsay-lohan-checks-into-rehab/"),
 * as tokens whose case is unknown. Many outlets put the headline in the address, which gives a
 * headline-only item whose title is a dateline ("May 2, 2013, 1:12 PM") its words back.
 */
export function urlWords(url: string | null): Token[] {
  if (!url) return [];
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  const tokens: Token[] = [];
  for (const segment of path.split('/')) {
    const words = segment
      .replace(PAGE_ENDING, '')
      .split(/[-_+.,]+/)
      .filter((w) => SLUG_WORD.test(w));
    if (words.length < MIN_SLUG_WORDS) continue;
    for (const word of words) {
      const lower = word.toLowerCase();
      tokens.push({ text: word, lower, sentenceStart: true, capitalised: true, acronym: false, numeric: false, word: wordNumber(lower) });
    }
  }
  return tokens;
}
