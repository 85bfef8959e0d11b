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
   * 1 for the id of a name or a number (a term starting "@" or "#", see article-terms.ts), 0 for a word:
   * what the stories' mention counts and specifics ask of every term of a vector, answered without
   * reading the term's string.
   */
  named = new Uint8Array(1024);

  /** The id of a term, numbering it if new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
      if (id >= this.named.length) {
        const named = new Uint8Array(2 * this.named.length);
        named.set(this.named);
        this.named = named;
      }
      const c = term.charCodeAt(0);
      this.named[id] = c === ENTITY_CODE || c === NUMBER_CODE ? 1 : 0;
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
