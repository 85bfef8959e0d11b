import type { Breakdown } from '../../domain/breakdown.ts';
import { WORDS } from '../../present/breakdown-words.ts';
import { bold, escapeHtml } from './escape-html.ts';
import { clipAtWord } from '../../text/clip.ts';

/** Telegram's limit on a photo caption, in characters after entities are parsed. */
export const CAPTION_LIMIT = 1024;

/** The short caption under a coverage card: the headline and the counts, in HTML well within 1,024 characters. */
export function cardCaption(breakdown: Breakdown): string {
  const { coverage } = breakdown;
  // Countries the reports are known to come from: the key of reports with none ("unknown") is no country.
  const countries = new Set(breakdown.reports.map((r) => r.country).filter((c) => c !== null && c !== 'unknown')).size;
  const copies = coverage.reports - coverage.independentReports;
  const where = countries === 0 ? ` · ${WORDS.noCountries}` : ` · ${countries} countr${countries === 1 ? 'y' : 'ies'}`;
  const counts = `${coverage.outlets} outlets · ${coverage.independentReports} independent${copies > 0 ? ` · ${copies} wire/syndicated` : ''}${where}`;
  return `🗺 ${bold(clipAtWord(breakdown.story.headline, 300))}\n${escapeHtml(counts)}\n${escapeHtml(WORDS.cardNote(coverage.firstReportAt !== null, breakdown.divergences.numbers.length > 0))}`;
}
