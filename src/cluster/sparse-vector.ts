/** A sparse vector of term weights. */
export type SparseVector = Map<string, number>;

/** Dot product; iterates the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w !== undefined) sum += v * w;
  }
  return sum;
}

/** Euclidean length. */
export function norm(v: SparseVector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine similarity; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot(a, b) / n;
}

/** Adds `scale * source` into `target` in place. */
export function addInto(target: SparseVector, source: SparseVector, scale = 1): void {
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + v * scale);
}

/** Keeps only the `keep` heaviest entries (ties broken by term, so the result is deterministic). */
export function pruneTo(v: SparseVector, keep: number): void {
  if (v.size <= keep) return;
  const sorted = heaviest(v, v.size);
  for (const [k] of sorted.slice(keep)) v.delete(k);
}

/** The `n` heaviest entries, heaviest first, ties broken by term. */
export function heaviest(v: SparseVector, n: number): [string, number][] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, n);
}
