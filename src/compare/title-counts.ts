import { overlaps } from '../text/numbers.ts';
import { reportedCounts, type QuantityMention } from '../text/quantity-mentions.ts';
import { COUNTED } from '../text/quantity-words.ts';
import { splitSentences } from '../text/sentences.ts';
import { LEAD_SENTENCES } from './drafts.ts';

/** A report as the headline rule reads it: its shown title, its text and language. */
export interface CountedReport {
  title: string;
  body: string;
  language: string | null;
}

/**
 * Whether a title states a count that another report contradicts: a count (deaths, injured, arrests… as
 * `reportedCounts` reads them; `COUNTED`: sums are left to the breakdown, since outlets round, convert and give them
 * for other things, and "$2.6 Million Jewelry Heist" is a headline, not a side taken) that another report's title or lead gives a value of that cannot be the same
 * ("Ten dead in southern Iran quake" beside "killing at least three people"; "Five Wounded by Quake" beside two and
 * three injured). Such a title gives way to one stating no side: the headline is read as the story, not as one
 * outlet's figure. Read from titles and leads only, so every surface (the breakdown, `/stories`, a suggestion box
 * asking for 200 headlines) gets one answer at the cost of a few sentences per report.
 */
export function contestedTitles(reports: readonly CountedReport[]): (title: string, language: string | null) => boolean {
  const told = reports.map((r) => countsOf(r));
  return (title, language) => {
    const own = reportedCounts(title, language).filter((m) => COUNTED.has(m.quantity));
    if (own.length === 0) return false;
    return own.some((m) => told.some((counts) => counts.some((o) => o.quantity === m.quantity && !overlaps(o, m))));
  };
}

/** The counts a report gives in its title and lead. */
function countsOf(r: CountedReport): QuantityMention[] {
  const lead = splitSentences(r.body.slice(0, LEAD_CHARS), r.language).slice(0, LEAD_SENTENCES);
  return [r.title, ...lead].flatMap((s) => reportedCounts(s, r.language));
}

/** Characters of a body read for its lead. */
const LEAD_CHARS = 1200;
