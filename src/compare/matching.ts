import type { Unit } from './drafts.ts';
import { sharedCount, similarity } from './terms.ts';

/** Thresholds for "these two sentences state the same fact". */
export const SAME_FACT = { similarity: 0.42, shared: 3 };
/** Looser thresholds for "this sentence is covered by that one" (used before calling a fact unique). */
export const COVERED = { similarity: 0.3, shared: 2 };

function numbers(unit: Unit): string[] {
  return [...unit.terms].filter((t) => t.startsWith('#'));
}

/** How strongly two sentences state the same fact (0 when they do not): shared content words and agreeing numbers. */
export function factMatch(a: Unit, b: Unit, thresholds: { similarity: number; shared: number } = SAME_FACT): number {
  const na = numbers(a);
  const nb = numbers(b);
  if (na.length > 0 && nb.length > 0 && !na.some((n) => b.terms.has(n))) return 0;
  const sim = similarity(a.terms, b.terms);
  const shared = sharedCount(a.terms, b.terms);
  const needed = Math.min(thresholds.shared, a.terms.size, b.terms.size);
  return sim >= thresholds.similarity && shared >= Math.max(2, needed) ? sim : 0;
}

/** The unit of `units` that best states the same fact as `unit`, with its score, or null. */
export function bestMatch(unit: Unit, units: Unit[], thresholds = SAME_FACT): { unit: Unit; score: number } | null {
  let best: { unit: Unit; score: number } | null = null;
  for (const other of units) {
    const score = factMatch(unit, other, thresholds);
    if (score > 0 && (best === null || score > best.score)) best = { unit: other, score };
  }
  return best;
}
