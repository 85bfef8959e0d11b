import { currentTable, type TermTable } from './term-table.ts';
import { TermVector } from './term-vector.ts';

/** How many articles between halvings of all counts, so statistics follow recent news and stay bounded. */
const DECAY_EVERY = 20_000;

/**
 * Online corpus statistics: document frequency of terms (for IDF) and how often each word is
 * written capitalised mid-sentence versus in lower case (to tell names from ordinary words in
 * Title Case headlines and at sentence starts). Counts halve every DECAY_EVERY articles.
 * Counts are kept in arrays by term id (see term-table.ts); terms and words are asked about by
 * string or, faster, by id.
 */
export class Vocabulary {
  private docs = 0;
  private sinceDecay = 0;
  /** The table the arrays below are indexed by; renumbered when a fresh table comes in. */
  private table: TermTable = currentTable();
  private df = new Float64Array(1024);
  private upper = new Float64Array(1024);
  private lower = new Float64Array(1024);

  /** Articles counted (after decay, a weighted count). */
  get documents(): number {
    return this.docs;
  }

  /** Inverse document frequency, smoothed so unseen terms get the highest value. */
  idf(term: string): number {
    return this.idfOf(this.find(term));
  }

  /** idf of a term id of the current table (-1 for a term never numbered). */
  idfOf(id: number): number {
    this.follow();
    return Math.log((this.docs + 1) / ((id >= 0 && id < this.df.length ? this.df[id]! : 0) + 0.5));
  }

  /** Share of counted articles that hold the term. */
  dfShare(term: string): number {
    return this.shareOfId(this.find(term));
  }

  /** Share of counted articles that hold the term of this id (-1 for a term never numbered). */
  private shareOfId(id: number): number {
    return this.docs === 0 ? 0 : (id >= 0 && id < this.df.length ? this.df[id]! : 0) / this.docs;
  }

  /**
   * dfShare of the term at entry `at` of a vector, read by its id when the vector numbers terms by the
   * vocabulary's table: asked of most terms of every query (see StoryClusterer.queryTerms), where a
   * look-up by string was a tenth of the time spent picking query terms.
   */
  dfShareAt(v: TermVector, at: number): number {
    this.follow();
    if (v.table !== this.table) return this.dfShare(v.termAt(at));
    return this.shareOfId(v.ids[at]!);
  }

  /** Share of mid-sentence sightings of a word that were capitalised; null when never seen mid-sentence. */
  capitalisedShare(lower: string): number | null {
    return this.capitalisedShareOf(this.find(lower));
  }

  /** capitalisedShare of a word by its id in the current table. */
  capitalisedShareOf(id: number): number | null {
    this.follow();
    if (id < 0 || id >= this.upper.length) return null;
    const up = this.upper[id]!;
    const all = up + this.lower[id]!;
    return all === 0 ? null : up / all;
  }

  /** Records one mid-sentence sighting of a word. */
  noteCase(lower: string, capitalised: boolean): void {
    this.follow();
    this.noteCaseOf(this.table.idOf(lower), capitalised);
  }

  /** noteCase of a word by its id in the current table. */
  noteCaseOf(id: number, capitalised: boolean): void {
    this.follow();
    if (id >= this.upper.length) this.widen(id);
    if (capitalised) this.upper[id]!++;
    else this.lower[id]!++;
  }

  /** Counts one article's distinct terms, given as terms or as the keys of a Map (a TermVector's ids are counted without looking a term up). */
  addDocument(terms: Iterable<string> | Map<string, number>): void {
    this.follow();
    this.docs++;
    if (terms instanceof TermVector && terms.table === this.table) {
      for (let i = 0; i < terms.length; i++) this.countDocument(terms.ids[i]!);
    } else {
      for (const t of terms instanceof Map ? terms.keys() : terms) this.countDocument(this.table.idOf(t));
    }
    if (++this.sinceDecay >= DECAY_EVERY) this.decay();
  }

  private countDocument(id: number): void {
    if (id >= this.df.length) this.widen(id);
    this.df[id]!++;
  }

  /** The id of a term in the current table, -1 when it has none. */
  private find(term: string): number {
    this.follow();
    return this.table.find(term) ?? -1;
  }

  /** Renumbers the counts by the current table when a fresh one has come in. */
  private follow(): void {
    const table = currentTable();
    if (table === this.table) return;
    const old = this.table;
    const [df, upper, lower] = [this.df, this.upper, this.lower];
    this.table = table;
    this.df = new Float64Array(1024);
    this.upper = new Float64Array(1024);
    this.lower = new Float64Array(1024);
    for (let id = 0; id < old.size; id++) {
      const [d, u, l] = [df[id] ?? 0, upper[id] ?? 0, lower[id] ?? 0];
      if (d === 0 && u === 0 && l === 0) continue;
      const to = table.idOf(old.terms[id]!);
      if (to >= this.df.length) this.widen(to);
      this.df[to] = d;
      this.upper[to] = u;
      this.lower[to] = l;
    }
  }

  private widen(id: number): void {
    let n = this.df.length;
    while (n <= id) n *= 2;
    for (const key of ['df', 'upper', 'lower'] as const) {
      const grown = new Float64Array(n);
      grown.set(this[key]);
      this[key] = grown;
    }
  }

  private decay(): void {
    this.sinceDecay = 0;
    this.docs /= 2;
    const { df, upper, lower } = this;
    for (let id = 0; id < df.length; id++) df[id] = df[id]! < 2 ? 0 : df[id]! / 2;
    for (let id = 0; id < upper.length; id++) {
      if (upper[id]! + lower[id]! < 2) {
        upper[id] = 0;
        lower[id] = 0;
      } else {
        upper[id] = upper[id]! / 2;
        lower[id] = lower[id]! / 2;
      }
    }
  }
}
