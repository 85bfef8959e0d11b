import type { Breakdown } from '../../domain/breakdown.ts';
import type { BreakdownView, DivergenceRow, FactRow, OutletView } from '../../present/breakdown-view.ts';
import { ACTIONS, moreDivergences, pageOf, SUMMARY_DIVERGENCES, summaryHint, WORDS } from '../../present/breakdown-words.ts';
import { countryCounts, presentBreakdown } from '../../present/present-breakdown.ts';
import { bold, escapeHtml, italic, link } from './escape-html.ts';
import { clipAtWord } from '../../text/clip.ts';
import { splitHtml, TELEGRAM_MESSAGE_LIMIT } from './split-html.ts';

/** The parts of a breakdown a reader pages between. */
export type BreakdownSection = 'summary' | 'differences' | 'outlets';

/** One page of a breakdown: one Telegram message, at most 4,096 characters. */
export interface BreakdownPage {
  section: BreakdownSection;
  html: string;
}

const SECTION_TITLES: Record<BreakdownSection, string> = { summary: WORDS.summary, differences: WORDS.differ, outlets: WORDS.outlets };
const OUTLETS_PER_PAGE = 5;

/**
 * A breakdown as pages: the summary (coverage, agreement, the sharpest differences), every difference in numbers and
 * claims with the facts only one outlet has, then the outlets a few at a time. Each section is split on paragraph boundaries, so a
 * long one spans several pages, and each page starts with the headline and its place in the breakdown.
 */
export function breakdownPages(b: Breakdown, limit = TELEGRAM_MESSAGE_LIMIT): BreakdownPage[] {
  const view = presentBreakdown(b);
  const bodies: { section: BreakdownSection; html: string }[] = [];
  const budget = limit - header(view, 'differences', 998, 999).length - 2;
  const add = (section: BreakdownSection, html: string) => {
    for (const part of splitHtml(html, budget)) bodies.push({ section, html: part });
  };
  add('summary', summary(view));
  add('differences', differences(view));
  for (let i = 0; i < view.outlets.length; i += OUTLETS_PER_PAGE)
    add(
      'outlets',
      view.outlets
        .slice(i, i + OUTLETS_PER_PAGE)
        .map(report)
        .join('\n\n'),
    );
  if (view.outlets.length === 0) add('outlets', italic(WORDS.noReports));
  return bodies.map(({ section, html }, i) => ({ section, html: `${header(view, section, i, bodies.length)}\n\n${html}` }));
}

function header(view: BreakdownView, section: BreakdownSection, index: number, total: number): string {
  return `${bold(clipAtWord(view.heading, 250))}\n${italic(`${SECTION_TITLES[section]} · ${pageOf(index, total)}`)}`;
}

function summary(view: BreakdownView): string {
  const c = view.coverage;
  const blocks: string[] = [];
  blocks.push(
    `📰 ${escapeHtml(c.counts)}\n🌍 ${escapeHtml(countryCounts(c))}${c.span ? ` · ${c.span}` : ''}${c.languages ? `\n🗣 ${escapeHtml(c.languages)}` : ''}${c.ownership ? `\n🏛 ${escapeHtml(`${WORDS.ownership}: ${c.ownership}`)}` : ''}`,
  );
  if (view.consensus.length > 0) blocks.push([bold(view.consensusTitle), ...view.consensus.map(fact)].join('\n'));
  blocks.push(sharpest(view));
  blocks.push(italic(summaryHint(view.divergences.length, view.unique.length)));
  // Copied with a tap, like /stories' lines: the story again later, or for someone else.
  blocks.push(`↩ ${WORDS.reopen(view.storyId).replace(`/compare ${view.storyId}`, `<code>/compare ${view.storyId}</code>`)}`);
  if (view.alsoMatching.length > 0)
    blocks.push(
      [
        `🔎 ${escapeHtml(`${WORDS.alsoMatching}:`)}`,
        ...view.alsoMatching.map((o) => `${escapeHtml(o.headline)} · <code>${escapeHtml(o.open)}</code>`),
      ].join('\n'),
    );
  return blocks.join('\n\n');
}

/** The sharpest divergences in a line each, as on Discord's summary; the rest are on the Differences pages. */
function sharpest(view: BreakdownView): string {
  if (view.divergences.length === 0) return italic(WORDS.noDivergences);
  const lines = view.divergences
    .slice(0, SUMMARY_DIVERGENCES)
    .map((d) => `• ${bold(d.label)}${d.runsOn ? ' ' : ': '}${escapeHtml(d.gist)}`);
  const more = view.divergences.length - SUMMARY_DIVERGENCES;
  return [bold(WORDS.differ), ...lines, ...(more > 0 ? [escapeHtml(moreDivergences(more, ACTIONS.differences))] : [])].join('\n');
}

/** "• statement — <i>A, B</i>". */
function fact(f: FactRow): string {
  return `• ${escapeHtml(f.text)}${f.outlets.length > 0 ? ` — ${italic(f.outlets.join(', '))}` : ''}`;
}

/** Every divergence, then the facts only one outlet reports: the same pages as Discord's "All differences". */
function differences(view: BreakdownView): string {
  const blocks = view.divergences.length === 0 ? [italic(WORDS.noDivergences)] : view.divergences.map(divergence);
  if (view.unique.length > 0) blocks.push([bold(WORDS.onlyOne), ...view.unique.map(fact)].join('\n'));
  return blocks.join('\n\n');
}

/** "<b>deaths</b> rose from 3 to 24 …" over a line per value: "• police say 12 — <i>A, B</i>", "• 24 — <i>C</i> (00:20 UTC)". */
function divergence(d: DivergenceRow): string {
  const values = d.values.map(
    (v) => `• ${escapeHtml(v.text)}${v.outlets.length > 0 ? ` — ${italic(v.outlets.join(', '))}` : ''}${v.at ? ` (${v.at})` : ''}`,
  );
  return [`${bold(d.label)}${d.runsOn ? ` ${escapeHtml(d.gist)}` : ''}`, ...values].join('\n');
}

function report(r: OutletView): string {
  const about = `${r.facts ? ` (${r.facts})` : ''}${r.when ? ` · ${r.when}` : ''}${r.copy}`;
  const lines = [`<b>${link(r.url, r.outlet)}</b>${escapeHtml(about)}`];
  if (r.title) lines.push(italic(r.title));
  if (r.summary.length > 0) lines.push(`<blockquote>${r.summary.map(escapeHtml).join('\n')}</blockquote>`);
  return lines.join('\n');
}
