import { parseNumeral } from './numbers.ts';
import type { QuantityMention } from './quantity-mentions.ts';
import { stemmerFor } from './stem.ts';

/**
 * The quantity key of a person's prior convictions for one offence: `convictions:drunk driving`. A record is told two
 * ways: as a count of earlier convictions ("three prior DUI convictions") or as the place of the present offence in
 * the series ("his second DWI": one before it). Both say how many times the person was convicted before, so they are
 * one quantity, compared only for one offence.
 */
export const PRIOR_CONVICTIONS = 'convictions';

/**
 * Names of one offence that editors read as the same: driving drunk is DUI in some states, DWI, OWI or OUI in
 * others, and "drunk driving" or "driving under the influence" written out. Other offences are named by one word
 * ("burglary", "felony") and compared by its stem.
 */
const DRUNK_DRIVING =
  /^(?:dui|dwi|owi|oui|duii|drunk(?:en)?[- ]driving|drink[- ]driving|driving under the influence|driving while (?:intoxicated|impaired))$/iu;
const DRUNK_DRIVING_TEXT = String.raw`DUI|DWI|OWI|OUI|DUII|drunk(?:en)?[- ]driving|drink[- ]driving|driving under the influence|driving while (?:intoxicated|impaired)`;
/** One word naming an offence before "conviction(s)": a lower-case word that is not a function word or a count word. */
const OFFENCE_WORD = String.raw`[a-z][a-z-]{3,}`;
const NOT_OFFENCE = /^(?:prior|previous|earlier|other|such|more|separate|criminal|past|former|similar|related|total)$/u;
const COUNT_WORD = String.raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
};
const CONVICTION = String.raw`convictions?|offen[cs]es?`;

/** "three prior DUI convictions", "two previous convictions", "5 earlier burglary offences". */
const COUNTED = new RegExp(
  String.raw`\b(${COUNT_WORD})\s+(?:prior|previous|earlier)\s+(?:(${DRUNK_DRIVING_TEXT}|${OFFENCE_WORD})\s+)?(?:${CONVICTION})\b`,
  'giu',
);
/**
 * "his second DWI", "her third drunk-driving conviction", "their fourth burglary offence": the person's own record
 * (a possessive pronoun), not "the team's second arrest". A bare ordinal needs a named offence; an arrest is not a
 * conviction, so "his second DUI arrest" is not read.
 */
const ORDINAL = new RegExp(
  String.raw`\b(?:his|her|their)\s+(${Object.keys(ORDINALS).join('|')})\s+(?:(${DRUNK_DRIVING_TEXT})(?:\s+(?:${CONVICTION}))?|(${OFFENCE_WORD})\s+(?:${CONVICTION})|(?:${CONVICTION}))\b(?!\s+arrest)`,
  'giu',
);

const stem = stemmerFor('en');

/** The offence as one name: every name of driving drunk is "drunk driving"; another word by its stem; null when none is named. */
function offenceOf(word: string | undefined): string | null | undefined {
  if (word === undefined) return null;
  if (DRUNK_DRIVING.test(word)) return 'drunk driving';
  const lower = word.toLowerCase();
  if (NOT_OFFENCE.test(lower)) return null;
  // A capitalised word that is not an offence's short name is a place or a court ("Minnesota convictions"): no offence read.
  if (word !== lower) return undefined;
  return stem(lower);
}

function mention(text: string, offence: string | null, prior: number): QuantityMention {
  const quantity = offence === null ? PRIOR_CONVICTIONS : `${PRIOR_CONVICTIONS}:${offence}`;
  return { text, quantity, value: prior, high: prior, min: prior, max: prior };
}

/** A person's prior convictions as a sentence tells them, counted or by the present offence's place in the series (English). */
export function findPriorConvictions(sentence: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const m of sentence.matchAll(COUNTED)) {
    const count = parseNumeral(m[1]!, 'en');
    const offence = offenceOf(m[2]);
    if (count === null || offence === undefined) continue;
    out.push(mention(m[0], offence, count));
  }
  for (const m of sentence.matchAll(ORDINAL)) {
    const place = ORDINALS[m[1]!.toLowerCase()]!;
    const offence = offenceOf(m[2] ?? m[3]);
    if (offence === undefined) continue;
    out.push(mention(m[0], offence, place - 1));
  }
  return out;
}
