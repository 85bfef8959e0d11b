import { createHash } from 'node:crypto';
import type { Article } from '../domain/article.ts';
import type { Story } from '../domain/story.ts';
import { articleTerms } from './article-terms.ts';
import { articleVector } from './article-vector.ts';
import { CandidateIndex } from './candidate-index.ts';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './options.ts';
import { similarity, specificsOf, storyScorable, type Scorable } from './similarity.ts';
import { addInto, heaviest, norm, pruneTo, type SparseVector } from './sparse-vector.ts';
import { toStory, type StoryState } from './story-state.ts';
import { Vocabulary } from './vocabulary.ts';

const DAY_MS = 86_400_000;
/** Below this many articles, document frequencies are too noisy to call a term common. */
const DF_PRUNE_AFTER = 500;
/** Posting-list entries one story may hold before it is re-indexed under its centroid terms. */
const INDEXED_PER_STORY = 256;

/** Counters that show what the last `add` cost. */
export interface ClustererStats {
  liveStories: number;
  indexedTerms: number;
  /** Stories scored in full for the last article. */
  lastCandidates: number;
}

/**
 * Online, event-level story clustering: each added article joins the most similar live story
 * (found through an inverted index, never a scan) or starts a new one; a story that grows close
 * to another merges into the older one. Same input order, same result.
 */
export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly vocabulary = new Vocabulary();
  private readonly index: CandidateIndex;
  private readonly bySeq = new Map<number, StoryState>();
  private readonly byId = new Map<string, StoryState>();
  private readonly articleStory = new Map<string, StoryState>();
  private nextSeq = 0;
  private changes = 0;
  private latestTime = -Infinity;
  private lastSweep = -Infinity;
  private lastCandidates = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.index = new CandidateIndex(this.options.postingCap);
  }

  /** Places an article in a story and returns the story id (the same id again for an article already added). */
  add(article: Article): string {
    const known = this.articleStory.get(article.id);
    if (known) return known.id;
    const terms = articleTerms({ article, vocabulary: this.vocabulary, options: this.options });
    this.vocabulary.addDocument(terms.counts.keys());
    const vector = articleVector({ terms, vocabulary: this.vocabulary, options: this.options });
    const time = articleTime(article);
    const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
    const dated = Number.isFinite(published) ? { min: published, max: published } : null;
    this.latestTime = Math.max(this.latestTime, time);
    this.expire();
    const query = this.queryTerms(vector);
    const detailed = article.body.trim().length > 0;
    const self: Scorable = { vector, vectorNorm: 1, specifics: specificsOf(vector, this.options.specificTerms), dated, detailed };
    const best = this.bestMatch(self, this.index.lookup(query, this.options.maxCandidates), this.joinThreshold(terms.counts.size));
    const story = best ?? this.createStory(article, time);
    this.join(story, { article, vector, time, dated });
    for (const [term] of query) this.indexUnder(story, term);
    if (story.indexed.size > INDEXED_PER_STORY) this.reindex(story);
    return best && mergeCheckDue(story.articleIds.length) ? this.mergeNeighbours(story).id : story.id;
  }

  /** The story an article is in (after merges), or undefined when unknown or expired. */
  storyOf(articleId: string): string | undefined {
    return this.articleStory.get(articleId)?.id;
  }

  /** A live story by id. */
  story(id: string): Story | undefined {
    const s = this.byId.get(id);
    return s ? toStory(s) : undefined;
  }

  /** Live stories, most recently updated first. */
  stories(): Story[] {
    return [...this.byId.values()].sort((a, b) => b.touched - a.touched).map(toStory);
  }

  /** What the clusterer holds and what the last add cost. */
  stats(): ClustererStats {
    return { liveStories: this.byId.size, indexedTerms: this.index.terms, lastCandidates: this.lastCandidates };
  }

  private queryTerms(vector: SparseVector): [string, number][] {
    if (this.vocabulary.documents < DF_PRUNE_AFTER) return heaviest(vector, this.options.queryTerms);
    return heaviest(vector, this.options.queryTerms, (t) => this.vocabulary.dfShare(t) <= this.options.maxDfShare);
  }

  private bestMatch(self: Scorable, seqs: number[], threshold: number, skip?: StoryState): StoryState | null {
    const mutual = skip !== undefined;
    let best: StoryState | null = null;
    let bestScore = threshold;
    this.lastCandidates = 0;
    for (const seq of seqs) {
      const s = this.bySeq.get(seq);
      if (!s || s === skip) continue;
      this.lastCandidates++;
      const score = similarity(self, storyScorable(s), this.options, mutual);
      if (score > bestScore || (score === bestScore && best && s.seq < best.seq)) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  /** Headlines share fewer words with a story than full texts do, so short items need less similarity to join. */
  private joinThreshold(termCount: number): number {
    const { joinThreshold, shortTextTerms, shortTextFloor } = this.options;
    return joinThreshold * Math.min(1, Math.max(shortTextFloor, termCount / shortTextTerms));
  }

  private createStory(article: Article, time: number): StoryState {
    const iso = new Date(time).toISOString();
    const s: StoryState = {
      id: `s-${createHash('sha1').update(article.id).digest('hex').slice(0, 12)}`, seq: this.nextSeq++, articleIds: [],
      centroid: new Map(), centroidNorm: 0, specifics: [], firstTime: time, lastTime: time, dated: null, firstSeen: iso, lastUpdated: iso,
      touched: 0, indexed: new Set(),
    };
    this.bySeq.set(s.seq, s);
    this.byId.set(s.id, s);
    return s;
  }

  private join(s: StoryState, a: { article: Article; vector: SparseVector; time: number; dated: StoryState['dated'] }): void {
    s.articleIds.push(a.article.id);
    this.articleStory.set(a.article.id, s);
    addInto(s.centroid, a.vector);
    this.refresh(s);
    this.widen(s, a.time, a.dated);
    s.lastUpdated = maxIso(s.lastUpdated, a.article.fetchedAt);
  }

  private refresh(s: StoryState): void {
    pruneTo(s.centroid, this.options.centroidTerms);
    s.centroidNorm = norm(s.centroid);
    s.specifics = specificsOf(s.centroid, this.options.specificTerms);
  }

  private widen(s: StoryState, time: number, dated: StoryState['dated']): void {
    s.firstTime = Math.min(s.firstTime, time);
    s.lastTime = Math.max(s.lastTime, time);
    s.firstSeen = new Date(s.firstTime).toISOString();
    if (dated) s.dated = s.dated ? { min: Math.min(s.dated.min, dated.min), max: Math.max(s.dated.max, dated.max) } : dated;
    s.touched = ++this.changes;
  }

  /** Keeps a long-running story on the posting lists of its centroid terms only, so its index entries stay bounded. */
  private reindex(s: StoryState): void {
    for (const term of s.indexed) {
      if (s.centroid.has(term)) continue;
      this.index.remove(term, s.seq);
      s.indexed.delete(term);
    }
  }

  private indexUnder(s: StoryState, term: string): void {
    this.index.add(term, s.seq);
    s.indexed.add(term);
  }

  /** Merges the story into (or absorbs) the closest other story when they have become one event. */
  private mergeNeighbours(s: StoryState): StoryState {
    const self = storyScorable(s);
    const query = this.queryTerms(s.centroid);
    const other = this.bestMatch(self, this.index.lookup(query, this.options.maxCandidates), this.options.mergeThreshold, s);
    if (!other) return s;
    const [keep, drop] = other.seq < s.seq ? [other, s] : [s, other];
    for (const id of drop.articleIds) {
      keep.articleIds.push(id);
      this.articleStory.set(id, keep);
    }
    addInto(keep.centroid, drop.centroid);
    this.refresh(keep);
    this.widen(keep, drop.firstTime, drop.dated);
    this.widen(keep, drop.lastTime, null);
    keep.lastUpdated = maxIso(keep.lastUpdated, drop.lastUpdated);
    for (const term of drop.indexed) this.indexUnder(keep, term);
    this.forget(drop);
    return keep;
  }

  private expire(): void {
    if (this.latestTime - this.lastSweep < DAY_MS / 24) return;
    this.lastSweep = this.latestTime;
    const cutoff = this.latestTime - this.options.expiryDays * DAY_MS;
    for (const s of [...this.bySeq.values()]) {
      if (s.lastTime >= cutoff) continue;
      for (const id of s.articleIds) this.articleStory.delete(id);
      this.forget(s);
    }
  }

  private forget(s: StoryState): void {
    for (const term of s.indexed) this.index.remove(term, s.seq);
    this.bySeq.delete(s.seq);
    this.byId.delete(s.id);
  }
}

/** Merge checks after each of a story's first 8 articles, then at every 8th: a big centroid moves slowly. */
function mergeCheckDue(size: number): boolean {
  return size <= 8 || size % 8 === 0;
}

function articleTime(article: Article): number {
  const t = Date.parse(article.publishedAt ?? article.fetchedAt);
  return Number.isFinite(t) ? t : Date.parse(article.fetchedAt) || 0;
}

function maxIso(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
