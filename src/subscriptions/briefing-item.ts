import type { Breakdown, Report } from '../domain/breakdown.ts';
import type { BriefingItem } from '../domain/delivery.ts';
import { independentOutlets } from './story-filter.ts';

const MAX_LINE = 220;

/** One briefing line for a story: headline, a consensus line, its sharpest divergence, outlet counts and countries. */
export function briefingItem(breakdown: Breakdown, reports: readonly Report[]): BriefingItem {
  const countries = [...new Set(reports.map((r) => r.country).filter((c): c is string => c !== null))].sort();
  return {
    storyId: breakdown.story.id,
    headline: breakdown.story.headline,
    consensus: breakdown.consensus[0] ? clip(breakdown.consensus[0].statement) : null,
    divergence: sharpestDivergence(breakdown),
    outlets: new Set(reports.map((r) => r.outlet)).size,
    independentOutlets: independentOutlets(reports),
    countries,
    url: reports.find((r) => r.url)?.url ?? null,
  };
}

/** The number disagreement with the widest relative spread, else the first conflicting claim, in one line. */
export function sharpestDivergence(breakdown: Breakdown): string | null {
  let best: { spread: number; line: string } | null = null;
  for (const d of breakdown.divergences.numbers) {
    const sorted = [...d.variants].sort((a, b) => a.min - b.min);
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    if (!low || !high || low === high) continue;
    const spread = (high.min - low.min) / Math.max(Math.abs(low.min), 1);
    if (!best || spread > best.spread) best = { spread, line: `${d.quantity}: ${low.text} (${low.outlets[0] ?? '?'}) vs ${high.text} (${high.outlets[0] ?? '?'})` };
  }
  if (best) return clip(best.line);
  const claim = breakdown.divergences.claims.find((c) => c.sides.length >= 2);
  if (!claim) return null;
  const [a, b] = claim.sides;
  return clip(`${claim.topic}: ${a!.party} says ${a!.claim} vs ${b!.party} says ${b!.claim}`);
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_LINE ? line : `${line.slice(0, MAX_LINE - 1).replace(/\s\S*$/, '')}…`;
}
