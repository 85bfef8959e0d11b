/**
 * Values keyed by strings, looked up by a span of a text without making a string of the span: a
 * tokenizer that meets the same few thousand words in every text finds what it knows of each word
 * by its characters where it stands, and makes the word's string only the first time. Bounded:
 * emptied when it holds `limit` keys.
 */
export class SpanTable<V> {
  /** Entry index plus one, placed by hash (linear probing); 0 is free. */
  private slots = new Int32Array(1024);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: V[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.keys.length;
  }

  /** The value of the key text.slice(start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    return this.getHashed(text, start, end, spanHash(text, start, end));
  }

  /** get, for a caller that has worked out spanHash(text, start, end) as it read the span. */
  getHashed(text: string, start: number, end: number, h: number): V | undefined {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s]!;
      if (at === 0) return undefined;
      if (this.hashes[at - 1] === h && sameSpan(this.keys[at - 1]!, text, start, end)) return this.values[at - 1];
    }
  }

  /** Adds a key that is not in the table. */
  add(key: string, value: V): void {
    if (this.keys.length >= this.limit) this.clear();
    if (2 * (this.keys.length + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    const h = spanHash(key, 0, key.length);
    this.keys.push(key);
    this.hashes.push(h);
    this.values.push(value);
    this.place(h, this.keys.length);
  }

  clear(): void {
    this.slots.fill(0);
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = entry;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let i = 0; i < this.hashes.length; i++) this.place(this.hashes[i]!, i + 1);
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

function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
