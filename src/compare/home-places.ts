import type { Unit } from './drafts.ts';
import { findAttribution } from './attribution.ts';

/** Where a report says a named person lives: "Raj Dell, 59, of Northgate", "Dell, who lived in South Park". */
export interface HomePlace {
  /** The person's surname, lower case. */
  person: string;
  /** The place as written ("South Ozone Park"). */
  place: string;
  /** Who the sentence cites, lower case, or null. */
  party: string | null;
  unit: Unit;
}

/** A capitalised name of one to four words ("College Point", "South Ozone Park"); "N.Y." and the like end it. */
const PLACE = String.raw`((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})`;
/** A person's name ending in the surname: "Raj Chohan", "LuAnn Marie Johnson", "Chohan". */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(\p{Lu}[\p{Ll}'’-]+)`;
const FORMS = [
  // "Raj Chohan, 59, of College Point", "Chohan, of Queens"; without the comma "of" ties names of bodies ("Bureau of Prisons")
  new RegExp(String.raw`${NAME}(?:,\s*\d{1,3})?,\s+of\s+${PLACE}(?![\p{L}])`, 'gu'),
  // "Raj Chohan, who lived in South Ozone Park", "Chohan, who lived half a mile away in South Ozone Park"
  new RegExp(String.raw`${NAME},\s+who\s+(?:lived|lives|resided|resides)\s+(?:[\p{Ll}\s]{0,30}\s)?in\s+${PLACE}(?![\p{L}])`, 'gu'),
  // "South Richmond Hill resident Suri Charanjit"
  new RegExp(String.raw`${PLACE}\s+resident\s+${NAME}(?![\p{L}])`, 'gu'),
];
/** Words that open a name run but name no person: "Police", "The", a weekday. */
const NOT_A_SURNAME =
  /^(?:the|a|an|police|officers|officials|authorities|mayor|president|department|county|city|state|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/** The home places a sentence gives named people (English). */
export function homePlaces(unit: Unit): HomePlace[] {
  if (unit.language !== null && unit.language !== 'en') return [];
  const out: HomePlace[] = [];
  const party = findAttribution(unit.sentence)?.party ?? null;
  for (const [k, form] of FORMS.entries()) {
    for (const m of unit.sentence.matchAll(form)) {
      const [person, place] = k === 2 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      if (NOT_A_SURNAME.test(person) || NOT_A_SURNAME.test(place.split(/\s+/u)[0]!)) continue;
      out.push({ person: person.toLowerCase(), place, party, unit });
    }
  }
  return out;
}
