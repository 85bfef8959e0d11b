import type { Breakdown, ClaimDivergence, NumberDivergence } from '../domain/breakdown.ts';

/**
 * Divergences, sharpest first: figures by how far apart the reported values are (relative to the smallest), claims
 * by how many outlets take sides; figures and claims alternate so both are seen.
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
