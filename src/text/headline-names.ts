import { nameKeysByScript, type SpellingsByKey } from './name-keys.ts';
import { stopwordsFor } from './stopwords.ts';
import { isTitleCase } from './title-case.ts';
import { tokenize } from './tokenize.ts';

type KeysByScript = ReadonlyMap<string | null, SpellingsByKey>;

/**
 * The names a headline gives, by sound key (`nameKeysByScript`). A Headline Where Every Word Is Capitalised names no
 * one by its case: of its words, only those its report's text (`readText`, read only for such a headline) also gives as
 * names are names. "Co-Worker Calls Alleged Shooter" had given "worker", whose key is Паркер's, and `/compare Паркер`
 * opened the Kraft shooting before the story naming a Parker. The first word is capitalised by its place and is not counted in telling such a
 * headline: "Fire at Governor Palin's church in Tarsk" is none. A headline with no text under it (a headline-only feed
 * item, `readText` giving null) keeps its names, as the clusterer guesses names in one.
 */
export function headlineNameKeys(
  headline: string,
  language: string,
  readText: () => KeysByScript | null,
): Map<string | null, SpellingsByKey> {
  const read = nameKeysByScript([{ text: headline, language }]);
  if (!isTitleCase(tokenize(headline).slice(1), stopwordsFor(language))) return read;
  const textKeys = readText();
  if (textKeys === null) return read;
  const kept = new Map<string | null, SpellingsByKey>();
  for (const [script, byKey] of read) {
    const named: SpellingsByKey = new Map();
    for (const [key, spellings] of byKey) {
      const inText = [...spellings].filter((s) => textKeys.get(script)?.get(key)?.has(s));
      if (inText.length > 0) named.set(key, new Set(inText));
    }
    kept.set(script, named);
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
