import { findAttribution } from './attribution.ts';
import type { Unit } from './drafts.ts';
import { contentTerms } from '../text/terms.ts';

/**
 * The colour a report gives a thing ("a silver Toyota Camry", "the grey van"): one slot with a small closed set of
 * values, so two reports of one happening filling it differently disagree. Only colours are read: a place or a name
 * in the same position ("a Texas jury", "a San Angelo jury") may contain or be spelt like the other, which nothing
 * here can tell (docs/breakdowns.md), whereas a car is not both silver and grey.
 */
export interface ColourFact {
  /** Canonical colours the mention gives ("silver-grey" gives two); facts conflict only when these do not overlap. */
  colours: Set<string>;
  /** The thing as written after the colour, year dropped ("Toyota Camry"). */
  thing: string;
  /** Content terms of the thing, to tell one thing named twice ("2013 Toyota Camry", "Camry"). */
  thingTerms: Set<string>;
  unit: Unit;
  /** Who the sentence attributes it to ("police", "witnesses"), else null. */
  party: string | null;
}

/**
 * Basic colour terms (English), each with its spellings. Gold and silver as metals name materials as often as
 * colours ("a gold statue"); silver is kept as the usual car colour, gold is not.
 */
const SPELLINGS: Record<string, string[]> = {
  black: ['black'],
  white: ['white'],
  red: ['red'],
  green: ['green'],
  blue: ['blue'],
  yellow: ['yellow'],
  brown: ['brown'],
  grey: ['grey', 'gray'],
  silver: ['silver'],
  orange: ['orange'],
  purple: ['purple'],
  pink: ['pink'],
  beige: ['beige'],
  maroon: ['maroon'],
};
const CANONICAL = new Map(Object.entries(SPELLINGS).flatMap(([colour, spellings]) => spellings.map((s) => [s, colour] as const)));
const COLOUR = [...CANONICAL.keys()].join('|');
/** Shades ("dark", "light") narrow a colour without changing it. */
const SHADE = '(?:(?:dark|light|pale|bright|deep)\\s+)?';
/** A run of colours joined as one description: "silver-grey", "black and white", "blue or green". */
const RUN = `${SHADE}(?:${COLOUR})(?:(?:\\s*[-/]\\s*|\\s+(?:and|or)\\s+)${SHADE}(?:${COLOUR}))*`;
/** Lower case only: capitalised, a colour word is usually part of a name ("Red Sox", "Orange County", "Silver Slugger"). */
const MENTION = new RegExp(
  `(?<![\\p{L}-])(${RUN})(?:-ish)?\\s+((?:(?:19|20)\\d\\d\\s+)?[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2})`,
  'gu',
);
/** Where the thing's words stop: a function word or a verb form starts the rest of the sentence. */
const STOP =
  /^(?:a|an|the|and|or|but|that|which|who|with|without|was|were|is|are|had|has|have|heading|driving|around|about|near|along|outside|on|in|at|of|for|from|to|by|as|into|onto|then|when|while|after|before|said|says)$/iu;

/**
 * Nouns a colour gives a level or a signal rather than a look ("a red alert", "an orange warning", "ran a red
 * light"): the value is raised, lowered or switched as a story goes on, so two reports giving two are not at odds.
 */
const SIGNAL = /^(?:alert|warning|level|code|zone|light|card|flag|line)s?$/iu;

function colourSet(run: string): Set<string> {
  const words = run.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.flatMap((w) => (CANONICAL.has(w) ? [CANONICAL.get(w)!] : [])));
}

/**
 * The thing a colour is given to: a capitalised run when it is named ("Toyota Camry"), else the common words up to
 * a function word or a verb form ("pickup truck").
 */
function thingOf(after: string): string {
  const words = after.split(/\s+/u).filter((w, i) => i > 0 || !/^(?:19|20)\d\d$/u.test(w));
  const named = /^\p{Lu}/u.test(words[0] ?? '');
  const out: string[] = [];
  for (const w of words) {
    if (STOP.test(w) || (named && !/^\p{Lu}/u.test(w))) break;
    out.push(w);
  }
  return out.join(' ');
}

/** The colours one sentence gives things (English only: the colour words are English). */
export function colourFacts(unit: Unit): ColourFact[] {
  if (unit.language !== null && unit.language !== 'en') return [];
  const out: ColourFact[] = [];
  let party: string | null | undefined;
  for (const m of unit.sentence.matchAll(MENTION)) {
    const thing = thingOf(m[2]!);
    const thingTerms = new Set(contentTerms(thing, unit.language).filter((t) => !t.startsWith('#')));
    if (thingTerms.size === 0 || SIGNAL.test(thing.split(' ').at(-1) ?? '')) continue;
    party ??= findAttribution(unit.sentence)?.party ?? null;
    out.push({ colours: colourSet(m[1]!), thing, thingTerms, unit, party });
  }
  return out;
}

/** One thing named twice: the two namings share a content word ("2013 Toyota Camry" and "Camry"). */
export function sameThing(a: ColourFact, b: ColourFact): boolean {
  for (const t of a.thingTerms) if (b.thingTerms.has(t)) return true;
  return false;
}

/** Two colourings cannot both be true: they share no colour ("silver" against "grey", but not "silver-grey" against "grey"). */
export function incompatible(a: ColourFact, b: ColourFact): boolean {
  for (const c of a.colours) if (b.colours.has(c)) return false;
  return true;
}
