import { nameKey } from '../text/name-keys.ts';
import { findAttribution } from './attribution.ts';
import { backgroundSentences, storyYear } from './background.ts';
import type { Draft, Unit } from './drafts.ts';

/**
 * What reports say of a named person in the apposition news writes them with: "Raj Dell, 59, of Northgate",
 * "59-year-old Raj Dell of Northgate", "Raj Dell, of Northgate". Two reports giving one person different ages, or
 * different home places, cannot both be right (English wording).
 */
export interface PersonFact {
  /** The name as written, two to four capitalised words ("Katherine Gomes"). */
  name: string;
  age: number | null;
  place: string | null;
  unit: Unit;
  /** Who the sentence attributes it to ("police"), else null. */
  party: string | null;
}

const WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}";
const NAME = `(?<![\\p{L}])(${WORD}(?:\\s+(?:\\p{Lu}\\.|${WORD})){1,3})`;
const PLACE = `(${WORD}(?:\\s+${WORD}){0,3})`;
/** "Name, 61," or "Name, 61, of Place" and "Name, of Place". */
const APPOSITION = new RegExp(`${NAME},\\s*(?:(\\d{1,3}),\\s*)?(?:of\\s+${PLACE}\\b)?`, 'gu');
/** "61-year-old Name" with an optional "of Place". */
const YEARS_OLD = new RegExp(`\\b(\\d{1,3})[- ]years?[- ]old\\s+${NAME}(?:,?\\s+of\\s+${PLACE}\\b)?`, 'gu');

/** The person facts one sentence gives. */
export function personFacts(unit: Unit): PersonFact[] {
  const out: PersonFact[] = [];
  const party = findAttribution(unit.sentence)?.party ?? null;
  const add = (name: string, age: string | undefined, place: string | undefined): void => {
    const years = age === undefined ? null : Number(age);
    if ((years === null || years === 0 || years > 120) && place === undefined) return;
    out.push({ name, age: years === 0 || (years ?? 0) > 120 ? null : years, place: place ?? null, unit, party });
  };
  for (const m of unit.sentence.matchAll(APPOSITION)) if (m[2] !== undefined || m[3] !== undefined) add(m[1]!, m[2], m[3]);
  for (const m of unit.sentence.matchAll(YEARS_OLD)) add(m[2]!, m[1], m[3]);
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

/**
 * Two home places that cannot both be a person's: no word in common and no word sounding alike ("Ozone Park" and
 * "South Ozone Park" are one place named more or less closely, "Vendome" and "Vendôme" one place spelt two ways).
 */
/** A street, road or block is an address, not the town a person is of: "of Newton Street" does not oppose "of Millom". */
const ADDRESS = /\b(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|drive|way|place|court|square|terrace|block)\.?$/iu;

export function differentPlaces(a: string, b: string): boolean {
  if (ADDRESS.test(a) || ADDRESS.test(b)) return false;
  const x = a.split(/\s+/u);
  const y = b.split(/\s+/u);
  return !x.some((w) => y.some((v) => sameWord(w, v)));
}

/** Every person fact of the story's reports, background sentences left out. */
export function storyPersonFacts(drafts: Draft[]): PersonFact[] {
  const year = storyYear(drafts);
  return drafts.flatMap((d) => {
    const background = backgroundSentences(
      d.units.map((u) => u.sentence),
      year,
    );
    return d.units.filter((_, k) => !background[k]).flatMap(personFacts);
  });
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
