import type { Breakdown, Report } from '../domain/breakdown.ts';
import type { BriefingItem } from '../domain/delivery.ts';
import { independentOutlets } from './story-filter.ts';
import { claimLine, divergenceLine } from '../compare/wording.ts';
import { clipAtWord } from '../text/clip.ts';

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

/**
 * The sharpest number divergence in one line, conflicts before updates ("aircraft hit: A says 41 / B says several",
 * "deaths rose from 3 to 24 between 19:19 and 00:20 UTC"), else the first conflicting claim.
 */
export function sharpestDivergence(breakdown: Breakdown): string | null {
  let best: { rank: number; line: string } | null = null;
  for (const d of breakdown.divergences.numbers) {
    const sorted = [...d.variants].sort((a, b) => a.min - b.min);
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    if (!low || !high || low === high) continue;
    const spread = (high.min - low.min) / Math.max(Math.abs(low.min), 1);
    const rank = (d.kind === 'conflict' ? 1e9 : 0) + spread;
    if (!best || rank > best.rank) best = { rank, line: divergenceLine(d) };
  }
  if (best) return clip(best.line);
  const claim = breakdown.divergences.claims.find((c) => c.sides.length >= 2);
  if (!claim) return null;
  return clip(claimLine(claim));
}

function clip(text: string): string {
  return clipAtWord(text.replace(/\s+/g, ' ').trim(), MAX_LINE);
}
