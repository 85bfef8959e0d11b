import { WORD } from './term-table.ts';
import { shareTable, TermVector } from './term-vector.ts';

/**
 * A sparse vector of term weights. The clusterer's vectors are TermVectors (integer term ids and
 * typed arrays, see term-vector.ts), which are Maps to any reader; the functions here take any
 * Map and work on the arrays when given TermVectors, with the same results to the last bit.
 */
export type SparseVector = Map<string, number>;

export { TermVector } from './term-vector.ts';

/** An empty vector (a TermVector). */
export function emptyVector(capacity = 8): SparseVector {
  return new TermVector(undefined, capacity);
}

/*
 * Loops over Maps use forEach, not for (const [k, v] of map): the entry array for-of makes for
 * every entry was not optimised away, and was a third of all memory the clusterer allocated.
 */

/**
 * By term id: the weights of the vector being read against, and entry positions plus one of the
 * vector being added into; zero everywhere between calls, grown with the term table.
 */
let weightById = new Float64Array(1 << 16);
let slotById = new Int32Array(1 << 16);

function roomFor(v: TermVector): void {
  const size = v.table.size;
  if (weightById.length >= size) return;
  let n = weightById.length;
  while (n < size) n *= 2;
  weightById = new Float64Array(n);
  slotById = new Int32Array(n);
}

/** Dot product; sums over the smaller vector (the first on a tie) in its order. */
export function dot(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  if (small instanceof TermVector && big instanceof TermVector) return termDot(small, big);
  let sum = 0;
  small.forEach((v, k) => {
    const w = big.get(k);
    if (w !== undefined) sum += v * w;
  });
  return sum;
}

/** The big vector's weights are spread out by id and the small one's read against them (a term the big one lacks reads 0 and adds nothing). */
function termDot(small: TermVector, big: TermVector): number {
  shareTable(small, big);
  roomFor(big);
  const spread = weightById;
  const bigIds = big.ids;
  const bigWeights = big.weights;
  const bigLength = big.length;
  for (let i = 0; i < bigLength; i++) spread[bigIds[i]!] = bigWeights[i]!;
  const ids = small.ids;
  const weights = small.weights;
  const length = small.length;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const w = spread[ids[i]!]!;
    if (w !== 0) sum += weights[i]! * w;
  }
  for (let i = 0; i < bigLength; i++) spread[bigIds[i]!] = 0;
  return sum;
}

/** Euclidean length. */
export function norm(v: SparseVector): number {
  let sum = 0;
  if (v instanceof TermVector) {
    const weights = v.weights;
    for (let i = 0; i < v.length; i++) sum += weights[i]! * weights[i]!;
  } else {
    for (const x of v.values()) sum += x * x;
  }
  return Math.sqrt(sum);
}

/** Cosine similarity; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot(a, b) / n;
}

/** Adds `scale * source` into `target` in place; terms new to the target go after its own, in the source's order (as Map.set puts them). */
export function addInto(target: SparseVector, source: SparseVector, scale = 1): void {
  if (target instanceof TermVector && source instanceof TermVector) termAddInto(target, source, scale);
  else source.forEach((v, k) => target.set(k, (target.get(k) ?? 0) + v * scale));
}

function termAddInto(target: TermVector, source: TermVector, scale: number): void {
  shareTable(target, source);
  roomFor(target);
  const slots = slotById;
  const own = target.length;
  if (target.ids.length < own + source.length) target.grow(Math.max(own + source.length, 2 * target.ids.length));
  const targetIds = target.ids;
  const targetWeights = target.weights;
  for (let i = 0; i < own; i++) slots[targetIds[i]!] = i + 1;
  const ids = source.ids;
  const weights = source.weights;
  let length = own;
  for (let j = 0; j < source.length; j++) {
    const id = ids[j]!;
    const at = slots[id]!;
    if (at !== 0) {
      targetWeights[at - 1] = targetWeights[at - 1]! + weights[j]! * scale;
    } else {
      targetIds[length] = id;
      targetWeights[length++] = 0 + weights[j]! * scale;
    }
  }
  for (let i = 0; i < own; i++) slots[targetIds[i]!] = 0;
  target.length = length;
  target.changed();
}

/**
 * Keeps only the `keep` heaviest entries once it holds half as many again (ties broken by term, so
 * deterministic), in their order. Finds the weight of the last entry kept by selection over a copy
 * of the weights alone (a centroid is pruned at most arrivals: sorting them all took most of the
 * time), so only the few entries tied at that weight are ever compared by term. `droppedName` is told each name
 * and number term ("@…", "#…") dropped.
 */
export function pruneTo(v: SparseVector, keep: number, droppedName?: (term: string) => void): void {
  if (v.size <= keep + (keep >> 1)) return;
  if (v instanceof TermVector) {
    termPruneTo(v, keep, droppedName);
    return;
  }
  const weights = new Float64Array(v.size);
  let at = 0;
  for (const w of v.values()) weights[at++] = w;
  const cut = nthSmallest(weights, weights.length - keep);
  let above = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > cut) above++;
  const tied: string[] = [];
  const drop = (t: string): void => {
    v.delete(t);
    const c = t.charCodeAt(0);
    if (droppedName && (c === 64 || c === 35)) droppedName(t);
  };
  v.forEach((w, t) => {
    if (w < cut) drop(t);
    else if (w === cut) tied.push(t);
  });
  tied.sort();
  for (let i = keep - above; i < tied.length; i++) drop(tied[i]!);
}

/** Room for a copy of the weights of the vector being pruned. */
let selectionRoom = new Float64Array(1024);

function termPruneTo(v: TermVector, keep: number, droppedName: ((term: string) => void) | undefined): void {
  const n = v.length;
  const weights = v.weights;
  if (selectionRoom.length < n) selectionRoom = new Float64Array(2 * n);
  const copy = selectionRoom.subarray(0, n);
  copy.set(weights.subarray(0, n));
  const cut = nthSmallest(copy, n - keep);
  let above = 0;
  let tied = 0;
  for (let i = 0; i < n; i++) {
    if (weights[i]! > cut) above++;
    else if (weights[i] === cut) tied++;
  }
  // Entries tied at the cut beyond those kept go, the later terms first; usually none are.
  let dropped: Set<number> | null = null;
  if (tied > keep - above) {
    const at: number[] = [];
    for (let i = 0; i < n; i++) if (weights[i] === cut) at.push(i);
    at.sort((x, y) => (v.termAt(x) < v.termAt(y) ? -1 : 1));
    dropped = new Set(at.slice(keep - above));
  }
  const ids = v.ids;
  const kinds = v.table.kinds;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w < cut || (dropped !== null && dropped.has(i))) {
      if (droppedName && kinds[ids[i]!] !== WORD) droppedName(v.termAt(i));
      continue;
    }
    ids[length] = ids[i]!;
    weights[length++] = w;
  }
  v.length = length;
  v.changed();
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

/** Calls back for the entries whose term is a name or a number ("@…", "#…", see article-terms.ts), in order. */
export function forEachNamed(v: SparseVector, callback: (weight: number, term: string) => void): void {
  if (v instanceof TermVector) {
    v.forEachNamed(callback);
    return;
  }
  v.forEach((w, t) => {
    const c = t.charCodeAt(0);
    if (c === 64 || c === 35) callback(w, t);
  });
}

/**
 * The `n` heaviest entries, heaviest first, ties broken by term. `keepTerm` is asked only about
 * entries that would make the list (once it is full, few do): it may be a look-up per term. It is
 * told the entry's place in the vector too, so that it can read a TermVector's id there.
 */
export function heaviest(v: SparseVector, n: number, keepTerm?: (term: string, at: number) => boolean): [string, number][] {
  // Kept as two lists while entries come and go, paired only at the end: most entries that make the list leave it again.
  const terms: string[] = [];
  const weights: number[] = [];
  const consider = (w: number, t: string, at: number): void => {
    const full = terms.length === n;
    if (full && !before(t, w, terms[n - 1]!, weights[n - 1]!)) return;
    if (keepTerm && !keepTerm(t, at)) return;
    let i = full ? n - 1 : terms.length;
    while (i > 0 && before(t, w, terms[i - 1]!, weights[i - 1]!)) {
      terms[i] = terms[i - 1]!;
      weights[i] = weights[i - 1]!;
      i--;
    }
    terms[i] = t;
    weights[i] = w;
  };
  if (v instanceof TermVector) {
    const names = v.table.terms;
    for (let i = 0; i < v.length; i++) {
      const w = v.weights[i]!;
      // Lighter than the last entry of a full list, it cannot make it (consider would say so): its term is not read.
      if (terms.length === n && w < weights[n - 1]!) continue;
      consider(w, names[v.ids[i]!]!, i);
    }
  } else {
    let at = 0;
    v.forEach((w, t) => consider(w, t, at++));
  }
  return terms.map((t, i) => [t, weights[i]!]);
}

/** Whether term `t` of weight `w` ranks above the entry: heavier, or as heavy and earlier by term. */
function before(t: string, w: number, term: string, weight: number): boolean {
  return w > weight || (w === weight && t < term);
}
