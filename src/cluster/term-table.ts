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

  /** The id of a term, numbering it if new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
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
