import type { CommandResult } from '../../../commands/command.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import type { Briefing } from '../../domain/delivery.ts';
import type { DivergenceRow, FactRow, OutletView } from '../../present/breakdown-view.ts';
import { WORDS } from '../../present/breakdown-words.ts';
import { countryCounts, presentBreakdown } from '../../present/present-breakdown.ts';
import { presentBriefing } from '../../present/present-briefing.ts';
import { presentResult } from '../../present/present-result.ts';
import { renderPresentationText } from './render-presentation.ts';

/** Renders any command result as plain text for a terminal (also what `parallax compare` prints). */
export function renderText(result: CommandResult): string {
  if (result.kind === 'breakdown') return renderBreakdown(result.breakdown);
  if (result.kind === 'briefing') return renderBriefing(result.briefing);
  return renderPresentationText(presentResult(result));
}

/** A breakdown as readable text: headline, coverage, agreement, divergences, single-outlet facts, each outlet. */
export function renderBreakdown(b: Breakdown): string {
  const view = presentBreakdown(b);
  const c = view.coverage;
  const out = [`== ${view.heading} ==`, [c.counts, countryCounts(c), c.span].filter(Boolean).join(' · ')];
  if (c.languages) out.push(`In ${c.languages}`);
  if (c.ownership) out.push(`${WORDS.ownership}: ${c.ownership}`);
  if (view.consensus.length > 0) out.push('', `${view.consensusTitle}:`, ...view.consensus.map(fact));
  if (view.divergences.length > 0) out.push('', `${WORDS.differ}:`, ...view.divergences.flatMap(divergence));
  else out.push('', WORDS.noDivergences);
  if (view.unique.length > 0) out.push('', `${WORDS.onlyOne}:`, ...view.unique.map(fact));
  out.push('', `${WORDS.outlets}:`);
  if (view.outlets.length === 0) out.push(`  ${WORDS.noReports}`);
  for (const r of view.outlets) out.push(...outlet(r));
  out.push('', WORDS.reopen(view.storyId));
  if (view.alsoMatching.length > 0) out.push(`${WORDS.alsoMatching}:`, ...view.alsoMatching.map((o) => `  ${o.headline} · ${o.open}`));
  return out.join('\n');
}

function fact(f: FactRow): string {
  return `  • ${f.text}${f.outlets.length > 0 ? ` — ${f.outlets.join(', ')}` : ''}`;
}

function divergence(d: DivergenceRow): string[] {
  const values = d.values.map(
    (v) => `    - ${v.text}${v.outlets.length > 0 ? ` — ${v.outlets.join(', ')}` : ''}${v.at ? ` (${v.at})` : ''}`,
  );
  return [`  ${d.label}${d.runsOn ? ` ${d.gist}` : ':'}`, ...values];
}

function outlet(r: OutletView): string[] {
  const lines = [`  ${r.outlet}${r.facts ? ` (${r.facts})` : ''}${r.when ? ` · ${r.when}` : ''}${r.copy}`];
  if (r.title) lines.push(`    ${r.title}`);
  for (const sentence of r.summary) lines.push(`    > ${sentence}`);
  if (r.url) lines.push(`    ${r.url}`);
  return lines;
}

function renderBriefing(b: Briefing): string {
  const view = presentBriefing(b);
  if (view.items.length === 0) return `${view.heading}\n${view.empty}`;
  const lines = [`== ${view.heading} ==`, view.sinceText];
  for (const item of view.items) {
    lines.push(
      `${item.number} ${item.headline} (${item.counts}${item.countries.length ? `, ${item.countries.join(' ')}` : ''}) · ${item.open}`,
    );
    if (item.agreed) lines.push(`   ${WORDS.agreed}: ${item.agreed}`);
    if (item.differs) lines.push(`   ${WORDS.differs}: ${item.differs}`);
    if (item.url) lines.push(`   ${item.url}`);
  }
  if (view.more) lines.push(view.more);
  return lines.join('\n');
}
