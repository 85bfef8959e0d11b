/** A sparse vector of term weights. */
export type SparseVector = Map<string, number>;

/*
 * Loops over vectors use forEach, not for (const [k, v] of map): the entry array for-of makes for
 * every entry was not optimised away, and was a third of all memory the clusterer allocated.
 */

/** Dot product; iterates the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  let sum = 0;
  small.forEach((v, k) => {
    const w = big.get(k);
    if (w !== undefined) sum += v * w;
  });
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
  source.forEach((v, k) => target.set(k, (target.get(k) ?? 0) + v * scale));
}

/**
 * Keeps only the `keep` heaviest entries once it holds half as many again (ties broken by term, so
 * deterministic). Finds the weight of the last entry kept by selection over a copy of the weights
 * alone (a centroid is pruned at most arrivals: sorting them all took most of the time), so only
 * the few entries tied at that weight are ever compared by term.
 */
export function pruneTo(v: SparseVector, keep: number): void {
  if (v.size <= keep + (keep >> 1)) return;
  const weights = new Float64Array(v.size);
  let at = 0;
  for (const w of v.values()) weights[at++] = w;
  const cut = nthSmallest(weights, weights.length - keep);
  let above = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > cut) above++;
  const tied: string[] = [];
  v.forEach((w, t) => {
    if (w < cut) v.delete(t);
    else if (w === cut) tied.push(t);
  });
  tied.sort();
  for (let i = keep - above; i < tied.length; i++) v.delete(tied[i]!);
}

/** The value that would be at index `k` were `a` sorted ascending (Hoare's selection; reorders `a`). */
function nthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** The `n` heaviest entries, heaviest first, ties broken by term. */
export function heaviest(v: SparseVector, n: number, keepTerm?: (term: string) => boolean): [string, number][] {
  const top: [string, number][] = [];
  v.forEach((w, t) => {
    if (keepTerm && !keepTerm(t)) return;
    if (top.length === n && !before(t, w, top[n - 1]!)) return;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && before(t, w, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = [t, w];
  });
  return top;
}

/** Whether term `t` of weight `w` ranks above the entry: heavier, or as heavy and earlier by term. */
function before(t: string, w: number, [term, weight]: [string, number]): boolean {
  return w > weight || (w === weight && t < term);
}
