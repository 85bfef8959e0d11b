/** What an article's second look needs: where to find candidate stories, the bar it had to clear and its names. */
export interface Arrival {
  articleId: string;
  /** Heaviest article terms, looked up in the index again. */
  query: [string, number][];
  /** The join bar the article had. */
  bar: number;
  /** Distinct terms of the article (evidence for a learned join model). */
  terms: number;
  /** The article's heaviest names and numbers, worked out on arrival (its vector never changes). */
  specifics: [string, number][];
  /** The article's language (a join model decides only for the languages it learned from). */
  language: string;
}

/**
 * The last `size` arrivals, oldest first. An article placed on arrival had only the stories that
 * existed then to choose from; the one leaving this window has seen `size` later arrivals, enough
 * for a story it came too early for to have formed, and gets a second look. Arrival order alone
 * decides which article that is, so the same input gives the same second looks.
 */
export class ArrivalWindow {
  private readonly ring: (Arrival | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.ring = new Array<Arrival | undefined>(Math.max(0, size));
  }

  /** The arrivals still owed a second look, oldest first. */
  pending(): Arrival[] {
    const n = this.ring.length;
    return Array.from({ length: n }, (_, k) => this.ring[(this.next + k) % n]).filter((a): a is Arrival => a !== undefined);
  }

  /** Adds an arrival and returns the one that leaves the window, if any (none while it fills, none when the size is 0). */
  push(arrival: Arrival): Arrival | undefined {
    if (this.ring.length === 0) return undefined;
    const leaving = this.ring[this.next];
    this.ring[this.next] = arrival;
    this.next = (this.next + 1) % this.ring.length;
    return leaving;
  }
}
