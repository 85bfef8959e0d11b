import type { Breakdown, ClaimDivergence, NumberDivergence } from '../../domain/breakdown.ts';
import { divergenceLine, durationText, languageSpread } from '../../compare/wording.ts';
import { flag } from './flags.ts';
import { escapeText, fitWords, packLines } from './text-fit.ts';

const CONSENSUS_SHOWN = 3;
const DIVERGENCES_SHOWN = 3;

/** The summary embed text: what most outlets agree on, the sharpest divergences, and a coverage line. */
export function summaryDescription(b: Breakdown, max: number): string {
  const coverage = `**Coverage** · ${coverageLine(b)}`;
  const lines: string[] = [];
  if (b.consensus.length > 0) {
    lines.push('**Most outlets agree**');
    for (const fact of b.consensus.slice(0, CONSENSUS_SHOWN)) lines.push(`• ${escapeText(fact.statement)}${outletList(fact.outlets)}`);
  }
  const sharpest = sharpestFirst(b).map((d) => ('quantity' in d ? numberLine(d) : claimLine(d)));
  if (sharpest.length > 0) {
    lines.push('**Where they differ**');
    lines.push(...sharpest.slice(0, DIVERGENCES_SHOWN).map((l) => `• ${l}`));
    if (sharpest.length > DIVERGENCES_SHOWN) lines.push(`…and ${sharpest.length - DIVERGENCES_SHOWN} more (All divergences)`);
  }
  const room = max - coverage.length - 2;
  const [head = ''] = packLines(lines, Math.max(room, 0));
  return head ? `${head}\n\n${coverage}` : coverage;
}

/** "12 reports from 9 outlets, 7 independent · 🇬🇧 3 🇩🇪 2 · over 5 h". */
export function coverageLine(b: Breakdown): string {
  const c = b.coverage;
  const countries = Object.entries(c.byCountry)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, 12)
    .map(([code, n]) => `${flag(code)} ${n}`)
    .join(' ');
  const span = c.spanMinutes !== null ? ` · over ${durationText(c.spanMinutes)}` : '';
  const languages = languageSpread(c.byLanguage);
  return `${c.reports} reports from ${c.outlets} outlets, ${c.independentReports} independent${countries ? ` · ${countries}` : ''}${span}${languages ? ` · in ${escapeText(languages)}` : ''}`;
}

/** One number divergence in a line: "**deaths** rose from 3 to 24 between 19:19 and 00:20 UTC", "**aircraft hit**: A says 41 / B says several". */
export function numberLine(d: NumberDivergence): string {
  return fitWords(divergenceLine(d, escapeText).replace(escapeText(d.label), `**${escapeText(d.label)}**`), 900);
}

/** One claim divergence in a line: "cause: the ministry says … (A) vs rebels say … (B)". */
export function claimLine(d: ClaimDivergence): string {
  const sides = d.sides.map((s) => `${escapeText(s.party)}: ${escapeText(s.claim)}${outletList(s.outlets)}`);
  return fitWords(`**${escapeText(d.topic)}**: ${sides.join(' vs ')}`, 900);
}

/** " (A, B, C +2)", or nothing when no outlet is named. */
function outletList(outlets: string[]): string {
  if (outlets.length === 0) return '';
  const shown = outlets.slice(0, 3).map((o) => escapeText(o));
  return ` (${shown.join(', ')}${outlets.length > 3 ? ` +${outlets.length - 3}` : ''})`;
}

/**
 * Divergences, sharpest first: figures by how far apart the reported values are (relative to the
 * smallest), claims by how many outlets take sides; figures and claims alternate so both are seen.
 */
export function sharpestFirst(b: Breakdown): (NumberDivergence | ClaimDivergence)[] {
  const spread = (d: NumberDivergence) => {
    const lows = d.variants.map((v) => v.min);
    const low = Math.min(...lows);
    return (Math.max(...lows) - low) / Math.max(Math.abs(low), 1);
  };
  const numbers = [...b.divergences.numbers].sort((x, y) => spread(y) - spread(x));
  const reach = (d: ClaimDivergence) => new Set(d.sides.flatMap((s) => s.outlets)).size;
  const claims = [...b.divergences.claims].sort((x, y) => reach(y) - reach(x));
  const out: (NumberDivergence | ClaimDivergence)[] = [];
  for (let i = 0; i < Math.max(numbers.length, claims.length); i++) {
    if (numbers[i]) out.push(numbers[i]!);
    if (claims[i]) out.push(claims[i]!);
  }
  return out;
}

/** The headline as an embed title, escaped and within 256 characters. */
export function headline(b: Breakdown): string {
  return fitWords(escapeText(b.story.headline), 256) || 'Untitled story';
}
