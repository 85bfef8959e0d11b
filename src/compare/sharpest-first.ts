import type { Breakdown, ClaimDivergence, NumberDivergence } from '../domain/breakdown.ts';

/**
 * How sharp a figure's divergence is: outlets giving different values at about the same time (a conflict) before a
 * figure that changed as reporting went on (an update), then by how far apart the values are, relative to the smallest.
 */
function sharpness(d: NumberDivergence): number {
  const lows = d.variants.map((v) => v.min);
  const low = Math.min(...lows);
  return (d.kind === 'conflict' ? 1e9 : 0) + (Math.max(...lows) - low) / Math.max(Math.abs(low), 1);
}

/**
 * Divergences, sharpest first, in the order every surface shows them (the breakdown's pages, its summary, the daily
 * briefing's one line): figures by `sharpness`, claims by how many outlets take sides; figures and claims alternate so
 * both are seen.
 */
export function sharpestFirst(b: Breakdown): (NumberDivergence | ClaimDivergence)[] {
  const numbers = b.divergences.numbers.filter((d) => d.variants.length >= 2).sort((x, y) => sharpness(y) - sharpness(x));
  const reach = (d: ClaimDivergence) => new Set(d.sides.flatMap((s) => s.outlets)).size;
  const claims = b.divergences.claims.filter((d) => d.sides.length >= 2).sort((x, y) => reach(y) - reach(x));
  const out: (NumberDivergence | ClaimDivergence)[] = [];
  for (let i = 0; i < Math.max(numbers.length, claims.length); i++) {
    if (numbers[i]) out.push(numbers[i]!);
    if (claims[i]) out.push(claims[i]!);
  }
  return out;
}
