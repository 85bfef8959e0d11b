import type { TermTable } from './term-table.ts';
import { TermVector } from './term-vector.ts';

/**
 * By term id: the article whose counts last touched it (a number per article) and where its count
 * sits in that article's arrays. An id with an older stamp is not counted yet, so nothing needs
 * clearing between articles, even after one that threw midway.
 */
let stampById = new Int32Array(1 << 16);
let slotById = new Int32Array(1 << 16);
let lastStamp = 0;
/** The ids and counts of the article being counted (one at a time), kept for the next. */
let countedIds = new Int32Array(1024);
let countedWeights = new Float64Array(1024);

/**
 * Weighted term counts of one article by term id, in the order terms were first counted (as a Map
 * keeps them): what articleTerms adds to for every token, without a string-keyed look-up. Counts
 * go in arrays shared by all articles, so only one article may be counted at a time: a new
 * TermCounts ends the last.
 */
export class TermCounts {
  private length = 0;
  private readonly stamp: number;

  constructor(readonly table: TermTable) {
    if (lastStamp === 0x7fffffff) {
      stampById.fill(0);
      lastStamp = 0;
    }
    this.stamp = ++lastStamp;
  }

  /** Adds `by` to the count of a term id (a new term starts at 0, as a Map count would). */
  add(id: number, by: number): void {
    if (id >= stampById.length) widen(id);
    if (stampById[id] === this.stamp) {
      const at = slotById[id]!;
      countedWeights[at] = countedWeights[at]! + by;
      return;
    }
    if (this.length === countedIds.length) grow();
    stampById[id] = this.stamp;
    slotById[id] = this.length;
    countedIds[this.length] = id;
    countedWeights[this.length++] = 0 + by;
  }

  /** Terms counted so far, in order. */
  terms(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.table.terms[countedIds[i]!]!);
    return out;
  }

  /** The counts as a vector (a Map from term to count). */
  toVector(): TermVector {
    const v = new TermVector(undefined, this.length);
    v.table = this.table;
    v.ids.set(countedIds.subarray(0, this.length));
    v.weights.set(countedWeights.subarray(0, this.length));
    v.length = this.length;
    return v;
  }
}

function grow(): void {
  const ids = new Int32Array(countedIds.length * 2);
  ids.set(countedIds);
  const weights = new Float64Array(ids.length);
  weights.set(countedWeights);
  countedIds = ids;
  countedWeights = weights;
}

function widen(id: number): void {
  let n = stampById.length;
  while (n <= id) n *= 2;
  const stamps = new Int32Array(n);
  stamps.set(stampById);
  const slots = new Int32Array(n);
  slots.set(slotById);
  stampById = stamps;
  slotById = slots;
}
