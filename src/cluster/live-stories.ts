import { CandidateIndex } from './candidate-index.ts';
import type { StoryState } from './story-state.ts';

/** Posting-list entries one story may hold before it is re-indexed under its centroid terms. */
const INDEXED_PER_STORY = 256;

/**
 * The live stories and the inverted index over them: which story each article is in, which
 * stories each term points to, and the clean-up when a story merges away or expires.
 */
export class LiveStories {
  readonly index: CandidateIndex;
  private readonly bySeq = new Map<number, StoryState>();
  private readonly byIdMap = new Map<string, StoryState>();
  private readonly articleStory = new Map<string, StoryState>();

  constructor(postingCap: number) {
    this.index = new CandidateIndex(postingCap);
  }

  /** Number of live stories. */
  get size(): number {
    return this.byIdMap.size;
  }

  /** Number of articles in live stories. */
  get articleCount(): number {
    return this.articleStory.size;
  }

  /** Live stories in creation order. */
  all(): IterableIterator<StoryState> {
    return this.bySeq.values();
  }

  /** A live story by creation number. */
  bySequence(seq: number): StoryState | undefined {
    return this.bySeq.get(seq);
  }

  /** A live story by id. */
  byId(id: string): StoryState | undefined {
    return this.byIdMap.get(id);
  }

  /** The live story an article is in. */
  ofArticle(articleId: string): StoryState | undefined {
    return this.articleStory.get(articleId);
  }

  /** Starts tracking a new story. */
  open(s: StoryState): void {
    this.bySeq.set(s.seq, s);
    this.byIdMap.set(s.id, s);
  }

  /** Records that these articles are now in the story. */
  assign(s: StoryState, articleIds: string[]): void {
    for (const id of articleIds) this.articleStory.set(id, s);
  }

  /** Puts the story on the posting lists of the terms; past a bound, keeps only its centroid terms there. */
  indexUnder(s: StoryState, terms: Iterable<string>): void {
    for (const term of terms) {
      this.index.add(term, s.seq);
      s.indexed.add(term);
    }
    if (s.indexed.size <= INDEXED_PER_STORY) return;
    for (const term of s.indexed) {
      if (s.centroid.has(term)) continue;
      this.index.remove(term, s.seq);
      s.indexed.delete(term);
    }
  }

  /** Drops a story that merged into another (its articles are re-assigned by the caller). */
  forget(s: StoryState): void {
    for (const term of s.indexed) this.index.remove(term, s.seq);
    this.bySeq.delete(s.seq);
    this.byIdMap.delete(s.id);
  }

  /** Drops stories whose latest member is older than `cutoff` (ms), with their article mappings. */
  expireBefore(cutoff: number): void {
    for (const s of [...this.bySeq.values()]) {
      if (s.lastTime >= cutoff) continue;
      for (const id of s.articleIds) this.articleStory.delete(id);
      this.forget(s);
    }
  }
}
