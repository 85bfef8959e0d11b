import { amountsIn, numberTokens, type AmountMatch, type Token } from './numbers.ts';
import { takenBy, type QuantityMention } from './quantity-mentions.ts';
import { placesIn } from './place-names.ts';
import { CALENDAR_WORD } from './dates.ts';

/** The quantity key of a gathering's size: how many took part in a protest, march, vigil, rally or riot. */
export const CROWD = 'crowd';

/** Nouns for people taking part in a gathering, in the catalog's languages: "5,000 protesters", "100 Demonstranten". */
const PARTICIPANTS =
  /^(protesters|protestors|demonstrators|marchers|mourners|rioters|participants|attendees|demonstranten|protestierende|teilnehmer|manifestants|manifestantes|manifestanti|демонстрант\p{L}*|протестующ\p{L}*|митингующ\p{L}*|манифестант\p{L}*|протестувальник\p{L}*|мітингувальник\p{L}*)$/u;
/** Nouns for people that a gathering verb after them makes a crowd: "130 people were marching". */
const PEOPLE = /^(people|persons|men|women|youths|teenagers|students|residents|supporters|fans)$/u;
/** Verbs of gathering whose subject is the count (English): "100 people rioted", "more than 100 people joined". */
const GATHERING =
  /^(marched|marching|gathered|gathering|rallied|rallying|protested|protesting|demonstrated|demonstrating|rioted|rioting|joined|attended)$/u;
/** Words that may stand between a count of people and its gathering verb: "130 people were marching". */
const AUXILIARY = new Set(['were', 'had', 'have', 'also', 'then', 'later']);
/** A crowd named before its size: "a crowd of 5,000", "estimated the crowd at 70", "attended by some 2,000", "une foule de 2 000", "толпа из 300". */
const CROWD_NOUN = /^(crowds?|turnout|attended|menge|foule|multitud|folla|multidão|толпа|толпу|толпы|натовп)$/u;
/** Words between a crowd noun and its size. */
const CROWD_TO_SIZE = new Set(
  'of at was is by an estimated approximate numbered numbering put swelled grew to some about around nearly almost roughly de von на из з di da'.split(
    ' ',
  ),
);
/**
 * A part of the gathering, not its size: "about two dozen protesters splintered off", "some 40 rioters then broke
 * away". The verb follows the noun within two words.
 */
const PART = /^\s+(?:\p{Ll}+\s+){0,2}?(?:splinter(?:ed)?|broke (?:off|away)|split off|peeled off|break(?:ing)? away)\b/u;

/** The token of a crowd noun up to three tokens before the amount, past the words that join it to its size. */
function crowdBefore(tokens: Token[], amount: AmountMatch): Token | null {
  for (let i = amount.tokenStart - 1, k = 0; i >= 0 && k < 4; i--, k++) {
    const t = tokens[i]!;
    if (CROWD_NOUN.test(t.lower)) return t;
    if (!CROWD_TO_SIZE.has(t.lower)) return null;
  }
  return null;
}

/** The token that makes the count a crowd's after the amount: a participant noun (after at most one modifier), or a count of people and its gathering verb. */
function crowdAfter(tokens: Token[], amount: AmountMatch, english: boolean): Token | null {
  const next = tokens[amount.tokenEnd];
  const second = tokens[amount.tokenEnd + 1];
  if (next !== undefined && PARTICIPANTS.test(next.lower)) return next;
  if (next !== undefined && /^\p{Ll}+$/u.test(next.text) && second !== undefined && PARTICIPANTS.test(second.lower)) return second;
  if (!english || next === undefined || !PEOPLE.test(next.lower)) return null;
  for (let i = amount.tokenEnd + 1, k = 0; i < tokens.length && k < 3; i++, k++) {
    const t = tokens[i]!;
    if (GATHERING.test(t.lower)) return t;
    const phrase = gatheringPhrase(tokens, i);
    if (phrase !== null) return phrase;
    if (!AUXILIARY.has(t.lower)) return null;
  }
  return null;
}

/** Phrases of gathering (English): "took to the streets", "took part", "turned out"; the phrase's last token, or null. */
function gatheringPhrase(tokens: Token[], at: number): Token | null {
  const words = tokens.slice(at, at + 4).map((t) => t.lower);
  if (['took', 'take', 'taking'].includes(words[0] ?? '')) {
    if (words[1] === 'part') return tokens[at + 1]!;
    if (words[1] === 'to' && words[2] === 'the' && words[3] === 'streets') return tokens[at + 3]!;
  }
  if (['turned', 'came'].includes(words[0] ?? '') && words[1] === 'out') return tokens[at + 1]!;
  return null;
}

/**
 * How many took part in a gathering, as one sentence gives it: a count of protesters, marchers, mourners or rioters,
 * a count of people told as gathering ("130 people were marching"), or a crowd's size ("the crowd at 70"). An amount
 * another quantity already reads (`taken`: "12 protesters were killed" counts deaths) is left to it, and so is a part
 * of the crowd ("two dozen protesters splintered off").
 */
export function findCrowdSizes(sentence: string, language: string | null, taken: QuantityMention[] = []): QuantityMention[] {
  const english = language === null || language === 'en';
  const tokens = numberTokens(sentence, language);
  const isTaken = takenBy(sentence, taken);
  const out: QuantityMention[] = [];
  for (const amount of amountsIn(tokens, language)) {
    if (amount.value < 2 || isTaken(amount.start, amount.end)) continue;
    const before = crowdBefore(tokens, amount);
    const after = before === null ? crowdAfter(tokens, amount, english) : null;
    const hit = before ?? after;
    if (hit === null || (after !== null && PART.test(sentence.slice(after.end)))) continue;
    const start = Math.min(amount.start, hit.start);
    const end = Math.max(amount.end, hit.end);
    out.push({
      text: sentence.slice(start, end),
      quantity: CROWD,
      min: amount.min,
      max: amount.max,
      value: amount.value,
      high: amount.high,
    });
  }
  return out;
}

/** A turnout told for a whole country: "as part of nationwide strikes", "in cities across the country". */
const NATIONWIDE = /\b(?:nationwide|countrywide|across the country|around the country|across the nation|all over the country)\b/iu;
/** A place named after a locative ("in Salonika", "in the East Flatbush neighbourhood", "the streets of Athens"). */
const LOCATIVE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|streets of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

/**
 * Where a sentence puts a gathering, for telling two gatherings' crowds apart: the places it names (a city of the
 * CLDR's names, or a capitalised name after "in", "at", "near" or "the streets of"), as lower-case words, else
 * "nationwide" for a turnout told for a whole country; `sources` are words of who is quoted ("NBC New York estimated
 * the crowd…" puts nothing in New York). Empty when the sentence names no place.
 */
export function gatheringPlaces(sentence: string, language: string | null, sources: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  const add = (name: string): void => {
    for (const w of name.toLowerCase().split(/\s+/u)) if (w.length > 1 && !sources.has(w) && !CALENDAR_WORD.test(w)) words.add(w);
  };
  for (const place of placesIn(sentence, language ?? 'en')) add(sentence.slice(place.start, place.end));
  for (const m of sentence.matchAll(LOCATIVE)) add(m[1]!);
  // A place named is where the crowd was ("the streets of Athens as rallies all around the country kicked off").
  return words.size === 0 && NATIONWIDE.test(sentence) ? new Set(['nationwide']) : words;
}
