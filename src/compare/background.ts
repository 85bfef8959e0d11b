import type { Draft, Unit } from './drafts.ts';
import { unicodeWords } from './unicode-regex.ts';

/** Phrases that look back at an earlier event, in the languages Parallax reads. */
const EARLIER = unicodeWords(
  /\b(last (year|month|week|winter|summer|spring|autumn|fall|season)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|days?|decades?) (ago|earlier|before|later)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|decades?) after|decades ago|previous(ly)?|earlier this \p{L}+|at the (end|start|beginning) of (January|February|March|April|May|June|July|August|September|October|November|December|last)|(is|was) the latest (to|in)|(comes?|came|coming) ((just|only|little|less than|more than) )*(over )?(a|an|one|two|three|four|five|six|\d+) (days?|weeks?|months?|years?) after|(has|have|had) also been the scene|a (similar|separate|previous|prior) (case|incident|attack|quake|earthquake|fire|robbery|heist|raid|theft|crash|shooting)|the year before|in the past|(?<!\bin (?:\p{L}+['’]s )?)history|historic(al)? record|letztes jahr|im vorjahr|vor \p{L}+ jahren|letzten monat|l'an dernier|l'année dernière|le mois dernier|el año pasado|el mes pasado|в прошлом году|в прошлом месяце|минулого року|минулого місяця)\b/iu,
);
/** "in February", "since March", "during December" (capitalised: "may" is a word): a month other than the event's. */
const IN_MONTH =
  /\b([Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Ee]arlier in|[Ll]ate in|[Ee]arly in)\s+(early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/gu;

/**
 * The year the story happens in: the year most reports are published in, else the year its reports write most
 * often (datelines and stamps included), else null.
 */
export function storyYear(drafts: Draft[]): number | null {
  const counts = new Map<number, number>();
  const add = (year: number): void => void counts.set(year, (counts.get(year) ?? 0) + 1);
  const published = drafts.map((d) => d.article.publishedAt).filter((t): t is string => t !== null);
  if (published.length > 0) for (const t of published) add(new Date(t).getUTCFullYear());
  else
    for (const d of drafts)
      for (const y of new Set([...`${d.article.title}\n${d.article.body}`.matchAll(YEAR)].map((m) => Number(m[1])))) add(y);
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
  if (EARLIER.test(sentence) || (months && IN_MONTH.test(sentence))) return true;
  if (year === null) return false;
  return [...sentence.matchAll(YEAR)].some((m) => Number(m[1]) < year);
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
  const out: boolean[] = [];
  sentences.forEach((s, i) => out.push(looksBack(s, year, months) || (i > 0 && out[i - 1]! && CARRIES_ON.test(s))));
  return out;
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
