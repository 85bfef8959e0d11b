/** Scores of a predicted clustering against gold labels. */
export interface ClusteringScores {
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
}

/**
 * B-cubed precision/recall/F1 (Bagga and Baldwin 1998) and pairwise F1 of `predicted` against `gold`,
 * both mapping item id → cluster label over the same items.
 */
export function scoreClustering({ gold, predicted }: { gold: Map<string, string>; predicted: Map<string, string> }): ClusteringScores {
  const items = [...gold.keys()];
  for (const id of items) if (!predicted.has(id)) throw new Error(`no predicted cluster for ${id}`);
  const goldSize = countBy(items, (id) => gold.get(id)!);
  const predSize = countBy(items, (id) => predicted.get(id)!);
  const both = countBy(items, (id) => `${gold.get(id)}\u0000${predicted.get(id)}`);
  let p = 0;
  let r = 0;
  for (const id of items) {
    const shared = both.get(`${gold.get(id)}\u0000${predicted.get(id)}`)!;
    p += shared / predSize.get(predicted.get(id)!)!;
    r += shared / goldSize.get(gold.get(id)!)!;
  }
  const n = items.length || 1;
  const truePairs = sumPairs(both.values());
  const predPairs = sumPairs(predSize.values());
  const goldPairs = sumPairs(goldSize.values());
  const pp = predPairs === 0 ? 1 : truePairs / predPairs;
  const pr = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return {
    bcubedPrecision: p / n,
    bcubedRecall: r / n,
    bcubedF1: harmonic(p / n, r / n),
    pairwisePrecision: pp,
    pairwiseRecall: pr,
    pairwiseF1: harmonic(pp, pr),
  };
}

function countBy(items: string[], key: (id: string) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of items) m.set(key(id), (m.get(key(id)) ?? 0) + 1);
  return m;
}

function sumPairs(sizes: Iterable<number>): number {
  let s = 0;
  for (const k of sizes) s += (k * (k - 1)) / 2;
  return s;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
