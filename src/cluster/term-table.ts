/**
 * Terms ("lohan", "@lohan", "#2012") numbered in the order they are first seen, so that term vectors
 * hold small integers and sum and compare through arrays rather than hash maps keyed by strings.
 * A number means nothing outside its table.
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  /** The term of each id. */
  readonly terms: string[] = [];
  /**
   * The kind of each id's term: WORD, NAME (starting "@") or FIGURE (starting "#"; see article-terms.ts).
   * What vectors' weights, the stories' mention counts and specifics ask of every term, answered
   * without reading the term's string.
   */
  kinds = new Uint8Array(1024);
  /** By id, the ids of a name pair's parts once worked out (see partsOf): null for a term that is no pair, undefined until asked. */
  private readonly parts: (Int32Array | null | undefined)[] = [];

  /** The id of a term, numbering it if new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.parts.push(undefined);
      this.ids.set(term, id);
      if (id >= this.kinds.length) {
        const kinds = new Uint8Array(2 * this.kinds.length);
        kinds.set(this.kinds);
        this.kinds = kinds;
      }
      const c = term.charCodeAt(0);
      this.kinds[id] = c === ENTITY_CODE ? NAME : c === NUMBER_CODE ? FIGURE : WORD;
    }
    return id;
  }

  /** The id of a term already numbered, else undefined. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  /**
   * For a name pair ("@ilsa_brandt"), the ids of the entity terms of its words ("@ilsa", "@brandt"), -1 for one this
   * table has not numbered; null for any other term. Remembered once every part is numbered (a part numbered later
   * would be missed otherwise).
   */
  partsOf(id: number): Int32Array | null {
    const known = this.parts[id];
    if (known !== undefined) return known;
    const term = this.terms[id]!;
    if (this.kinds[id] !== NAME || !term.includes('_')) return (this.parts[id] = null);
    const words = term.slice(1).split('_');
    const parts = new Int32Array(words.length);
    let all = true;
    for (let i = 0; i < words.length; i++) {
      const part = this.ids.get(ENTITY_PREFIX + words[i]!);
      if (part === undefined) all = false;
      parts[i] = part ?? -1;
    }
    if (all) this.parts[id] = parts;
    return parts;
  }

  /** Terms numbered so far. */
  get size(): number {
    return this.terms.length;
  }
}

/** Kinds of terms (TermTable.kinds): a word's stem, a name ("@lohan"), a number ("#2012"). */
export const WORD = 0;
export const NAME = 1;
export const FIGURE = 2;
/** The first characters of entity and number terms (ENTITY and NUMBER in article-terms.ts, which imports this module). */
const ENTITY_CODE = 64;
const ENTITY_PREFIX = '@';
const NUMBER_CODE = 35;

/**
 * Terms a table numbers before a fresh one is started (see renewTableIfFull): a stream meets new
 * names and figures for as long as it runs, and a table only ever grows. Vectors numbered by an
 * older table are renumbered when next combined with another (see TermVector), so the old table
 * goes once no live vector uses it.
 */
const TABLE_LIMIT = 1 << 20;

let current = new TermTable();

/** The table new vectors number their terms by. */
export function currentTable(): TermTable {
  return current;
}

/** Starts a fresh table when the current one holds `limit` terms; called only where no vector is half-built. */
export function renewTableIfFull(limit = TABLE_LIMIT): void {
  if (current.size >= limit) current = new TermTable();
}
