import type { Breakdown } from '../../domain/breakdown.ts';
import type { BreakdownView, CoverageView, DivergenceRow } from '../../present/breakdown-view.ts';
import { ACTIONS_ALL, moreDivergences, SUMMARY_DIVERGENCES, WORDS } from '../../present/breakdown-words.ts';
import { outletList } from '../../present/outlet-list.ts';
import { presentCoverage } from '../../present/present-breakdown.ts';
import { flag } from './flags.ts';
import { escapeText, fitWords, packLines } from './text-fit.ts';

const CONSENSUS_SHOWN = 3;
/** Flags shown on the coverage line; the rest are in the card and on the divergence pages' outlets. */
const COUNTRIES_SHOWN = 12;

/** The summary embed text: what most outlets agree on, the sharpest divergences, and a coverage line. */
export function summaryDescription(view: BreakdownView, max: number): string {
  const coverage = `**${WORDS.coverage}** · ${coverageText(view.coverage)}`;
  const lines: string[] = [];
  if (view.consensus.length > 0) {
    lines.push(`**${view.consensusTitle}**`);
    for (const fact of view.consensus.slice(0, CONSENSUS_SHOWN)) lines.push(`• ${escapeText(fact.text)}${outlets(fact.outlets)}`);
  }
  if (view.divergences.length > 0) {
    lines.push(`**${WORDS.differ}**`);
    lines.push(...view.divergences.slice(0, SUMMARY_DIVERGENCES).map((d) => `• ${divergenceLine(d)}`));
    const more = view.divergences.length - SUMMARY_DIVERGENCES;
    if (more > 0) lines.push(moreDivergences(more, ACTIONS_ALL));
  } else {
    lines.push(`*${WORDS.noDivergences}*`);
  }
  // Last, so a summary short of room leaves these out first.
  if (view.alsoMatching.length > 0) {
    lines.push(`**${WORDS.alsoMatching}**`);
    for (const o of view.alsoMatching) lines.push(`• ${escapeText(o.headline)} · \`${o.open}\``);
  }
  const room = max - coverage.length - 2;
  const [head = ''] = packLines(lines, Math.max(room, 0));
  return head ? `${head}\n\n${coverage}` : coverage;
}

/** "12 reports from 9 outlets, 7 independent · 🇬🇧 3 🇩🇪 2 · over 5 h · in English 4, German 2". */
export function coverageLine(b: Breakdown): string {
  return coverageText(presentCoverage(b));
}

function coverageText(c: CoverageView): string {
  const countries = c.countries
    .slice(0, COUNTRIES_SHOWN)
    .map(({ code, count }) => `${flag(code)} ${count}`)
    .join(' ');
  const ownership = c.ownership ? `${WORDS.ownership.toLowerCase()}: ${escapeText(c.ownership)}` : null;
  return [c.counts, countries, c.span, c.languages ? `in ${escapeText(c.languages)}` : null, ownership].filter(Boolean).join(' · ');
}

/** A divergence in one line, its label in bold: "**deaths** rose from 3 to 24 …", "**aircraft hit**: A says 41 / B says several". */
export function divergenceLine(d: DivergenceRow): string {
  return fitWords(`**${escapeText(d.label)}**${d.runsOn ? ' ' : ': '}${escapeText(d.gist)}`, 900);
}

/** " (A, B, C +2)", or nothing when no outlet is named. */
function outlets(names: string[]): string {
  return names.length === 0 ? '' : ` (${escapeText(outletList(names))})`;
}

/** The headline as an embed title, escaped and within 256 characters. */
export function headline(view: BreakdownView): string {
  return fitWords(escapeText(view.heading), 256) || WORDS.untitled;
}
