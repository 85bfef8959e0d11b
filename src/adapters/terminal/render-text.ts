import type { CommandResult, StoryLine } from '../../../commands/command.ts';
import { copyNote, durationText, clockTime, divergenceLine, languageSpread, saysOf } from '../../compare/wording.ts';
import type { Breakdown, Report } from '../../domain/breakdown.ts';
import type { Briefing } from '../../domain/delivery.ts';
import type { Source } from '../../domain/source.ts';
import type { Subscription } from '../../domain/subscription.ts';

/** Renders any command result as plain text for a terminal (also what `parallax compare` prints). */
export function renderText(result: CommandResult): string {
  switch (result.kind) {
    case 'breakdown':
      return renderBreakdown(result.breakdown);
    case 'sources':
      return renderSources(result.sources, result.total, result.filter);
    case 'stories':
      return renderStories(result.stories);
    case 'subscribed':
      return `${result.created ? 'Subscribed' : 'Updated'}: ${describeSubscription(result.subscription)}`;
    case 'unsubscribed':
      return result.removed.length === 0 ? 'Nothing to remove: no subscription here matches.' : `Removed: ${result.removed.map((s) => s.topics.join(', ')).join('; ')}`;
    case 'subscriptions':
      return result.subscriptions.length === 0 ? 'This channel follows nothing yet. Try /subscribe <topic>.' : result.subscriptions.map((s) => `• ${describeSubscription(s)}`).join('\n');
    case 'briefing':
      return renderBriefing(result.briefing);
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
  out.push(`${c.reports} reports from ${c.outlets} outlets, ${c.independentReports} independent · ${spread(c.byCountry)}${c.spanMinutes !== null ? ` · over ${durationText(c.spanMinutes)}` : ''}`);
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
      if (d.kind === 'update') for (const v of d.variants) out.push(`    - ${v.figure}: ${v.outlets.join(', ')}${v.firstReportedAt ? ` (${clockTime(v.firstReportedAt)} UTC)` : ''}`);
      else for (const v of d.variants) out.push(`    - ${v.attribution ? `${v.attribution} ${saysOf(v)} ` : ''}${v.figure}: ${v.outlets.join(', ')}`);
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
  const lines = [`  ${r.outlet}${facts ? ` (${facts})` : ''}${r.publishedAt ? ` · ${r.publishedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}${copy}`, `    ${r.title}`];
  for (const sentence of r.summary) lines.push(`    > ${sentence}`);
  if (r.url) lines.push(`    ${r.url}`);
  return lines;
}

/** A subscription in one line: topics, mode, and whether it is paused. */
export function describeSubscription(s: Subscription): string {
  const when = s.mode === 'daily' && s.daily ? `daily briefing at ${s.daily.time} ${s.daily.timezone}` : `live, from ${s.minOutlets} independent outlets`;
  const without = s.exclude.length > 0 ? ` without ${s.exclude.join(', ')}` : '';
  return `"${s.topics.join('", "')}"${without} — ${when}${s.paused ? ` — paused: ${s.paused.reason}` : ''} [${s.id}]`;
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
