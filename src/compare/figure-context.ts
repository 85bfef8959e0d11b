import { parseNumeral } from '../text/numbers.ts';
import type { QuantityMention } from '../text/quantity-mentions.ts';

/**
 * What a figure in a sentence is about, beyond what is counted: whether it is a report of the event at all
 * (not a question, a hypothesis or someone's age) and whether a sum is a rate ("$23 million a season") rather
 * than a total. Read from the words around the figure; English cues, since those are the ones that matter most.
 */

/** A question, or a clause that says what can, could, might or would happen: no figure of it is a reported value. */
const HYPOTHETICAL =
  /\?\s*["”’]?\s*$|\b(?:can|could|might|would|should)\s+(?:\p{L}+\s+)?(?:be|cause|reach|rise|climb|kill|cost|have|exceed|top|go|mean)\b|^\s*if\b|,\s*if\b/iu;

/** True when the sentence asks or supposes rather than reports: "Should they go higher than $25 million?", "A magnitude 6 quake can cause severe damage". */
export function isHypothetical(sentence: string): boolean {
  return HYPOTHETICAL.test(sentence);
}

/** Nouns for one person: a number set off by a comma right after one is an age ("the man, 68 died"). */
const PERSON =
  /(?:^|\s)(?:man|woman|boy|girl|mother|father|wife|husband|son|daughter|sister|brother|victim|driver|suspect|pensioner|\p{Lu}\p{Ll}+)\s*,\s*$/u;

/** True when the figure is a person's age set off by commas after a name or a person noun ("Jones, 61, died"; "the man, 68 died"). */
export function isAge(sentence: string, mention: QuantityMention): boolean {
  const at = sentence.indexOf(mention.text);
  if (at <= 0 || !/^\d/u.test(mention.text)) return false;
  return PERSON.test(sentence.slice(Math.max(0, at - 40), at));
}

/** What a rate is paid per: a period, or a share of stock ("$25 a share" is a price per share, not a deal's value). */
const PERIOD = '(?:year|season|month|week|day|game|annum|hour|share)';
/** "$23 million a season", "per year", "each month", "annually", "/yr", "$25 a share", "$21 for each Brisk share". */
const RATE_AFTER = new RegExp(
  `^\\s*(?:(?:for\\s+)?(?:a|an|per|each|every)\\s+(?:[\\p{L}'’-]+\\s+)?${PERIOD}\\b|annually\\b|a\\s+year\\b|/\\s*(?:yr|year|season)\\b)`,
  'iu',
);
/** "an average annual value of $21 million", "annual salary of". */
const RATE_BEFORE = /\b(?:annual|yearly|monthly|weekly|per-season|average)\b[^,.;$€£\d]{0,30}$/iu;

/** For a sum, the period it is paid per ("season", "year") when it is a rate rather than a total; null for a total. */
export function ratePeriod(sentence: string, mention: QuantityMention): string | null {
  const at = sentence.indexOf(mention.text);
  if (at < 0) return null;
  const after = sentence.slice(at + mention.text.length);
  const m = RATE_AFTER.exec(after);
  if (m !== null) return (new RegExp(PERIOD, 'iu').exec(m[0])?.[0] ?? 'year').toLowerCase().replace('annum', 'year');
  if (RATE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)))
    return /monthly/iu.test(sentence.slice(Math.max(0, at - 40), at)) ? 'month' : 'year';
  return null;
}

/** "a quake in eastern China", "an attack near Kandahar": an event introduced as a new one, with where it happened. */
const NEW_EVENT_AT =
  /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:in|near|off|at)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;

/**
 * True when a sentence tells of another event: it introduces one ("a quake in eastern China") at a place the
 * story's reports do not share, and names nothing they share. `storyNames` are the names (lower case) most reports give.
 */
export function tellsOfAnotherEvent(sentence: string, entities: string[], storyNames: Set<string>): boolean {
  if (entities.some((e) => storyNames.has(e.toLowerCase()))) return false;
  const m = NEW_EVENT_AT.exec(sentence);
  return m !== null && !storyNames.has(m[1]!.toLowerCase());
}

/**
 * "Thieves also targeted…", "In a separate attack…": a sentence adding another incident to the story's. Not "police
 * also said": a reporting verb after "also" adds a source, not an event.
 */
const ASIDE =
  /\b(?:also|separately)\b(?!\s+(?:said|says|told|reported|reports|added|noted|confirmed|announced|stated|wrote|according))|\bin\s+(?:a|another)\s+(?:separate|similar|second)\b/iu;

/**
 * True when a sentence tells of an incident beside the story's: it says it adds one ("also", "separately") and names
 * nothing the story's reports name in their leads (`leadWords`: words of names most reports give in their first
 * sentences, where a report says what happened and where). "Thieves also targeted the Cannes festival" in a story of a
 * Paris robbery is another theft, though Cannes comes up further down in most reports as background.
 */
export function tellsOfAsideEvent(sentence: string, entities: string[], leadWords: Set<string>): boolean {
  if (entities.length === 0 || !ASIDE.test(sentence)) return false;
  return !entities.some((e) =>
    e
      .toLowerCase()
      .split(/\s+/u)
      .some((w) => leadWords.has(w)),
  );
}

const PERSON_COUNT =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[\\p{L}-]+\\s+)?(?:man|men|woman|women|child|children|boys?|girls?|person|people|adults?|teenagers?|workers?|officers?|soldiers?|civilians?)';
/** "a man and two women", "two women and a man": counts joined into a total, each only a part of it. */
const PART_BEFORE = new RegExp(`\\b${PERSON_COUNT}\\s*,?\\s+and\\s+$`, 'iu');
const PART_AFTER = new RegExp(`^\\s*(?:(?:men|women|children|boys|girls|adults|people)\\s+)?(?:,|and)\\s+${PERSON_COUNT}\\b`, 'iu');

/** True when a count is one part of a total told in parts ("killed two women and a man" gives no count of the dead). */
export function isPartOfTotal(sentence: string, mention: QuantityMention): boolean {
  const at = sentence.indexOf(mention.text);
  if (at < 0) return false;
  // A count told verb first after "and" is a clause of its own: "has sickened 1,200 people and killed 14".
  const first = /^(\p{L}+)\s/u.exec(mention.text)?.[1]?.toLowerCase();
  const verbFirst = first !== undefined && first !== 'a' && first !== 'an' && parseNumeral(first, 'en') === null;
  return (
    (!verbFirst && PART_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) ||
    PART_AFTER.test(sentence.slice(at + mention.text.length, at + mention.text.length + 50))
  );
}

/** Words that make the figure after them an estimate: "an estimated $1 million", "in the vicinity of $1 million". */
const ESTIMATE_BEFORE = /\b(?:estimated|estimate of|in the (?:vicinity|region|range) of|roughly|approximately|put at)\s*$/iu;

/**
 * A figure as its words qualify it: one the sentence calls an estimate is about that much (within a tenth either
 * way), so "an estimated $1 million" and "more than $1 million" can both be true; a qualifier before a currency sign
 * ("at least $20 million") applies; other figures are returned as they are.
 */
export function asEstimated(sentence: string, mention: QuantityMention): QuantityMention {
  const at = sentence.indexOf(mention.text);
  const exact = mention.min === mention.value && mention.max === mention.high;
  if (at < 0 || !exact) return mention;
  const before = sentence.slice(Math.max(0, at - 30), at);
  if (ESTIMATE_BEFORE.test(before)) return { ...mention, min: mention.value * 0.9, max: mention.high * 1.1 };
  // The number reader takes a qualifier only next to the number; before a currency sign it is read here ("at least $20 million").
  const q = /^[$€£₽₴]/u.test(mention.text) ? QUALIFIER_BEFORE_SIGN.exec(before)?.[1]?.toLowerCase() : undefined;
  if (q === undefined) return mention;
  if (q === 'at least' || q === 'no less than') return { ...mention, max: null };
  if (q === 'more than' || q === 'over') return { ...mention, min: mention.value + 1, max: null };
  if (q === 'up to') return { ...mention, min: 0 };
  if (q === 'nearly' || q === 'almost') return { ...mention, min: mention.value * 0.9 };
  return { ...mention, min: mention.value * 0.9, max: mention.high * 1.1 };
}

const QUALIFIER_BEFORE_SIGN = /\b(at least|no less than|more than|over|up to|nearly|almost|about|around|some|roughly)\s*$/iu;

/**
 * Where a sentence's clauses part: a semicolon, "while", "but", "whereas", "although" between two statements, or ", and"
 * before a clause that gives its own speaker ("NBC New York estimated the crowd at 70, and the Post says a crowd looted
 * a Rite Aid": the Post says nothing of the 70).
 */
const CLAUSE_BREAK =
  /;|,?\s+(?:while|but|whereas|although)\s+|,\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:says|said|reports|reported|told|claims|claimed)\b)/giu;

/**
 * The clause of a figure: from the previous semicolon or "while"/"but" to the next one, so that "X has been charged,
 * while 400 were detained" does not lend its perfect to the count, and "Tehran's centre put it at 5.9, but the USGS
 * said 6.1" gives each figure its own party; null when the figure is not in the sentence.
 */
export function figureClause(sentence: string, figure: string): string | null {
  const at = sentence.indexOf(figure);
  if (at < 0) return null;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at + figure.length) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** True when a sentence holds more than one clause (figureClause). */
export const hasClauseBreak = (sentence: string): boolean => sentence.search(CLAUSE_BREAK) >= 0;
