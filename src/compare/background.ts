import type { Draft, Unit } from './drafts.ts';
import { MEASURE } from '../text/quantity-words.ts';
import { unicodeWords } from './unicode-regex.ts';

/** Phrases that look back at an earlier event, in the languages Parallax reads. */
const EARLIER = unicodeWords(
  /\b(last (year|month|week|winter|summer|spring|autumn|fall|season)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|days?|decades?) (ago|earlier|before|later)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|decades?) after|decades ago|previous(ly)?|earlier this \p{L}+|at the (end|start|beginning) of (January|February|March|April|May|June|July|August|September|October|November|December|last)|(is|was) the latest (to|in)|(comes?|came|coming) ((just|only|little|less than|more than) )*(over )?(a|an|one|two|three|four|five|six|\d+) (days?|weeks?|months?|years?) after|(has|have|had) also been the scene|a (similar|separate|previous|prior) (case|incident|attack|quake|earthquake|fire|robbery|heist|raid|theft|crash|shooting)|the year before|in the past|(?<!\bin (?:\p{L}+['’]s )?)history|historic(al)? record|letztes jahr|im vorjahr|vor \p{L}+ jahren|letzten monat|l'an dernier|l'année dernière|le mois dernier|el año pasado|el mes pasado|в прошлом году|в прошлом месяце|минулого року|минулого місяця)\b/iu,
);
/** "in February", "since March", "during December" (capitalised: "may" is a word): a month other than the event's. */
const IN_MONTH =
  /\b([Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Ee]arlier in|[Ll]ate in|[Ee]arly in)\s+(early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/**
 * A year: four digits alone, a decade ("the 1950s") or a year written with its character ("2008年", "2008년"); not a
 * figure glued to its unit ("2000ft", "1500m").
 */
const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)(?!(?!s\b|年|년)\p{L})/gu;

/** The years a text gives: not a figure before its unit ("around 2000 feet", "около 2000 футов"). */
function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)]
    .filter((m) => !MEASURE.test(/^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? ''))
    .map((m) => Number(m[1]));
}

/**
 * The year the story happens in: the year most reports are published in, else the year its reports write most
 * often (datelines and stamps included), else null.
 */
export function storyYear(drafts: Draft[]): number | null {
  const counts = new Map<number, number>();
  const add = (year: number): void => void counts.set(year, (counts.get(year) ?? 0) + 1);
  const published = drafts.map((d) => d.article.publishedAt).filter((t): t is string => t !== null);
  if (published.length > 0) for (const t of published) add(new Date(t).getUTCFullYear());
  else for (const d of drafts) for (const y of new Set(yearsIn(`${d.article.title}\n${d.article.body}`))) add(y);
  let best: number | null = null;
  for (const [year, count] of counts)
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

/**
 * True when a sentence looks back at an earlier event ("in 2004", "last month", "in February"), whose figures and
 * facts are background, not this story's: a year before the story's year, a phrase of the past, or a named month
 * (the event's own month is given as a day, a weekday or "today" far more often than as "in <month>").
 */
export function looksBack(sentence: string, year: number | null, months = true): boolean {
  return EARLIER.test(sentence) || datedEarlier(sentence, year, months);
}

/** True when a sentence dates what it tells before the story: a year before the story's year, or a named month. */
function datedEarlier(sentence: string, year: number | null, months = true): boolean {
  if (months && IN_MONTH.test(sentence)) return true;
  if (year === null) return false;
  return yearsIn(sentence).some((y) => y < year);
}

/** Words opening a sentence that carries on from the one before: "It killed 612 people", "That temblor injured 50", "The New Zealander, who…". */
const CARRIES_ON =
  /^(It|That|This|They|Those|These|The same|The latter|The (?:earlier|previous) \p{L}+|That \p{L}+|There|He|She|His|Her|The (?:\p{Lu}\p{L}+ ){0,2}\p{Lu}\p{L}+,)(?=[\s,])/u;

/**
 * Which sentences of a report are background: those that look back, and those that carry on from one that does. With
 * `months` false a named month ("after telling People in October, Reid checked in on Friday") does not make a sentence
 * background: a reader of the day an act happened reads the day itself, and a month elsewhere in the sentence is
 * another moment.
 */
export function backgroundSentences(sentences: string[], year: number | null, months = true): boolean[] {
  return carriedOn(sentences, (s) => looksBack(s, year, months));
}

/** Which sentences `starts` marks, and those that carry on from a marked one ("It killed 612 people"). */
function carriedOn(sentences: readonly string[], starts: (sentence: string) => boolean): boolean[] {
  const out: boolean[] = [];
  sentences.forEach((s, i) => out.push(starts(s) || (i > 0 && out[i - 1]! && CARRIES_ON.test(s))));
  return out;
}

/** What is still to come ("Registration will run from October 26", "is scheduled for December 15"): no history. */
const AHEAD =
  /\b(?:will|shall|is (?:due|scheduled|set|expected) to|are (?:due|scheduled|set|expected) to|is scheduled for|are scheduled for)\b/iu;

/**
 * Which sentences of the story's reports tell history by its date: a year before the story's or a named month ("A
 * 6.4-magnitude quake hit Zarand in February", "killed more than 31,000 in Bam in 2003"), and those that carry on from
 * one; not what is still to come. Narrower than `backgroundSentences`, which the facts a breakdown lists are held to:
 * "the biggest offer in club history", "a day before" or "home to 120,000 people" come in sentences telling the event
 * itself.
 */
export function datedHistory(drafts: Draft[]): (unit: Unit) => boolean {
  const year = storyYear(drafts);
  const history = new Set<Unit>();
  for (const d of drafts) {
    const dated = carriedOn(
      d.units.map((u) => u.sentence),
      (s) => datedEarlier(s, year) && !AHEAD.test(s),
    );
    d.units.forEach((u, k) => dated[k] && history.add(u));
  }
  return (unit) => history.has(unit);
}

/** The units of every report that tell the event itself: each report's background sentences left out. */
export function foregroundUnits(drafts: Draft[], months = true): Unit[] {
  const year = storyYear(drafts);
  return drafts.flatMap((d) => {
    const background = backgroundSentences(
      d.units.map((u) => u.sentence),
      year,
      months,
    );
    return d.units.filter((_, k) => !background[k]);
  });
}

const PLACE_DESCRIPTION =
  /\b(?:is|are|lies|lie|located|situated)\b[^.;]{0,40}?\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b[^.;]{0,30}?\b(?:north|south|east|west)|\b(?:population of|home to)\s+(?:about |around |some |more than |nearly )?\d|\d(?:[.,]\d+)?\s*(?:°|degrees?)\s+(?:(?:in|of)\s+)?(?:north|south|east|west|latitude|longitude)\b|\d(?:[.,]\d+)?°\s*[NSEW]\b/iu;

/**
 * Where a place is or how many live there ("Qeshm, located 1,150 kilometers southeast of Tehran, has…", "the island,
 * home to 200,000 people"): geography, true before the event and after it, so background. Told in the present; the
 * event's own distances are told in the past ("the epicentre was 35 miles southwest of…"). Coordinates ("at 55.96
 * degrees in longitude and 26.94 degrees in latitude") are a surveyor's reading of where, no fact an editor prints as
 * one outlet's.
 */
export function describesPlace(sentence: string): boolean {
  return PLACE_DESCRIPTION.test(sentence);
}
