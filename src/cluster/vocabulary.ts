/** How many articles between halvings of all counts, so statistics follow recent news and stay bounded. */
const DECAY_EVERY = 20_000;

/**
 * Online corpus statistics: document frequency of terms (for IDF) and how often each word is
 * written capitalised mid-sentence versus in lower case (to tell names from ordinary words in
 * Title Case headlines and at sentence starts). Counts halve every DECAY_EVERY articles.
 */
export class Vocabulary {
  private docs = 0;
  private sinceDecay = 0;
  private readonly df = new Map<string, number>();
  private readonly caseCounts = new Map<string, { upper: number; lower: number }>();

  /** Articles counted (after decay, a weighted count). */
  get documents(): number {
    return this.docs;
  }

  /** Inverse document frequency, smoothed so unseen terms get the highest value. */
  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 0.5));
  }

  /** Share of counted articles that hold the term. */
  dfShare(term: string): number {
    return this.docs === 0 ? 0 : (this.df.get(term) ?? 0) / this.docs;
  }

  /** Share of mid-sentence sightings of a word that were capitalised; null when never seen mid-sentence. */
  capitalisedShare(lower: string): number | null {
    const c = this.caseCounts.get(lower);
    if (!c || c.upper + c.lower === 0) return null;
    return c.upper / (c.upper + c.lower);
  }

  /** Records one mid-sentence sighting of a word. */
  noteCase(lower: string, capitalised: boolean): void {
    let c = this.caseCounts.get(lower);
    if (!c) {
      c = { upper: 0, lower: 0 };
      this.caseCounts.set(lower, c);
    }
    if (capitalised) c.upper++;
    else c.lower++;
  }

  /** Counts one article's distinct terms. */
  addDocument(terms: Iterable<string>): void {
    this.docs++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    if (++this.sinceDecay >= DECAY_EVERY) this.decay();
  }

  private decay(): void {
    this.sinceDecay = 0;
    this.docs /= 2;
    for (const [t, n] of this.df) {
      if (n < 2) this.df.delete(t);
      else this.df.set(t, n / 2);
    }
    for (const [w, c] of this.caseCounts) {
      if (c.upper + c.lower < 2) this.caseCounts.delete(w);
      else this.caseCounts.set(w, { upper: c.upper / 2, lower: c.lower / 2 });
    }
  }
}
