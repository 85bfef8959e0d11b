/**
 * A map from strings to values that is asked with a span of a longer text (text, start, end), so a
 * word seen before is found without cutting it out of its text: cutting and hashing a new string
 * for every word of every article was most of tokenizing, and the garbage of it slowed all else.
 * Open addressing over a table of entry numbers; holds at most `limit` keys and is emptied when full.
 */
export class SpanMap<V> {
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: V[] = [];
  /** Entry number + 1 for each slot, 0 for an empty one; a power of two long, at most half full. */
  private slots = new Int32Array(1024);

  constructor(private readonly limit: number) {}

  /** The value stored under text.slice(start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = spanHash(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && sameText(this.keys[entry]!, text, start, end)) return this.values[entry];
    }
  }

  /** Stores a value under a key not yet in the map. */
  add(key: string, value: V): void {
    if (this.keys.length >= this.limit) this.clear();
    if (2 * (this.keys.length + 1) > this.slots.length) this.grow();
    const hash = spanHash(key, 0, key.length);
    this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(hash, this.keys.length);
  }

  private clear(): void {
    this.keys = [];
    this.hashes = [];
    this.values = [];
    this.slots = new Int32Array(1024);
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.keys.length; entry++) this.place(this.hashes[entry]!, entry + 1);
  }

  private place(hash: number, entryPlusOne: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entryPlusOne;
  }
}

/** FNV-1a over UTF-16 code units, mixed at the end so the low bits used for slots vary. */
function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
