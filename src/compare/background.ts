import type { Draft, Unit } from './drafts.ts';
import { backgroundSentences, carriedOn, datedEarlier, yearsIn } from '../text/looking-back.ts';

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
