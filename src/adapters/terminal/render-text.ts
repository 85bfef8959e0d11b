import type { CommandResult, StoryLine } from '../../../commands/command.ts';
import type { Breakdown, Report } from '../../domain/breakdown.ts';
import type { Source } from '../../domain/source.ts';

/** Renders any command result as plain text for a terminal (also what `parallax compare` prints). */
export function renderText(result: CommandResult): string {
  switch (result.kind) {
    case 'breakdown':
      return renderBreakdown(result.breakdown);
    case 'sources':
      return renderSources(result.sources, result.total, result.filter);
    case 'stories':
      return renderStories(result.stories);
    case 'text':
      return result.text;
    case 'refused':
      return `Not allowed: ${result.message}`;
    case 'error':
      return `Error: ${result.message}`;
  }
}

/** A breakdown as readable text: headline, agreement, divergences, each outlet, coverage. */
export function renderBreakdown(b: Breakdown): string {
  const out: string[] = [];
  const c = b.coverage;
  out.push(`== ${b.story.headline} ==`);
  out.push(`${c.reports} reports from ${c.outlets} outlets, ${c.independentReports} independent · ${spread(c.byCountry)}${c.spanMinutes !== null ? ` · over ${duration(c.spanMinutes)}` : ''}`);
  if (b.consensus.length > 0) {
    out.push('', 'Most outlets agree:');
    for (const fact of b.consensus) out.push(`  • ${fact.statement} (${fact.outlets.join(', ')})`);
  }
  if (b.divergences.numbers.length > 0 || b.divergences.claims.length > 0) {
    out.push('', 'Where they differ:');
    for (const d of b.divergences.numbers) {
      out.push(`  ${d.quantity}:`);
      for (const v of d.variants) out.push(`    - ${v.text}${v.attribution ? ` (${v.attribution})` : ''}: ${v.outlets.join(', ')}`);
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
  const copy = r.independent ? '' : ` · copy${r.agency ? ` of ${r.agency}` : ''}`;
  const lines = [`  ${r.outlet}${facts ? ` (${facts})` : ''}${r.publishedAt ? ` · ${r.publishedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}${copy}`, `    ${r.title}`];
  for (const sentence of r.summary) lines.push(`    > ${sentence}`);
  if (r.url) lines.push(`    ${r.url}`);
  return lines;
}

function renderSources(sources: Source[], total: number, filter: string | null): string {
  if (sources.length === 0) return `No outlets${filter ? ` for ${filter}` : ''} (of ${total}).`;
  const head = `${sources.length} outlets${filter ? ` for ${filter}` : ''}${sources.length < total ? ` (of ${total})` : ''}:`;
  const rows = sources.map((s) => `  ${s.name} — ${[s.country, s.language, s.ownership].filter(Boolean).join(', ') || 'no details'}${s.homepage ? ` — ${s.homepage}` : ''}`);
  return [head, ...rows].join('\n');
}

function renderStories(stories: StoryLine[]): string {
  if (stories.length === 0) return 'No stories yet: ingestion has not found any articles.';
  return stories.map((s) => `${String(s.outlets).padStart(3)} outlets ${String(s.articles).padStart(4)} articles  ${s.headline}  [${s.id}]`).join('\n');
}

function spread(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? 'no countries known' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

function duration(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}
