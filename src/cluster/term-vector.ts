import { currentTable, WORD, type TermTable } from './term-table.ts';

/**
 * A term vector held as two arrays, term ids (see TermTable) and weights, in the order terms were
 * added, as a Map keeps them: sums over a vector run in that order, so they come out to the same
 * last bit as they did over a Map. It is a Map<string, number> to everything outside this module
 * (reading and writing by term go through its table and a hash of its ids built when first asked for),
 * while dot products and centroid sums work on the arrays (see sparse-vector.ts).
 */
export class TermVector implements Map<string, number> {
  /** The table its ids number terms by; vectors combined are first brought to one table (see shareTable). */
  table: TermTable;
  /** Term ids in the order the terms were added; entries past `length` are spare room. */
  ids: Int32Array;
  /** Weights, one for each id. */
  weights: Float64Array;
  /** Entries in use. */
  length = 0;
  /** Open-addressed hash of entry indices plus one by id, for looking up a term; null until first needed. */
  private slots: Int32Array | null = null;
  /**
   * Whether `slots` holds the entries as they are. A stale hash is built again in the same array when
   * it is of the size needed: a centroid changes at every arrival and is looked up by term after most,
   * and a new array each time was most of what rebuilding cost.
   */
  private hashed = false;
  /** Look-ups since the entries last changed, answered by reading the ids in order (see indexOfId). */
  private scans = 0;

  constructor(entries?: Iterable<readonly [string, number]>, capacity = 8) {
    this.table = currentTable();
    this.ids = new Int32Array(Math.max(1, capacity));
    this.weights = new Float64Array(Math.max(1, capacity));
    if (entries) for (const [term, weight] of entries) this.set(term, weight);
  }

  get size(): number {
    return this.length;
  }

  get [Symbol.toStringTag](): string {
    return 'TermVector';
  }

  /** Appends an entry by id; the caller knows the id is not in the vector yet. */
  push(id: number, weight: number): void {
    if (this.length === this.ids.length) this.grow(this.length * 2);
    this.ids[this.length] = id;
    this.weights[this.length] = weight;
    this.length++;
    this.stale();
  }

  /**
   * Entry index of a term id, or -1. A small vector, or one asked only a few times since it last changed, is read in
   * order; after that its entries are hashed. Most vectors are asked about a handful of terms between changes (a
   * story's names against an article, an article's words against a story), fewer than building the hash costs.
   */
  indexOfId(id: number): number {
    const n = this.length;
    if (n <= 12 || (!this.hashed && this.scans++ < SCANS_BEFORE_HASHING)) {
      const ids = this.ids;
      for (let i = 0; i < n; i++) if (ids[i] === id) return i;
      return -1;
    }
    if (!this.hashed) {
      this.slots = slotsOf(this.ids, n, this.slots);
      this.hashed = true;
    }
    const slots = this.slots!;
    const mask = slots.length - 1;
    for (let h = hash(id) & mask; ; h = (h + 1) & mask) {
      const at = slots[h]!;
      if (at === 0) return -1;
      if (this.ids[at - 1] === id) return at - 1;
    }
  }

  /** Marks the lookup index stale after the arrays were changed in place. */
  changed(): void {
    this.stale();
  }

  private stale(): void {
    this.hashed = false;
    this.scans = 0;
  }

  /** Renumbers the entries by another table (same terms, same order). */
  renumber(table: TermTable): void {
    const old = this.table.terms;
    for (let i = 0; i < this.length; i++) this.ids[i] = table.idOf(old[this.ids[i]!]!);
    this.table = table;
    this.stale();
  }

  /** Makes room for `capacity` entries. */
  grow(capacity: number): void {
    const ids = new Int32Array(Math.max(capacity, 8));
    ids.set(this.ids.subarray(0, this.length));
    const weights = new Float64Array(ids.length);
    weights.set(this.weights.subarray(0, this.length));
    this.ids = ids;
    this.weights = weights;
  }

  /** The term of entry `i`. */
  termAt(i: number): string {
    return this.table.terms[this.ids[i]!]!;
  }

  get(term: string): number | undefined {
    const i = this.indexOf(term);
    return i < 0 ? undefined : this.weights[i];
  }

  has(term: string): boolean {
    return this.indexOf(term) >= 0;
  }

  set(term: string, weight: number): this {
    const i = this.indexOf(term);
    if (i >= 0) this.weights[i] = weight;
    else this.push(this.table.idOf(term), weight);
    return this;
  }

  delete(term: string): boolean {
    const i = this.indexOf(term);
    if (i < 0) return false;
    this.ids.copyWithin(i, i + 1, this.length);
    this.weights.copyWithin(i, i + 1, this.length);
    this.length--;
    this.stale();
    return true;
  }

  clear(): void {
    this.length = 0;
    this.stale();
  }

  forEach(callback: (weight: number, term: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    const terms = this.table.terms;
    for (let i = 0; i < this.length; i++) callback.call(thisArg, this.weights[i]!, terms[this.ids[i]!]!, this);
  }

  /** forEach over the entries whose term is a name or a number ("@…", "#…"), in order, reading no other term. */
  forEachNamed(callback: (weight: number, term: string) => void): void {
    const kinds = this.table.kinds;
    const terms = this.table.terms;
    for (let i = 0; i < this.length; i++) {
      const id = this.ids[i]!;
      if (kinds[id] !== WORD) callback(this.weights[i]!, terms[id]!);
    }
  }

  keys(): MapIterator<string> {
    const out: string[] = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.termAt(i);
    return out.values();
  }

  values(): MapIterator<number> {
    return Array.from(this.weights.subarray(0, this.length)).values();
  }

  entries(): MapIterator<[string, number]> {
    const out: [string, number][] = new Array<[string, number]>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = [this.termAt(i), this.weights[i]!];
    return out.values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  private indexOf(term: string): number {
    const id = this.table.find(term);
    return id === undefined ? -1 : this.indexOfId(id);
  }
}

/** Brings two vectors to one table (the current one) when they were numbered by different tables. */
export function shareTable(a: TermVector, b: TermVector): void {
  if (a.table === b.table) return;
  const table = currentTable();
  if (a.table !== table) a.renumber(table);
  if (b.table !== table) b.renumber(table);
}

/** Look-ups read in order before a vector's entries are hashed (see indexOfId). */
const SCANS_BEFORE_HASHING = 32;

function hash(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 7;
}

/** Entry indices plus one placed by id in a table at least twice the entries (linear probing); in `room` when it is of that size. */
function slotsOf(ids: Int32Array, n: number, room: Int32Array | null): Int32Array {
  let size = 32;
  while (size < 2 * n) size *= 2;
  const slots = room !== null && room.length === size ? room.fill(0) : new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    let h = hash(ids[i]!) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = i + 1;
  }
  return slots;
}
