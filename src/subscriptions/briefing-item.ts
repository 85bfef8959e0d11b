import type { Breakdown, ClaimDivergence, ClaimSide, Report } from '../domain/breakdown.ts';
import type { BriefingItem } from '../domain/delivery.ts';
import { independentOutlets } from './story-filter.ts';
import { claimText, divergenceLine } from '../compare/wording.ts';
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
  return claimBrief(claim);
}

/** Sides of a claim conflict a briefing line shows at most. */
const SIDES_SHOWN = 2;

/**
 * A claim conflict in one line with both sides shown, each in its share of the line: a side's claim when it fits,
 * else the longest of its reports' sentences that fits (each states the side), else its claim cut at a word. A long
 * first side ("A controversial figure who was later convicted…, Felt died of heart failure…") had left the other out.
 */
function claimBrief(claim: ClaimDivergence): string {
  const head = `${claim.topic}: `;
  const sides = claim.sides.slice(0, SIDES_SHOWN);
  const share = Math.floor((MAX_LINE - head.length - ' / '.length * (sides.length - 1)) / sides.length);
  const sideLine = (side: ClaimSide): string => {
    const as = (sentence: string): string => claimText({ topic: claim.topic, sides: [{ ...side, claim: sentence }] }).replace(/\s+/g, ' ');
    const fitting = [side.claim, ...side.quotes.map((q) => q.sentence).sort((a, b) => b.length - a.length)].find(
      (sentence) => as(sentence).length <= share,
    );
    return fitting === undefined ? clip(as(side.claim), share) : as(fitting);
  };
  return clip(head + sides.map(sideLine).join(' / '));
}

function clip(text: string, max = MAX_LINE): string {
  return clipAtWord(text.replace(/\s+/g, ' ').trim(), max);
}
