import { profane } from './profanity.ts';
import { stripDateline } from './boilerplate.ts';
import { closesWithStop, inWritersVoice, MIN_WORDS, pointsBack } from './standalone.ts';
import { spelling } from '../text/spelling.ts';
import type { Unit } from './drafts.ts';
import { wordCount } from '../text/sentences.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { isTitleCase } from '../text/title-case.ts';
import { tokenize } from '../text/tokenize.ts';

/** How many reports use each term: the story's centre of gravity. */
export type TermReach = Map<string, number>;

/** Counts, for each term, how many reports use it. */
export function termReach(reports: Unit[][]): TermReach {
  const reach: TermReach = new Map();
  for (const units of reports) {
    const terms = new Set(units.flatMap((u) => [...u.terms]));
    for (const t of terms) reach.set(t, (reach.get(t) ?? 0) + 1);
  }
  return reach;
}

/**
 * Scores a sentence: central (terms other reports share), informative (numbers, names), early. The figures and names
 * of a sentence telling history (`history`) are another event's, so they do not make it informative.
 */
export function sentenceScore({
  unit,
  reach,
  reports,
  history = false,
}: {
  unit: Unit;
  reach: TermReach;
  reports: number;
  history?: boolean;
}): number {
  const others = Math.max(1, reports - 1);
  let shared = 0;
  for (const t of unit.terms) shared += ((reach.get(t) ?? 1) - 1) / others;
  const central = unit.terms.size === 0 ? 0 : shared / Math.sqrt(unit.terms.size);
  const numbers = (unit.sentence.match(/\d+(?:[.,]\d+)*/gu) ?? []).length;
  const informative = history ? 0 : 0.15 * Math.min(numbers, 3) + 0.08 * Math.min(unit.entities.length, 3);
  const early = 0.3 / (1 + unit.index);
  const words = wordCount(unit.sentence);
  const shape = words < 6 ? 0.5 : words > 60 ? 0.7 : 1;
  return (central + informative + early) * shape;
}

/**
 * Picks 2–4 of an outlet's own sentences (fewer when it has fewer), in their original order. Figures make a sentence
 * informative, but not in a sentence telling history: "A major earthquake killed more than 31,000 in Bam in 2003" had
 * been shown as what the New York Times reported of a quake. Such a sentence is not left out, as a unique fact would
 * be: a lede may date what it tells ("convicted a gang member of murdering Deputy Jerry Ortiz in June, 2005").
 * A headline-only item gets an empty summary: its title is already in the report. When the report is `alone` in its
 * language among the independent reports, no other report can share its words (terms are stems of its language),
 * nothing says which of its sentences are central, and its lede (first full sentence) is kept: in news the lede is
 * what the report is about, while the rest would be chosen by their figures alone ("Ein Beben der Stärke 6,7 tötete
 * im Dezember 2003…" over "Ein schweres Erdbeben hat den Süden des Iran erschüttert…").
 */
export function summarise({
  units,
  reach,
  reports,
  headlineOnly,
  alone = false,
  title = '',
  history = () => false,
}: {
  units: Unit[];
  reach: TermReach;
  reports: number;
  headlineOnly: boolean;
  alone?: boolean;
  /** The report's title, shown above its summary: a body that repeats it (a page's heading, a lede used as title) does not show it twice. */
  title?: string;
  /** Whether a sentence tells history rather than the event (see `datedHistory`): its figures do not make it informative. */
  history?: (unit: Unit) => boolean;
}): string[] {
  if (headlineOnly) return [];
  const size = units.length >= 8 ? 4 : 3;
  const heading = spelling(title);
  // Neither the title nor a sentence the page repeats (a pull quote, a heading given twice) is shown twice.
  const seen = new Set<string>(heading === '' ? [] : [heading]);
  const shown = units.filter((unit) => {
    const key = spelling(unit.sentence);
    // A piece of the title, which the page's splitting cut in two ("Like you, I did a Scooby-Doo (or was it Astro?)").
    if (seen.has(key) || (key.length >= 15 && heading.includes(key))) return false;
    seen.add(key);
    return true;
  });
  // A sentence pointing back at the one before it ("He said…", "That happened…") is shown only when the report has
  // fewer than two others.
  const standing = shown.filter((unit) => readsAlone(unit.sentence, unit.language));
  const picked = (standing.length >= Math.min(2, shown.length) ? standing : shown)
    .map((unit) => ({ unit, score: sentenceScore({ unit, reach, reports, history: history(unit) }) }))
    .sort((a, b) => b.score - a.score || a.unit.index - b.unit.index)
    .slice(0, size);
  // Its opening, for a report alone in its language, unless the writer speaks there of themself (a columnist's aside).
  const lede = alone
    ? units.find((unit) => isFullSentence(unit) && spelling(unit.sentence) !== heading && !inWritersVoice(unit.sentence, unit.language))
    : undefined;
  if (lede && !picked.some((p) => p.unit === lede)) picked[picked.length - 1] = { unit: lede, score: 0 };
  return picked.sort((a, b) => a.unit.index - b.unit.index).map(({ unit }) => stripDateline(unit.sentence));
}

/**
 * A line a summary can show: not pointing back at the one before it ("He said…"), not the writer's own voice ("For
 * months I have been reading the lies…", "Get well soon, Tara!", "je la croyais morte": `inWritersVoice`), not swearing, not a
 * question put to the reader
 * ("It's about time, right?", "What do you think?"), not a line the page cut at a comma ("…, he commented,"), not a
 * page's label or heading (`isLabelOrHeading`).
 */
function readsAlone(sentence: string, language: string | null): boolean {
  return (
    !pointsBack(sentence) &&
    !inWritersVoice(sentence, language) &&
    !profane(sentence) &&
    !/[?？]\s*["'”’»」]?\s*$/u.test(sentence) &&
    !/[,，]\s*$/u.test(sentence) &&
    !isLabelOrHeading(sentence, language)
  );
}

/**
 * A line with no closing stop that names rather than tells ("Los Angeles County Sheriff's Department, California":
 * fewer than two words in lower case), is shorter than a sentence ("Mat Maid mop up", a photo's heading) or, in
 * English, is set in title case ("Driver Charged With DWI, Vehicular Manslaughter": `isTitleCase`, as headlines are
 * read; German capitalises its nouns): a page's label or a heading under its title, which an editor does not print
 * among a report's sentences. A script without case (Chinese, Arabic) says neither.
 */
function isLabelOrHeading(sentence: string, language: string | null): boolean {
  if (closesWithStop(sentence) || !/\p{Lu}|\p{Ll}/u.test(sentence)) return false;
  if (wordCount(sentence) < MIN_WORDS) return true;
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length < 2) return true;
  return (language === null || language === 'en') && isTitleCase(tokenize(sentence), stopwordsFor('en'));
}

/** A sentence rather than a heading: six words or more, ending in a stop (a closing quote or bracket may follow). */
function isFullSentence(unit: Unit): boolean {
  return wordCount(unit.sentence) >= MIN_WORDS && closesWithStop(unit.sentence);
}
