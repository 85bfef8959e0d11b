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

/**
 * Keeps only the `keep` heaviest entries once it holds half as many again (ties broken by term, so
 * deterministic). Finds the weight of the last entry kept from a sorted copy of the weights alone,
 * so only the few entries tied at that weight are ever compared by term.
 */
export function pruneTo(v: SparseVector, keep: number): void {
  if (v.size <= keep + (keep >> 1)) return;
  const weights = new Float64Array(v.size);
  let at = 0;
  for (const w of v.values()) weights[at++] = w;
  weights.sort();
  const cut = weights[weights.length - keep]!;
  let above = 0;
  for (let i = weights.length - 1; i >= 0 && weights[i]! > cut; i--) above++;
  const tied: string[] = [];
  for (const [t, w] of v) {
    if (w < cut) v.delete(t);
    else if (w === cut) tied.push(t);
  }
  tied.sort();
  for (let i = keep - above; i < tied.length; i++) v.delete(tied[i]!);
}

/** The `n` heaviest entries, heaviest first, ties broken by term. */
export function heaviest(v: SparseVector, n: number, keepTerm?: (term: string) => boolean): [string, number][] {
  const top: [string, number][] = [];
  for (const [t, w] of v) {
    if (keepTerm && !keepTerm(t)) continue;
    if (top.length === n && !before(t, w, top[n - 1]!)) continue;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && before(t, w, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = [t, w];
  }
  return top;
}

/** Whether term `t` of weight `w` ranks above the entry: heavier, or as heavy and earlier by term. */
function before(t: string, w: number, [term, weight]: [string, number]): boolean {
  return w > weight || (w === weight && t < term);
}
