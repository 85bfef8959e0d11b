/**
 * Values keyed by strings, looked up by a span of a text without making a string of the span: a
 * tokenizer that meets the same few thousand words in every text finds what it knows of each word
 * by its characters where it stands, and makes the word's string only the first time. Bounded:
 * emptied when it holds `limit` keys.
 */
export class SpanTable<V> {
  /**
   * Two numbers a slot, placed by hash (linear probing): the key's hash, then its entry index plus one
   * (0 when free). The hash sits beside the entry so a probe reads one place in memory; only a probe
   * whose hash matches reads the key.
   */
  private slots = new Int32Array(2 * 1024);
  private keys: string[] = [];
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
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const hash = h | 0;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = slots[2 * s + 1]!;
      if (at === 0) return undefined;
      if (slots[2 * s] === hash && sameSpan(this.keys[at - 1]!, text, start, end)) return this.values[at - 1];
    }
  }

  /** Adds a key that is not in the table. */
  add(key: string, value: V): void {
    if (this.keys.length >= this.limit) this.clear();
    if (4 * (this.keys.length + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    this.keys.push(key);
    this.values.push(value);
    this.place(spanHash(key, 0, key.length), this.keys.length);
  }

  clear(): void {
    this.slots.fill(0);
    this.keys = [];
    this.values = [];
  }

  private place(h: number, entry: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h | 0;
    slots[2 * s + 1] = entry;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s]! >>> 0, old[s + 1]!);
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
