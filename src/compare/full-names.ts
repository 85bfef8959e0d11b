import type { Draft } from './drafts.ts';
import { PARTY_NOUNS } from './party-words.ts';
import { PLACE_HEAD } from '../text/place-heads.ts';

/** Full names the story writes ("Peter Lynch"): pairs of capitalised words, counted by given name then surname. */
function fullNamesOf(drafts: Draft[]): Map<string, Map<string, number>> {
  const seen = new Map<string, Map<string, number>>();
  for (const unit of drafts.flatMap((d) => d.units))
    for (const m of unit.sentence.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\b(?!['’])/gu)) {
      const counts = seen.get(m[1]!) ?? new Map<string, number>();
      counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
      seen.set(m[1]!, counts);
    }
  return seen;
}

/** Surnames, lower case: second words of the story's full names. */
export function writtenSurnames(drafts: Draft[]): Set<string> {
  return new Set([...fullNamesOf(drafts).values()].flatMap((counts) => [...counts.keys()].map((n) => n.toLowerCase())));
}

/**
 * Given names that stand for one person of the story: a given name written before one surname in most of its full
 * names (more than half, at least twice: "Jermayne Timmons") is that person when written alone ("Jermayne fired the
 * shot"), so a statement on Jermayne meets one on Timmons. A word that is itself a surname is not read as a given name.
 */
export function surnamesByGivenName(drafts: Draft[]): Map<string, string> {
  const seen = fullNamesOf(drafts);
  const surnames = new Set([...seen.values()].flatMap((counts) => [...counts.keys()]));
  const out = new Map<string, string>();
  for (const [given, counts] of seen) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [surname, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 2 > total && total >= 2 && !surnames.has(given)) out.set(given, surname);
  }
  return out;
}

/**
 * True when the party is a person: its last word is a surname the story writes after a given name ("Peter Lynch",
 * then "Lynch"), not a body's noun ("police"), a place's head ("National Park") nor a day ("Thursday's").
 */
export function isPerson(party: string, surnames: Set<string>): boolean {
  const last = party.split(/\s+/u).pop() ?? '';
  return !PARTY_NOUNS.has(last) && !PLACE_HEAD.test(last) && surnames.has(last);
}
