import { findAttribution } from './attribution.ts';
import type { Unit } from './drafts.ts';

/**
 * How and where a named person died, as a report gives it: "Felt died of heart failure Thursday at his home",
 * "Lane died yesterday from Alzheimer's disease at a hospice". Two slots a person fills once, so two reports filling
 * one differently disagree. English only; the person is a surname the story writes after a given name.
 */
export interface DeathFact {
  slot: 'cause' | 'place';
  /** The person, lower case (a surname). */
  person: string;
  /** The given name written before the surname, if any: "John Smith" and "Mary Smith" are two people. */
  given: string | null;
  /** The value as written ("congestive heart failure", "hospice"). */
  value: string;
  /** Words that tell the value apart: a cause's words but its generic head, a place's class. */
  key: Set<string>;
  unit: Unit;
  /** Who the sentence attributes it to ("his grandson Rob Jones"), else null. */
  party: string | null;
}

const DIED = /\b(?:died|dies|passed away)\b/giu;
/** Up to four words between the verb and its slot: "died yesterday", "died early on Thursday", "died peacefully". */
const GAP = String.raw`(?:\s+(?!of\b|from\b|at\b|in\b)[\p{L}\d:.'’-]+){0,4}?`;
/**
 * A cause is read only when it ends in one of these nouns: a named illness or failure, not a vague "illness",
 * "injuries" or "natural causes", which hold other causes and so agree with anything.
 */
const CAUSE = new RegExp(
  String.raw`^${GAP}\s+(?:of|from)\s+((?:[\p{L}'’-]+\s+){0,3}?(?:failure|disease|cancer|attack|stroke|pneumonia|overdose|infection|leukemia|leukaemia|tumou?r|haemorrhage|hemorrhage|aneurysm|sclerosis|cirrhosis))\b`,
  'iu',
);
/** Words of a cause that name its kind, not which one: "heart failure" and "kidney failure" differ by their first word. */
const GENERIC = new Set(['failure', 'disease', 'congestive', 'complications', 'a', 'an', 'the', 'his', 'her', 'of', 'acute', 'chronic']);
/** Places one dies at, each with its class: a home and a house are one place, a hospice and a hospital are not. */
const PLACES: [RegExp, string][] = [
  [/^(?:nursing|care|retirement) home\b/iu, 'care home'],
  [/^(?:home|house|residence|apartment|flat)\b/iu, 'home'],
  [/^(?:hospital|clinic|medical cent(?:er|re))\b/iu, 'hospital'],
  [/^hospice\b/iu, 'hospice'],
  [/^(?:scene)\b/iu, 'scene'],
  [/^(?:prison|jail)\b/iu, 'prison'],
];
/** Up to three lower-case words after "at" or "in" (a name is capitalised): "a hospice near his", "the federal prison". */
const PLACE = new RegExp(String.raw`^${GAP}\s+(?:at|in)\s+(?:(?:his|her|their|a|an|the)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)`, 'u');

/**
 * The person a sentence says died: the surname nearest before the verb in its own clause (after "said", "that"),
 * a description set off by commas skipped ("Felt, Sr., the number two at the FBI during Watergate, died" is Felt).
 */
function personBefore(text: string, surnames: Set<string>): { person: string; given: string | null } | null {
  let clause = text.split(/\b(?:said|says|told|reported|that)\b/u).pop() ?? '';
  if (/,\s*$/u.test(clause)) clause = clause.replace(/,\s*$/u, '').replace(/,[^,]*$/u, '');
  const names = [...clause.matchAll(/(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)/gu)].reverse();
  const name = names.find((m) => surnames.has(m[2]!.toLowerCase()));
  return name === undefined ? null : { person: name[2]!.toLowerCase(), given: name[1]?.toLowerCase() ?? null };
}

function placeClass(phrase: string): string | null {
  const words = phrase.toLowerCase().split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const hit = PLACES.find(([re]) => re.test(tail));
    if (hit !== undefined) return hit[1];
  }
  return null;
}

/** Every cause and place of death a sentence gives a named person. */
export function deathFacts(unit: Unit, surnames: Set<string>): DeathFact[] {
  if (unit.language !== 'en' && unit.language !== null) return [];
  const out: DeathFact[] = [];
  // An owner alone ("citing Felt's grandson" read as "felt's") names no one a reader would know.
  const cited = findAttribution(unit.sentence)?.party ?? null;
  const party = cited === null || /['’]s$/u.test(cited) ? null : cited;
  for (const m of unit.sentence.matchAll(DIED)) {
    const named = personBefore(unit.sentence.slice(0, m.index), surnames);
    if (named === null) continue;
    const { person, given } = named;
    const after = unit.sentence.slice(m.index + m[0].length).split(/[;.!?]|,\s+(?:but|while|and)\s+/u)[0] ?? '';
    const cause = CAUSE.exec(after);
    if (cause !== null) {
      const words = cause[1]!
        .toLowerCase()
        .replace(/['’]s\b/gu, '')
        .split(/\s+/u);
      const specific = words.filter((w) => !GENERIC.has(w));
      out.push({ slot: 'cause', person, given, value: cause[1]!, key: new Set(specific.length > 0 ? specific : words), unit, party });
    }
    // The place may follow the cause: "died of heart failure Thursday at his home".
    const place = PLACE.exec(cause === null ? after : after.slice(cause.index + cause[0].length));
    const kind = place === null ? null : placeClass(place[1]!);
    if (kind !== null) out.push({ slot: 'place', person, given, value: place![1]!, key: new Set([kind]), unit, party });
  }
  return out;
}

/** Two values of one slot of one person disagree when they share no word that tells them apart. */
export function incompatibleDeath(a: DeathFact, b: DeathFact): boolean {
  const twoPeople = a.given !== null && b.given !== null && a.given !== b.given;
  return a.slot === b.slot && a.person === b.person && !twoPeople && ![...a.key].some((k) => b.key.has(k));
}
