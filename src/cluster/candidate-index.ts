/**
 * Inverted index from term to the stories whose members carry it, so an arriving article is scored
 * only against stories it shares rare terms with. Each posting list holds at most `cap` stories,
 * the most recently updated ones, which bounds lookup cost whatever the number of live stories.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly cap: number) {}

  /** Puts a story at the recent end of a term's posting list, dropping the oldest beyond the cap. */
  add(term: string, story: number): void {
    let list = this.postings.get(term);
    if (!list) {
      list = [];
      this.postings.set(term, list);
    }
    if (list[list.length - 1] === story) return;
    const at = list.indexOf(story);
    if (at >= 0) list.splice(at, 1);
    list.push(story);
    if (list.length > this.cap) list.shift();
  }

  /** Takes a story off a term's posting list. */
  remove(term: string, story: number): void {
    const list = this.postings.get(term);
    if (!list) return;
    const at = list.indexOf(story);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.postings.delete(term);
  }

  /** Stories ranked by the summed weight of the query terms they share, best first, at most `limit`. */
  lookup(query: [string, number][], limit: number): number[] {
    const hits = new Map<number, number>();
    for (const [term, weight] of query) {
      for (const story of this.postings.get(term) ?? []) hits.set(story, (hits.get(story) ?? 0) + weight);
    }
    // The best `limit` picked as they come (by weight, then the newer story), not all hits sorted: a query hits hundreds of stories.
    const top: number[] = [];
    const weights: number[] = [];
    hits.forEach((w, story) => {
      const last = top.length - 1;
      if (top.length === limit && !(w > weights[last]! || (w === weights[last]! && story > top[last]!))) return;
      let k = top.length === limit ? last : top.length;
      while (k > 0 && (w > weights[k - 1]! || (w === weights[k - 1]! && story > top[k - 1]!))) {
        top[k] = top[k - 1]!;
        weights[k] = weights[k - 1]!;
        k--;
      }
      top[k] = story;
      weights[k] = w;
    });
    return top;
  }

  /** Number of terms with a posting list. */
  get terms(): number {
    return this.postings.size;
  }
}
