import { nameKeysByScript, type SpellingsByKey } from './name-keys.ts';
import { stopwordsFor } from './stopwords.ts';
import { isTitleCase } from './title-case.ts';
import { tokenize } from './tokenize.ts';

type KeysByScript = ReadonlyMap<string | null, SpellingsByKey>;

/**
 * The names a headline gives, by sound key (`nameKeysByScript`). A Headline Where Every Word Is Capitalised names no
 * one by its case: of its words, only those its report's text also gives as names are names (`textKeys`, when the
 * caller has read them already; else the text is read, only for such a headline). "Co-Worker Calls Alleged Shooter"
 * had given "worker", whose key is Паркер's, and `/compare Паркер` opened the Kraft shooting before the story naming a
 * Parker. The first word is capitalised by its place and is not counted in telling such a headline: "Fire at Governor
 * Palin's church in Tarsk" is none. A headline with no text under it (a headline-only feed item) keeps its names, as
 * the clusterer guesses names in one.
 */
export function headlineNameKeys(
  headline: string,
  text: string,
  language: string,
  textKeys?: KeysByScript,
): Map<string | null, SpellingsByKey> {
  const read = nameKeysByScript([{ text: headline, language }]);
  if (text.trim() === '' || !isTitleCase(tokenize(headline).slice(1), stopwordsFor(language))) return read;
  const named = textKeys ?? nameKeysByScript([{ text, language }]);
  const kept = new Map<string | null, SpellingsByKey>();
  for (const [script, byKey] of read) {
    const inText: SpellingsByKey = new Map();
    for (const [key, spellings] of byKey) {
      const given = [...spellings].filter((s) => named.get(script)?.get(key)?.has(s));
      if (given.length > 0) inText.set(key, new Set(given));
    }
    kept.set(script, inText);
  }
  return kept;
}

/** Several readings of names by sound key, as one. */
export function joinedKeys(...parts: KeysByScript[]): Map<string | null, SpellingsByKey> {
  const joined = new Map<string | null, SpellingsByKey>();
  for (const part of parts)
    for (const [script, byKey] of part) {
      const into = joined.get(script) ?? new Map<string, Set<string>>();
      joined.set(script, into);
      for (const [key, spellings] of byKey) into.set(key, new Set([...(into.get(key) ?? []), ...spellings]));
    }
  return joined;
}
