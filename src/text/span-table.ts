/**
 * Numbers strings (0, 1, 2, … in the order added) and finds a string's number by a span of a text,
 * without making a string of the span: a tokenizer that meets the same few thousand words in every
 * text finds each word where it stands and keeps what it knows of it in arrays by number. The
 * owner empties it when `full` (and its arrays with it), which keeps it bounded.
 *
 * A slot of the hash holds the key's hash, number, place in a pool of characters and length side by
 * side, so that a look-up reads the slot and the key's characters, and nothing else (a look-up per
 * word of every text: with strings and a map, reading a key and its value took three more reads
 * from far apart in memory).
 */
export class SpanTable {
  /** Four numbers a slot, placed by hash (linear probing): hash, number plus one (0 when free), start in the pool, length. */
  private slots = new Int32Array(4 * 1024);
  /** The characters (UTF-16 code units) of every key, one after the other. */
  private pool = new Uint16Array(8192);
  private used = 0;
  private count = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.count;
  }

  /** Whether it holds `limit` keys: the owner should clear it before adding more. */
  get full(): boolean {
    return this.count >= this.limit;
  }

  /** The number of the key text.slice(start, end), or -1. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, spanHash(text, start, end));
  }

  /** find, for a caller that has worked out spanHash(text, start, end) as it read the span. */
  findHashed(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const hash = h | 0;
    const length = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const o = 4 * s;
      const at = slots[o + 1]!;
      if (at === 0) return -1;
      if (slots[o] === hash && slots[o + 3] === length && this.sameChars(slots[o + 2]!, text, start, length)) return at - 1;
    }
  }

  /** Numbers the key text.slice(start, end), which is not in the table; returns its number. */
  add(text: string, start: number, end: number): number {
    if (8 * (this.count + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    const length = end - start;
    if (this.used + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    const at = this.used;
    for (let i = 0; i < length; i++) this.pool[at + i] = text.charCodeAt(start + i);
    this.used += length;
    this.place(spanHash(text, start, end), this.count + 1, at, length);
    return this.count++;
  }

  clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.count = 0;
  }

  private sameChars(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[at + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private place(h: number, entry: number, at: number, length: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let s = h & mask;
    while (slots[4 * s + 1] !== 0) s = (s + 1) & mask;
    slots.set([h | 0, entry, at, length], 4 * s);
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    for (let o = 0; o < old.length; o += 4) if (old[o + 1] !== 0) this.place(old[o]! >>> 0, old[o + 1]!, old[o + 2]!, old[o + 3]!);
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end): SPAN_HASH_START, then spanHashStep for each unit, then `>>> 0`. */
export function spanHash(text: string, start: number, end: number): number {
  let h = SPAN_HASH_START;
  for (let i = start; i < end; i++) h = spanHashStep(h, text.charCodeAt(i));
  return h >>> 0;
}

export const SPAN_HASH_START = 0x811c9dc5;

export function spanHashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}
