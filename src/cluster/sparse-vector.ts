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

/** Keeps only the `keep` heaviest entries once it holds half as many again (ties broken by term, so deterministic). */
export function pruneTo(v: SparseVector, keep: number): void {
  if (v.size <= keep + (keep >> 1)) return;
  const sorted = [...v].sort(byWeightThenTerm);
  for (let i = keep; i < sorted.length; i++) v.delete(sorted[i]![0]);
}

/** The `n` heaviest entries, heaviest first, ties broken by term. */
export function heaviest(v: SparseVector, n: number, keepTerm?: (term: string) => boolean): [string, number][] {
  const top: [string, number][] = [];
  for (const [t, w] of v) {
    if (keepTerm && !keepTerm(t)) continue;
    if (top.length === n && byWeightThenTerm([t, w], top[n - 1]!) >= 0) continue;
    let i = top.length === n ? n - 1 : top.length;
    if (top.length < n) top.push([t, w]);
    while (i > 0 && byWeightThenTerm([t, w], top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = [t, w];
  }
  return top;
}

function byWeightThenTerm(x: [string, number], y: [string, number]): number {
  return y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
}
