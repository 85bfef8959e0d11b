import type { CommandResult } from '../../../commands/command.ts';
import { copyNote, durationText, clockTime, divergenceLine, languageSpread, saysOf } from '../../compare/wording.ts';
import type { Breakdown, Report } from '../../domain/breakdown.ts';
import type { Briefing } from '../../domain/delivery.ts';
import { presentResult } from '../../present/present-result.ts';
import { renderPresentationText } from './render-presentation.ts';

/** Renders any command result as plain text for a terminal (also what `parallax compare` prints). */
export function renderText(result: CommandResult): string {
  if (result.kind === 'breakdown') return renderBreakdown(result.breakdown);
  if (result.kind === 'briefing') return renderBriefing(result.briefing);
  return renderPresentationText(presentResult(result));
}

/** A breakdown as readable text: headline, agreement, divergences, each outlet, coverage. */
export function renderBreakdown(b: Breakdown): string {
  const out: string[] = [];
  const c = b.coverage;
  out.push(`== ${b.story.headline} ==`);
  out.push(
    `${c.reports} reports from ${c.outlets} outlets, ${c.independentReports} independent · ${spread(c.byCountry)}${c.spanMinutes !== null ? ` · over ${durationText(c.spanMinutes)}` : ''}`,
  );
  const languages = languageSpread(c.byLanguage);
  if (languages) out.push(`In ${languages}`);
  if (b.consensus.length > 0) {
    out.push('', 'Most outlets agree:');
    for (const fact of b.consensus) out.push(`  • ${fact.statement} (${fact.outlets.join(', ')})`);
  }
  if (b.divergences.numbers.length > 0 || b.divergences.claims.length > 0) {
    out.push('', 'Where they differ:');
    for (const d of b.divergences.numbers) {
      out.push(`  ${divergenceLine(d)}`);
      if (d.kind === 'update')
        for (const v of d.variants)
          out.push(`    - ${v.figure}: ${v.outlets.join(', ')}${v.firstReportedAt ? ` (${clockTime(v.firstReportedAt)} UTC)` : ''}`);
      else
        for (const v of d.variants)
          out.push(`    - ${v.attribution ? `${v.attribution} ${saysOf(v)} ` : ''}${v.figure}: ${v.outlets.join(', ')}`);
    }
    for (const d of b.divergences.claims) {
      out.push(`  ${d.topic}:`);
      for (const side of d.sides) out.push(`    - ${side.party}: ${side.claim} (${side.outlets.join(', ')})`);
    }
  }
  if (b.unique.length > 0) {
    out.push('', 'Only one outlet reports:');
    for (const u of b.unique) out.push(`  • ${u.outlet}: ${u.statement}`);
  }
  out.push('', 'Reports:');
  for (const r of b.reports) out.push(...renderReport(r));
  return out.join('\n');
}

function renderReport(r: Report): string[] {
  const facts = [r.country, r.language, r.ownership].filter(Boolean).join(', ');
  const copy = copyNote(r);
  const lines = [
    `  ${r.outlet}${facts ? ` (${facts})` : ''}${r.publishedAt ? ` · ${r.publishedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}${copy}`,
    `    ${r.title}`,
  ];
  for (const sentence of r.summary) lines.push(`    > ${sentence}`);
  if (r.url) lines.push(`    ${r.url}`);
  return lines;
}

function renderBriefing(b: Briefing): string {
  if (b.items.length === 0) return `${b.title}: no new stories${b.since ? ` since ${b.since.slice(0, 16).replace('T', ' ')} UTC` : ''}.`;
  const lines = [`== ${b.title} ==`];
  for (const [i, item] of b.items.entries()) {
    lines.push(`${i + 1}. ${item.headline} (${item.outlets} outlets${item.countries.length ? `, ${item.countries.join(' ')}` : ''})`);
    if (item.consensus) lines.push(`   Agreed: ${item.consensus}`);
    if (item.divergence) lines.push(`   Differs: ${item.divergence}`);
  }
  return lines.join('\n');
}

function spread(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? 'no countries known' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}
