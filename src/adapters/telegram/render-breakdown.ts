import type { Breakdown, Report } from '../../domain/breakdown.ts';
import { copyNote, durationText, clockTime, divergenceText, languageSpread, saysOf } from '../../compare/wording.ts';
import { bold, clip, escapeHtml, italic, link } from './escape-html.ts';
import { splitHtml, TELEGRAM_MESSAGE_LIMIT } from './split-html.ts';

/** The parts of a breakdown a reader pages between. */
export type BreakdownSection = 'summary' | 'differences' | 'outlets';

/** One page of a breakdown: one Telegram message, at most 4,096 characters. */
export interface BreakdownPage {
  section: BreakdownSection;
  html: string;
}

const SECTION_TITLES: Record<BreakdownSection, string> = { summary: 'Summary', differences: 'Where they differ', outlets: 'Outlets' };
const OUTLETS_PER_PAGE = 5;

/**
 * A breakdown as pages: the summary (coverage, agreement, facts only one outlet has), the differences in
 * numbers and claims, then the outlets a few at a time. Each section is split on paragraph boundaries, so a
 * long one spans several pages, and each page starts with the headline and its place in the breakdown.
 */
export function breakdownPages(b: Breakdown, limit = TELEGRAM_MESSAGE_LIMIT): BreakdownPage[] {
  const bodies: { section: BreakdownSection; html: string }[] = [];
  const budget = limit - header(b, 'differences', 998, 999).length - 2;
  const add = (section: BreakdownSection, html: string) => {
    for (const part of splitHtml(html, budget)) bodies.push({ section, html: part });
  };
  add('summary', summary(b));
  add('differences', differences(b));
  for (let i = 0; i < b.reports.length; i += OUTLETS_PER_PAGE)
    add(
      'outlets',
      b.reports
        .slice(i, i + OUTLETS_PER_PAGE)
        .map(report)
        .join('\n\n'),
    );
  if (b.reports.length === 0) add('outlets', italic('No outlet reports are left for this story.'));
  return bodies.map(({ section, html }, i) => ({ section, html: `${header(b, section, i, bodies.length)}\n\n${html}` }));
}

function header(b: Breakdown, section: BreakdownSection, index: number, total: number): string {
  return `${bold(clip(b.story.headline, 250))}\n${italic(`${SECTION_TITLES[section]} · page ${index + 1} of ${total}`)}`;
}

function summary(b: Breakdown): string {
  const c = b.coverage;
  const blocks: string[] = [];
  const span = c.spanMinutes !== null ? ` · over ${durationText(c.spanMinutes)}` : '';
  const languages = languageSpread(c.byLanguage);
  blocks.push(
    `📰 ${c.reports} reports from ${c.outlets} outlets, ${c.independentReports} independent\n🌍 ${escapeHtml(counts(c.byCountry))}${span}${languages ? `\n🗣 ${escapeHtml(languages)}` : ''}`,
  );
  if (b.consensus.length > 0) {
    blocks.push(
      [bold('Most outlets agree'), ...b.consensus.map((f) => `• ${escapeHtml(f.statement)} — ${italic(f.outlets.join(', '))}`)].join('\n'),
    );
  }
  if (b.unique.length > 0) {
    blocks.push([bold('Only one outlet reports'), ...b.unique.map((u) => `• ${bold(u.outlet)}: ${escapeHtml(u.statement)}`)].join('\n'));
  }
  const n = b.divergences.numbers.length + b.divergences.claims.length;
  blocks.push(
    italic(
      n > 0
        ? `${n} point${n === 1 ? '' : 's'} where outlets differ, and each outlet's report: use the buttons below.`
        : "No contradictions found. Each outlet's report: use the buttons below.",
    ),
  );
  return blocks.join('\n\n');
}

function differences(b: Breakdown): string {
  const blocks: string[] = [];
  for (const d of b.divergences.numbers) {
    const lines =
      d.kind === 'update'
        ? d.variants.map(
            (v) =>
              `• ${escapeHtml(v.figure)} — ${italic(v.outlets.join(', '))}${v.firstReportedAt ? ` (${clockTime(v.firstReportedAt)} UTC)` : ''}`,
          )
        : d.variants.map(
            (v) =>
              `• ${v.attribution ? `${escapeHtml(v.attribution)} ${saysOf({ attribution: v.attribution, outlets: v.outlets })} ` : ''}${escapeHtml(v.figure)} — ${italic(v.outlets.join(', '))}`,
          );
    blocks.push([`${bold(d.label)}${d.kind === 'update' ? ` ${divergenceText(d, escapeHtml)}` : ''}`, ...lines].join('\n'));
  }
  for (const d of b.divergences.claims) {
    const lines = d.sides.map((s) => `• ${bold(s.party)}: ${escapeHtml(s.claim)} — ${italic(s.outlets.join(', '))}`);
    blocks.push([bold(d.topic), ...lines].join('\n'));
  }
  if (blocks.length === 0) blocks.push(italic('The outlets do not contradict each other on numbers or claims.'));
  return blocks.join('\n\n');
}

function report(r: Report): string {
  const facts = [r.country, r.language, r.ownership].filter(Boolean).join(', ');
  const when = r.publishedAt ? ` · ${r.publishedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  const copy = copyNote(r);
  const lines = [`<b>${link(r.url, r.outlet)}</b>${escapeHtml(`${facts ? ` (${facts})` : ''}${when}${copy}`)}`, italic(r.title)];
  if (r.summary.length > 0) lines.push(`<blockquote>${r.summary.map(escapeHtml).join('\n')}</blockquote>`);
  return lines.join('\n');
}

function counts(byKey: Record<string, number>): string {
  const entries = Object.entries(byKey).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? 'countries unknown' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}
