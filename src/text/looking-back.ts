import { MEASURE } from './quantity-words.ts';
import { unicodeWords } from './unicode-regex.ts';
import { remembered } from './bounded-memo.ts';

/** Phrases that look back at an earlier event, in the languages Parallax reads. */
const EARLIER = unicodeWords(
  /\b(last (year|month|week|winter|summer|spring|autumn|fall|season)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|days?|decades?) (ago|earlier|before|later)|((a|\p{L}+|\d+) )?(years?|months?|weeks?|decades?) after|decades ago|previous(ly)?|earlier this \p{L}+|at the (end|start|beginning) of (January|February|March|April|May|June|July|August|September|October|November|December|last)|(is|was) the latest (to|in)|(comes?|came|coming) ((just|only|little|less than|more than) )*(over )?(a|an|one|two|three|four|five|six|\d+) (days?|weeks?|months?|years?) after|(has|have|had) also been the scene|a (similar|separate|previous|prior) (case|incident|attack|quake|earthquake|fire|robbery|heist|raid|theft|crash|shooting)|the year before|in the past|(?<!\bin (?:\p{L}+['’]s )?)history|historic(al)? record|letztes jahr|im vorjahr|vor \p{L}+ jahren|letzten monat|l'an dernier|l'année dernière|le mois dernier|el año pasado|el mes pasado|в прошлом году|в прошлом месяце|минулого року|минулого місяця)\b/iu,
);
/**
 * "in February", "since March", "during December", "at the end of July" (capitalised: "may" is a word): a month other
 * than the event's.
 */
const IN_MONTH =
  /\b([Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Ee]arlier in|[Ll]ate in|[Ee]arly in|[Aa]t the (?:end|start|beginning|close) of)\s+(early |late |mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/**
 * A year: four digits alone, a decade ("the 1950s") or a year written with its character ("2008年", "2008년"); not a
 * figure glued to its unit ("2000ft", "1500m").
 */
const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)(?!(?!s\b|年|년)\p{L})/gu;

/** The years a text gives: not a figure before its unit ("around 2000 feet", "около 2000 футов"). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)]
    .filter((m) => !MEASURE.test(/^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? ''))
    .map((m) => Number(m[1]));
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
export function datedEarlier(sentence: string, year: number | null, months = true): boolean {
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
  return carriedOn(sentences, (s) => lookedBack(s, year, months));
}

/**
 * `looksBack`, each sentence read once per year and reading: one breakdown asks it of every sentence of a report for
 * its consensus, unique facts and each kind of divergence. Emptied when full, so a bot that runs for months keeps
 * only the sentences of its latest breakdowns.
 */
const read = new Map<string, boolean>();
const SENTENCES_KEPT = 20_000;

const lookedBack = (sentence: string, year: number | null, months: boolean): boolean =>
  remembered(read, `${year ?? ''}${months ? 'm' : ''}|${sentence}`, SENTENCES_KEPT, () => looksBack(sentence, year, months));

/** Which sentences `starts` marks, and those that carry on from a marked one ("It killed 612 people"). */
export function carriedOn(sentences: readonly string[], starts: (sentence: string) => boolean): boolean[] {
  const out: boolean[] = [];
  sentences.forEach((s, i) => out.push(starts(s) || (i > 0 && out[i - 1]! && CARRIES_ON.test(s))));
  return out;
}
