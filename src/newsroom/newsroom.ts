import type { Article } from '../domain/article.ts';
import type { Breakdown } from '../domain/breakdown.ts';
import type { Clock } from '../domain/clock.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story } from '../domain/story.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { ARTICLE_RETENTION_MS } from '../store/retention.ts';
import { StoryClusterer } from '../cluster/story-clusterer.ts';
import { searchStories } from '../cluster/story-search.ts';
import { buildBreakdown } from '../compare/build-breakdown.ts';
import type { StoryLine } from '../domain/story.ts';
import { byCoverage, storyLine } from './story-line.ts';

/** Fills in article bodies from their pages (within a time budget); returns the articles, improved where it could. */
export type PageEnricher = (articles: Article[], progress: (done: number, total: number) => Promise<void>) => Promise<Article[]>;
/** Fetches articles on a topic from news searches, for a topic no current story covers; throws NewsSearchFailed when every search failed. */
export type LiveSearch = (topic: string, progress: (text: string) => Promise<void>) => Promise<Article[]>;

export interface NewsroomDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  outletOf: (article: Article) => Outlet;
  enrich?: PageEnricher;
  liveSearch?: LiveSearch;
  /** Articles older than this (by published or fetched time) are not clustered on start. */
  windowDays?: number;
}

/** New articles between two sweeps of expired ones. */
const SWEEP_EVERY = 2000;

/** Search score below which a current story does not count as covering a topic. */
const MIN_TOPIC_SCORE = 0.15;

/**
 * The core's view of the news: clusters incoming articles into stories, keeps story snapshots in the
 * store, and builds breakdowns. Platform-neutral; adapters reach it through command services.
 */
export class Newsroom {
  private clusterer = new StoryClusterer();
  private readonly articles = new Map<string, Article>();
  /** Article count after the last sweep of expired articles. */
  private sweptAt = 0;
  private readonly persisted = new Set<string>();
  /** A fingerprint of each story as last saved, so a restart rewrites only what changed. */
  private readonly saved = new Map<string, string>();

  constructor(private readonly deps: NewsroomDeps) {}

  /** Rebuilds the stories from the stored articles of the recent window, in arrival order. */
  async load(): Promise<number> {
    const since = this.deps.clock.now() - (this.deps.windowDays ?? 3) * 86_400_000;
    const recent: Article[] = [];
    for await (const [, article] of this.deps.store.collection<Article>('articles').entries()) {
      if (timeOf(article) >= since) recent.push(article);
    }
    recent.sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt) || a.id.localeCompare(b.id));
    this.clusterer = new StoryClusterer();
    this.articles.clear();
    for await (const [id, story] of this.deps.store.collection<Story>('stories').entries()) {
      this.persisted.add(id);
      this.saved.set(id, story.lastUpdated + story.articleIds.length);
    }
    await this.add(recent);
    this.deps.log.info({ articles: recent.length, stories: this.clusterer.stories().length }, 'stories rebuilt from the store');
    return recent.length;
  }

  /** Clusters new articles (already stored), saves the stories they changed (splits and moves included), and returns those stories' ids. */
  async add(articles: Article[]): Promise<string[]> {
    const touched = new Set<string>();
    for (const article of articles) {
      if (this.articles.has(article.id)) continue;
      this.articles.set(article.id, article);
      this.clusterer.add(article);
    }
    for (const id of this.clusterer.takeChanged()) touched.add(id);
    await this.persist(touched);
    this.forgetExpired();
    return [...touched].filter((id) => this.clusterer.story(id) !== undefined);
  }

  /** Articles held in memory (those of current stories, plus at most a sweep's worth of expired ones). */
  get articleCount(): number {
    return this.articles.size;
  }

  /** A current story, or undefined when it expired or merged into another. */
  story(storyId: string): Story | undefined {
    return this.clusterer.story(storyId);
  }

  /** The articles of a current story as ingested (no page fetching). */
  articlesOf(storyId: string): Article[] {
    const story = this.clusterer.story(storyId);
    return story ? this.members(story) : [];
  }

  /** Current stories, most widely covered first. */
  storyLines(limit: number): StoryLine[] {
    return this.clusterer
      .stories()
      .map((story) => storyLine(story, this.members(story), this.deps.outletOf))
      .sort(byCoverage)
      .slice(0, limit);
  }

  /** The breakdown of one story, with bodies fetched from pages where the feed gave only a headline. */
  async breakdown(storyId: string, progress: (text: string) => Promise<void> = async () => {}): Promise<Breakdown | null> {
    const story = this.clusterer.story(storyId);
    if (!story) return null;
    let members = this.members(story);
    if (this.deps.enrich) {
      members = await this.deps.enrich(members, (done, total) => progress(`Reading ${total} outlets… ${done}/${total}`));
      const stored = this.deps.store.collection<Article>('articles');
      for (const article of members) {
        if (this.articles.get(article.id) === article) continue;
        this.articles.set(article.id, article);
        await stored.set(article.id, article, ARTICLE_RETENTION_MS);
      }
    }
    return buildBreakdown({ story, articles: members, outletOf: this.deps.outletOf });
  }

  /**
   * The breakdown of the story best matching a topic: a current one, else one assembled from a live search.
   * Null when nothing reports on the topic; rejects with NewsSearchFailed (from the live search) when no current
   * story matches and every news search failed, since then nothing could be asked.
   */
  async compare(topic: string, progress: (text: string) => Promise<void>): Promise<Breakdown | null> {
    const current = this.bestStory(topic);
    if (current) return this.breakdown(current, progress);
    if (!this.deps.liveSearch) return null;
    const found = await this.deps.liveSearch(topic, progress);
    const fresh = await this.storeNew(found);
    await this.add(fresh);
    const live = this.bestStory(topic);
    return live ? this.breakdown(live, progress) : null;
  }

  private bestStory(topic: string): string | null {
    const [best] = searchStories({ clusterer: this.clusterer, articles: (id) => this.articles.get(id), query: topic, now: this.deps.clock.now(), limit: 1 });
    return best && best.score >= MIN_TOPIC_SCORE ? best.storyId : null;
  }

  private async storeNew(articles: Article[]): Promise<Article[]> {
    const collection = this.deps.store.collection<Article>('articles');
    const known = await collection.getMany(articles.map((a) => a.id));
    const fresh = articles.filter((_, i) => known[i] === undefined);
    for (const article of fresh) await collection.set(article.id, article, ARTICLE_RETENTION_MS);
    return fresh;
  }

  /** Drops articles whose stories expired, so a long-running process holds only the current window. */
  private forgetExpired(): void {
    if (this.articles.size < this.sweptAt + SWEEP_EVERY) return;
    for (const id of this.articles.keys()) if (this.clusterer.storyOf(id) === undefined) this.articles.delete(id);
    this.sweptAt = this.articles.size;
  }

  private members(story: Story): Article[] {
    return story.articleIds.map((id) => this.articles.get(id)).filter((a): a is Article => a !== undefined);
  }

  private async persist(touched: Set<string>): Promise<void> {
    const stories = this.deps.store.collection<Story>('stories');
    const current = new Set(this.clusterer.stories().map((s) => s.id));
    for (const id of this.persisted) {
      if (!current.has(id)) {
        await stories.delete(id);
        this.persisted.delete(id);
        this.saved.delete(id);
      }
    }
    for (const id of touched) {
      const story = this.clusterer.story(id);
      if (!story || this.saved.get(id) === story.lastUpdated + story.articleIds.length) continue;
      await stories.set(story.id, story);
      this.saved.set(id, story.lastUpdated + story.articleIds.length);
      this.persisted.add(story.id);
    }
  }
}

function timeOf(article: Article): number {
  return Date.parse(article.publishedAt ?? article.fetchedAt) || Date.parse(article.fetchedAt) || 0;
}
