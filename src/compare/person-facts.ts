import { nameKey } from '../text/name-keys.ts';
import { parseNumeral } from '../text/numbers.ts';
import { findAttribution } from './attribution.ts';
import { foregroundUnits } from './background.ts';
import type { Draft, Unit } from './drafts.ts';

/**
 * A named person's age as news apposition gives it: "Raj Dell, 59," or "59-year-old Raj Dell" (English wording).
 * Home places ("Raj Dell, of Northgate") are not read: places contain one another (a borough and a neighbourhood in
 * it), which no rule here can tell from two different towns (docs/breakdowns.md).
 */
export interface PersonFact {
  /** The name as written, two to four capitalised words ("Katherine Gomes"). */
  name: string;
  age: number;
  unit: Unit;
  /** Who the sentence attributes it to ("police"), else null. */
  party: string | null;
}

const WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}";
const NAME = `(?<![\\p{L}])(${WORD}(?:\\s+(?:\\p{Lu}\\.|${WORD})){1,3})`;
/** "Name, 61," or "Name, age 61,". */
const APPOSITION = new RegExp(`${NAME},\\s*(?:age\\s+)?(\\d{1,3}),`, 'gu');
/** "61-year-old Name". */
const YEARS_OLD = new RegExp(`\\b(\\d{1,3})[- ]years?[- ]old\\s+${NAME}`, 'gu');
/** "Sixty-one-year-old Name": an age in words (English). */
const WORDS_OLD = new RegExp(`(?<![\\p{L}-])(\\p{L}+(?:-\\p{L}+)?)-years?-old\\s+${NAME}`, 'gu');

/** A number in words, its parts added: "sixty" → 60, "Sixty-one" → 61; 0 when a part is no number. */
const wordsAge = (words: string): number =>
  words
    .toLowerCase()
    .split('-')
    .reduce((sum, w) => (sum < 0 ? sum : (parseNumeral(w, 'en') ?? -Infinity) + sum), 0);

/** The named ages one sentence gives. */
export function personFacts(unit: Unit): PersonFact[] {
  const out: PersonFact[] = [];
  const party = findAttribution(unit.sentence)?.party ?? null;
  const add = (name: string, age: string): void => {
    const years = /^\d+$/u.test(age) ? Number(age) : wordsAge(age);
    if (years > 0 && years <= 120) out.push({ name, age: years, unit, party });
  };
  for (const m of unit.sentence.matchAll(APPOSITION)) add(m[1]!, m[2]!);
  for (const m of unit.sentence.matchAll(YEARS_OLD)) add(m[2]!, m[1]!);
  for (const m of unit.sentence.matchAll(WORDS_OLD)) add(m[2]!, m[1]!);
  return out;
}

const words = (name: string): string[] => name.split(/\s+/u).filter((w) => !/\.$/u.test(w));
/** Two spellings of one word: equal, or the same sound key ("Katherine", "Catherine", "Kathryn"). */
function sameWord(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const ka = nameKey(a);
  return ka !== null && ka === nameKey(b);
}

/**
 * One person: the same surname (last word) and a given name in common (any word before it: "Police Chief Ann Dell"
 * and "Ann Dell"), each spelt alike or sounding alike. A surname alone is not enough: a mother and her son share it.
 */
export function samePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length < 2 || y.length < 2 || !sameWord(x[x.length - 1]!, y[y.length - 1]!)) return false;
  return x.slice(0, -1).some((g) => y.slice(0, -1).some((h) => sameWord(g, h)));
}

/** Every person fact of the story's reports, background sentences left out. */
export function storyPersonFacts(drafts: Draft[]): PersonFact[] {
  return foregroundUnits(drafts).flatMap((unit) => personFacts(unit));
}

/** Groups facts by person, the fullest name first in each group. */
export function byPerson(facts: PersonFact[]): PersonFact[][] {
  const groups: PersonFact[][] = [];
  for (const f of facts) {
    const group = groups.find((g) => samePerson(g[0]!.name, f.name));
    if (group === undefined) groups.push([f]);
    else group.push(f);
  }
  return groups;
}
