import { findTeamRecords } from '../text/team-records.ts';
import type { Draft } from './drafts.ts';

/**
 * One name for each team a story's records are keyed by: a record is keyed by the last word of the name before it
 * ("Indianapolis (10-5)": indianapolis; "the Colts (10-5)": colts), and reports name one team by its city and by its
 * nickname. Two keys are one team when a report of the story writes them together ("the Indianapolis Colts", "Kansas
 * City Chiefs": city and chiefs). Returns each key's team (the first key in alphabetical order) and the name two keys
 * were written together as ("Indianapolis Colts"), which labels the record better than either; a key alone maps to itself.
 */
export function teamNames(drafts: readonly Draft[]): (thing: string) => { key: string; name: string | null } {
  const sentences = drafts.flatMap((d) => d.units.filter((u) => u.language === null || u.language === 'en').map((u) => u.sentence));
  const keys = new Set(sentences.filter((s) => /\d-\d/u.test(s)).flatMap((s) => findTeamRecords(s).map((r) => r.thing)));
  const parent = new Map<string, string>();
  const written = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  if (keys.size > 1)
    for (const sentence of sentences)
      for (const m of sentence.matchAll(/(?<![\p{L}'’])([A-Z][\p{L}'’.-]+)\s+(?=([A-Z][\p{L}'’.-]+))/gu)) {
        const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase().replace(/['’]s?$/u, '')];
        if (a === b || !keys.has(a) || !keys.has(b)) continue;
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
        if (!written.has(a)) written.set(a, `${m[1]!} ${m[2]!.replace(/['’]s?$/u, '')}`);
      }
  return (thing) => {
    if (!keys.has(thing)) return { key: thing, name: null };
    const key = find(thing);
    const name = [...written].find(([k]) => find(k) === key)?.[1] ?? null;
    return { key, name };
  };
}
