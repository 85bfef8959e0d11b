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
    const hits = this.hits;
    hits.reset(query.length * this.cap);
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) hits.add(list[i]!, weight);
    }
    // The best `limit` picked as they come (by weight, then the newer story), not all hits sorted: a query hits hundreds of stories.
    // (Weight, then story, orders every pair of hits, so the order they come in does not change the result.)
    const top: number[] = [];
    const weights: number[] = [];
    for (let e = 0; e < hits.count; e++) {
      const story = hits.stories[e]!;
      const w = hits.sums[e]!;
      const last = top.length - 1;
      if (top.length === limit && !(w > weights[last]! || (w === weights[last]! && story > top[last]!))) continue;
      let k = top.length === limit ? last : top.length;
      while (k > 0 && (w > weights[k - 1]! || (w === weights[k - 1]! && story > top[k - 1]!))) {
        top[k] = top[k - 1]!;
        weights[k] = weights[k - 1]!;
        k--;
      }
      top[k] = story;
      weights[k] = w;
    }
    return top;
  }

  /** The summed weights of one look-up, kept for the next. */
  private readonly hits = new Hits();

  /** Number of terms with a posting list. */
  get terms(): number {
    return this.postings.size;
  }
}

/**
 * Summed weights by story (a number), in typed arrays kept between look-ups: a look-up adds up to
 * `cap` stories for each of its query terms, and a Map made and filled for each was a tenth of the
 * time spent finding candidates. Sums add in the order given, as `(map.get(s) ?? 0) + w` would.
 */
class Hits {
  /** The stories met, and their sums, in the order first met. */
  stories = new Float64Array(256);
  sums = new Float64Array(256);
  count = 0;
  /** Open-addressed hash of entry indices plus one by story (linear probing), and the slot each entry took. */
  private slots = new Int32Array(512);
  private slotOf = new Int32Array(256);

  /** Empties the table and makes room for `most` stories (the most a look-up can meet: its terms times the posting cap). */
  reset(most: number): void {
    const slots = this.slots;
    for (let e = 0; e < this.count; e++) slots[this.slotOf[e]!] = 0;
    this.count = 0;
    if (most > this.stories.length) this.grow(most);
  }

  add(story: number, weight: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = slotFor(story, mask);
    for (; slots[h] !== 0; h = (h + 1) & mask) {
      const e = slots[h]! - 1;
      if (this.stories[e] === story) {
        this.sums[e] = this.sums[e]! + weight;
        return;
      }
    }
    if (this.count === this.stories.length) {
      this.grow(2 * this.count);
      this.add(story, weight);
      return;
    }
    const e = this.count++;
    this.stories[e] = story;
    this.sums[e] = 0 + weight;
    this.slotOf[e] = h;
    slots[h] = e + 1;
  }

  /** Room for `most` entries, the entries held kept (the hash at most half full). */
  private grow(most: number): void {
    let size = this.stories.length;
    while (size < most) size *= 2;
    const [stories, sums] = [this.stories, this.sums];
    this.stories = new Float64Array(size);
    this.sums = new Float64Array(size);
    this.stories.set(stories.subarray(0, this.count));
    this.sums.set(sums.subarray(0, this.count));
    this.slotOf = new Int32Array(size);
    this.slots = new Int32Array(2 * size);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let h = slotFor(this.stories[e]!, mask);
      while (this.slots[h] !== 0) h = (h + 1) & mask;
      this.slots[h] = e + 1;
      this.slotOf[e] = h;
    }
  }
}

function slotFor(story: number, mask: number): number {
  return Math.imul(story, 0x9e3779b1) & mask;
}
