import type { Article } from '../domain/article.ts';
import type { Breakdown } from '../domain/breakdown.ts';
import type { Clock } from '../domain/clock.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story } from '../domain/story.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { ARTICLE_RETENTION_MS } from '../store/retention.ts';
import { StoryClusterer } from '../cluster/story-clusterer.ts';
import type { ClusterOptions } from '../cluster/options.ts';
import { searchStories } from '../cluster/story-search.ts';
import { isAbout } from '../subscriptions/about-topic.ts';
import { phrase, type Phrase } from '../subscriptions/text-match.ts';
import { buildBreakdown } from '../compare/build-breakdown.ts';
import type { StoryLine } from '../domain/story.ts';
import { storyLine, topStoryLines } from './story-line.ts';
import { canonicalUrl } from '../parse/canonical-url.ts';
import { StoryMerges, type StoryMerge } from './story-merges.ts';
import { inPlacementOrder } from '../cluster/placement-order.ts';
import { STORY_WINDOW_DAYS } from '../domain/story.ts';
import { OnlyOldNews } from './only-old-news.ts';

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
  /** Stories whose latest article is older than this (by published or fetched time) are not restored on start, nor kept after a batch is placed. */
  windowDays?: number;
  /** Clustering options other than the defaults (tests). */
  clusterOptions?: Partial<ClusterOptions>;
  /** Told of the stories this process saved (new or changed) and deleted, so other processes can refresh (see refresh). */
  onPersisted?: (changes: StoryChanges) => void;
}

/** Stories saved (new or changed) and deleted by one process, as another process is told of them. */
export interface StoryChanges {
  changed: string[];
  gone: string[];
}

/** New articles between two sweeps of expired ones. */
const SWEEP_EVERY = 2000;
/** Where the clusterer's own state is saved beside the stories: the articles still owed a second look, oldest first. */
const CLUSTERER = 'clusterer';
const SECOND_LOOKS = 'second-looks';

/** Articles placed between two turns of the event loop. */
const YIELD_EVERY = 100;

/** Search score below which a current story does not count as covering a topic. */
const MIN_TOPIC_SCORE = 0.15;
/** Most other stories a `/compare` answer names as also matching its topic. */
const ALSO_MATCHING = 3;
/** The share of the best story's search score another must reach to be named as also matching. */
const ALSO_SHARE = 0.5;

/**
 * The core's view of the news: clusters incoming articles into stories, keeps story snapshots in the
 * store, and builds breakdowns. Platform-neutral; adapters reach it through command services.
 */
export class Newsroom {
  private clusterer: StoryClusterer;
  private readonly merges: StoryMerges;
  /** The batch being placed (see add). */
  private adding: Promise<unknown> = Promise.resolve();
  private readonly articles = new Map<string, Article>();
  /** Article count after the last sweep of expired articles. */
  private sweptAt = 0;
  private readonly persisted = new Set<string>();
  /** A fingerprint of each story as last saved, so a restart rewrites only what changed. */
  private readonly saved = new Map<string, string>();

  constructor(private readonly deps: NewsroomDeps) {
    this.merges = new StoryMerges(deps.store);
    this.clusterer = this.newClusterer();
  }

  /** A clusterer that never names a new story with an id that merged away and still resolves to its survivor. */
  private newClusterer(): StoryClusterer {
    return new StoryClusterer(this.deps.clusterOptions, undefined, (id) => this.merges.has(id));
  }

  /**
   * Puts back the stories saved in the store, each with its id and its members (see
   * StoryClusterer.restore), and clusters only the stored articles of the recent window that are in
   * no saved story (a run stopped between storing and placing them). A saved story none of whose
   * members is from the window has expired and is deleted. Returns the number of articles held.
   */
  load(): Promise<number> {
    return this.queue(() => this.loadNow(true));
  }

  /**
   * Takes in what another process saved: re-reads the changed stories and their new members from the store,
   * drops the deleted ones, and rebuilds the in-memory stories from them (StoryClusterer.restore, the same way
   * a start restores them; nothing is saved). `changes` null re-reads every saved story (after missed
   * messages). Queued behind any batch being placed. Returns the number of stories held.
   */
  refresh(changes: StoryChanges | null): Promise<number> {
    return this.queue(async () => {
      if (changes === null) {
        await this.loadNow(false);
        return this.clusterer.stories().length;
      }
      await this.applyChanges(changes);
      return this.clusterer.stories().length;
    });
  }

  private queue<T>(work: () => Promise<T>): Promise<T> {
    const done = this.adding.then(work);
    this.adding = done.catch(() => undefined);
    return done;
  }

  private async applyChanges({ changed, gone }: StoryChanges): Promise<void> {
    const next = new Map(this.clusterer.stories().map((story) => [story.id, story]));
    for (const id of gone) next.delete(id);
    const fetched = changed.length ? await this.deps.store.collection<Story>('stories').getMany(changed) : [];
    changed.forEach((id, i) => {
      const story = fetched[i];
      if (story) next.set(id, story);
      else next.delete(id);
    });
    const missing = [...new Set([...next.values()].flatMap((story) => story.articleIds))].filter((id) => !this.articles.has(id));
    const loaded = missing.length ? await this.deps.store.collection<Article>('articles').getMany(missing) : [];
    for (const article of loaded) if (article) this.articles.set(article.id, article);
    await this.merges.load();
    this.clusterer = this.newClusterer();
    this.clusterer.restore(
      [...next.values()].map((story) => ({ id: story.id, lastUpdated: story.lastUpdated, articles: this.members(story) })),
    );
    this.persisted.clear();
    this.saved.clear();
    for (const story of next.values()) {
      this.persisted.add(story.id);
      this.saved.set(story.id, fingerprint(story));
    }
    for (const id of this.articles.keys()) if (this.clusterer.storyOf(id) === undefined) this.articles.delete(id);
  }

  /** Days a story stays current without a new report (STORY_WINDOW_DAYS unless set). */
  private get windowDays(): number {
    return this.deps.windowDays ?? STORY_WINDOW_DAYS;
  }

  /** The time before which a report is out of the story window, by the clock. */
  private windowStart(): number {
    return this.deps.clock.now() - this.windowDays * 86_400_000;
  }

  private async loadNow(placeUnplaced: boolean): Promise<number> {
    const since = this.windowStart();
    const saved: Story[] = [];
    const memberIds = new Set<string>();
    this.persisted.clear();
    this.saved.clear();
    for await (const [id, story] of this.deps.store.collection<Story>('stories').entries()) {
      this.persisted.add(id);
      this.saved.set(id, fingerprint(story));
      saved.push(story);
      for (const articleId of story.articleIds) memberIds.add(articleId);
    }
    await this.merges.load();
    const stored = new Map<string, Article>();
    for await (const [id, article] of this.deps.store.collection<Article>('articles').entries()) {
      if (memberIds.has(id) || timeOf(article) >= since) stored.set(id, article);
    }
    const pending = (await this.deps.store.collection<string[]>(CLUSTERER).get(SECOND_LOOKS)) ?? [];
    this.clusterer = this.newClusterer();
    this.articles.clear();
    const current = saved
      .map((story) => ({
        id: story.id,
        lastUpdated: story.lastUpdated,
        articles: story.articleIds.map((id) => stored.get(id)).filter((a): a is Article => a !== undefined),
      }))
      .filter((story) => story.articles.some((a) => timeOf(a) >= since));
    this.clusterer.restore(current, pending);
    for (const story of current)
      for (const article of story.articles) if (this.clusterer.storyOf(article.id) !== undefined) this.articles.set(article.id, article);
    // A process that does not ingest leaves unplaced articles to the one that does (placing them here would save stories).
    const unplaced = placeUnplaced ? [...stored.values()].filter((a) => timeOf(a) >= since && !this.articles.has(a.id)) : [];
    await this.place(unplaced);
    this.deps.log.info(
      { stories: this.clusterer.stories().length, restored: current.length, placed: unplaced.length },
      'stories restored from the store',
    );
    return this.articles.size;
  }

  /**
   * Clusters new articles (already stored), saves the stories they changed (splits and moves
   * included) and the merges, and returns the changed stories' ids. An article already placed is
   * skipped. The batch is placed in one order whatever order it came in (see inPlacementOrder), so
   * the same articles make the same stories however their feeds were fetched.
   */
  add(articles: Article[]): Promise<string[]> {
    return this.queue(() => this.place(articles));
  }

  /**
   * What add does, one batch at a time. A run's batch can hold thousands of articles (a first run over
   * every feed), so the loop lets other work (a chat command, a heartbeat) run between every
   * YIELD_EVERY placements; add() queues batches so that no other batch is placed in those gaps.
   */
  private async place(articles: Article[]): Promise<string[]> {
    const fresh = new Map<string, Article>();
    for (const article of articles) if (!this.articles.has(article.id)) fresh.set(article.id, article);
    let placed = 0;
    for (const article of [...fresh.values()].sort(inPlacementOrder)) {
      this.articles.set(article.id, article);
      this.clusterer.add(article);
      if (++placed % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    // A story with no report inside the story window by the clock is not current: a start does not restore it
    // (loadNow). Made of a feed's backlog (a source added today lists its last weeks), it would be saved and posted to
    // live subscriptions as news until the clusterer's own sweep, by article time, dropped it. An old report that
    // joined a story with current reports stays in it.
    this.clusterer.closeBefore(this.windowStart());
    const old = [...fresh.keys()].filter((id) => this.clusterer.storyOf(id) === undefined).length;
    if (old > 0)
      this.deps.log.info(
        { reports: old, windowDays: this.windowDays },
        'reports in no current story: all of their story is older than the story window',
      );
    const touched = new Set(this.clusterer.takeChanged());
    const at = new Date(this.deps.clock.now()).toISOString();
    for (const { from, into } of this.clusterer.takeMerged()) await this.merges.record(from, into, at);
    await this.persist(touched);
    // Saved after the stories they are in, so a restart finds each of them placed (StoryClusterer.restore).
    if (placed > 0)
      await this.deps.store.collection<string[]>(CLUSTERER).set(SECOND_LOOKS, this.clusterer.pendingSecondLooks(), ARTICLE_RETENTION_MS);
    this.forgetExpired();
    return [...touched].filter((id) => this.clusterer.story(id) !== undefined);
  }

  /**
   * The id of the story a story id stands for now: itself while it is a current story, else the
   * story it merged into (through any chain of merges), so an id already posted or behind a
   * button keeps opening its story. An unknown or expired id comes back as it is.
   */
  resolve(storyId: string): string {
    return this.merges.resolve(storyId, (id) => this.clusterer.story(id) !== undefined);
  }

  /** Current stories held in memory. */
  get storyCount(): number {
    return this.clusterer.stories().length;
  }

  /** Articles held in memory (those of current stories, plus at most a sweep's worth of expired ones). */
  get articleCount(): number {
    return this.articles.size;
  }

  /** A current story (the one it merged into, for a merged-away id), or undefined when it expired. */
  story(storyId: string): Story | undefined {
    return this.clusterer.story(this.resolve(storyId));
  }

  /** The articles of a current story as ingested (no page fetching); a merged-away id gives its survivor's. */
  articlesOf(storyId: string): Article[] {
    const story = this.story(storyId);
    return story ? this.members(story) : [];
  }

  /** Current stories, most widely covered first. */
  storyLines(limit: number): StoryLine[] {
    return topStoryLines(
      this.clusterer.stories().map((story) => ({ story, members: this.members(story) })),
      this.deps.outletOf,
      limit,
    );
  }

  /**
   * The breakdown of one story (a merged-away id gives its survivor's), with bodies fetched from pages
   * where the feed gave only a headline. A story this process does not hold, because another process
   * saved it (or the merge that ended it) after this one loaded, is read from the store.
   */
  async breakdown(storyId: string, progress: (text: string) => Promise<void> = async () => {}): Promise<Breakdown | null> {
    const held = this.story(storyId);
    const found = held ? { story: held, members: this.members(held) } : await this.savedStory(storyId);
    if (!found) return null;
    const { story } = found;
    let members = found.members;
    if (this.deps.enrich) {
      const before = new Set(members);
      members = await this.deps.enrich(members, (done, total) =>
        progress(`Reading ${total} page${total === 1 ? '' : 's'} of reports… ${done}/${total}`),
      );
      const stored = this.deps.store.collection<Article>('articles');
      for (const article of members) {
        if (before.has(article)) continue;
        if (this.clusterer.storyOf(article.id) !== undefined) this.articles.set(article.id, article);
        await stored.set(article.id, article, ARTICLE_RETENTION_MS);
      }
    }
    return buildBreakdown({ story, articles: members, outletOf: this.deps.outletOf });
  }

  /** A story as saved in the store, following saved merge records, with its stored members; null when none is saved. */
  private async savedStory(storyId: string): Promise<{ story: Story; members: Article[] } | null> {
    const stories = this.deps.store.collection<Story>('stories');
    const merges = this.deps.store.collection<StoryMerge>('story-merges');
    const seen = new Set<string>();
    for (let id: string | undefined = storyId; id !== undefined && !seen.has(id); id = (await merges.get(id))?.into) {
      seen.add(id);
      const story = await stories.get(id);
      if (story) {
        const members = (await this.deps.store.collection<Article>('articles').getMany(story.articleIds)).filter(
          (a): a is Article => a !== undefined,
        );
        return { story, members };
      }
    }
    return null;
  }

  /**
   * The breakdown of the story best matching a topic: a current one, else one assembled from a live search.
   * Null when nothing reports on the topic; rejects with NewsSearchFailed (from the live search) when no current
   * story matches and every news search failed, since then nothing could be asked, and with OnlyOldNews when the
   * search found reports but all are older than the story window (none is clustered).
   */
  async compare(topic: string, progress: (text: string) => Promise<void>): Promise<Breakdown | null> {
    // A report's address opens its story; a news search for an address finds nothing.
    if (/^https?:\/\/\S+$/iu.test(topic.trim())) {
      const holder = this.storyOfAddress(topic);
      return holder ? this.breakdown(holder, progress) : null;
    }
    const current = this.matchingStories(topic);
    if (current.length > 0) return this.withOthers(await this.breakdown(current[0]!, progress), this.about(topic, current.slice(1)));
    if (!this.deps.liveSearch) return null;
    const found = await this.deps.liveSearch(topic, progress);
    const fresh = await this.storeNew(found);
    await this.add(fresh);
    const live = this.matchingStories(topic);
    if (live.length > 0) return this.withOthers(await this.breakdown(live[0]!, progress), this.about(topic, live.slice(1)));
    const newest = Math.max(...found.map(timeOf));
    if (found.length > 0 && newest < this.windowStart())
      throw new OnlyOldNews(found.length, new Date(newest).toISOString(), this.windowDays);
    return null;
  }

  /**
   * The stories about a topic (src/subscriptions/about-topic.ts), as a subscription takes them: `/compare election`
   * had listed under "Also matching your topic" a species rule, a surgeon general's nomination and a Watergate aide's
   * death, each of which says "election" in passing.
   */
  private about(topic: string, storyIds: string[]): string[] {
    const topics = [phrase(topic)].filter((p): p is Phrase => p !== null);
    return storyIds.filter((id) => {
      const story = this.clusterer.story(id);
      return story !== undefined && isAbout(topics, this.members(story));
    });
  }

  /** A breakdown with the other stories its topic found, at most ALSO_MATCHING, each under its list headline. */
  private withOthers(breakdown: Breakdown | null, others: string[]): Breakdown | null {
    if (breakdown === null || others.length === 0) return breakdown;
    const alsoMatching = others.slice(0, ALSO_MATCHING).flatMap((id) => {
      const story = this.clusterer.story(id);
      return story ? [{ id, headline: storyLine(story, this.members(story), this.deps.outletOf).headline }] : [];
    });
    return alsoMatching.length > 0 ? { ...breakdown, alsoMatching } : breakdown;
  }

  /** The current story holding the report at an address (scheme, "www.", a trailing slash and a #fragment aside), or null. */
  private storyOfAddress(address: string): string | null {
    const key = addressKey(address);
    for (const article of this.articles.values()) {
      if (article.url === null || addressKey(article.url) !== key) continue;
      const story = this.clusterer.storyOf(article.id);
      if (story !== undefined) return story;
    }
    return null;
  }

  /**
   * The current stories that cover a topic, best first: those whose reports give every word of it (in a title, a
   * body, a name or a place). One word of two found in a body ("price" of "bitcoin price") is no cover: the topic goes
   * to the news search instead.
   */
  private matchingStories(topic: string): string[] {
    const hits = searchStories({
      clusterer: this.clusterer,
      articles: (id) => this.articles.get(id),
      query: topic,
      now: this.deps.clock.now(),
      limit: 10,
    }).filter((hit) => hit.complete && hit.score >= MIN_TOPIC_SCORE);
    // Another story is named as also matching only when it matches nearly as well: "qeshm" had listed the Internet
    // Explorer patch, whose one report gave a name that sounds alike, beside the two Qeshm quake stories.
    const best = hits[0]?.score ?? 0;
    return hits.filter((hit) => hit.score >= best * ALSO_SHARE).map((hit) => hit.storyId);
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

  /**
   * Saves the touched stories and deletes the saved ones that merged away or expired; merge records
   * leading to an expired story go with it, and a record whose id names a current story again
   * (a split can name a new story as an old one was named) is dropped.
   */
  private async persist(touched: Set<string>): Promise<void> {
    const stories = this.deps.store.collection<Story>('stories');
    const current = new Set(this.clusterer.stories().map((s) => s.id));
    const gone = new Set<string>();
    for (const id of this.persisted) {
      if (!current.has(id)) {
        await stories.delete(id);
        this.persisted.delete(id);
        this.saved.delete(id);
        gone.add(id);
      }
    }
    await this.merges.dropLeadingTo(gone, (id) => current.has(id));
    const changed: string[] = [];
    for (const id of touched) {
      const story = this.clusterer.story(id);
      if (!story || this.saved.get(id) === fingerprint(story)) continue;
      await stories.set(story.id, story);
      await this.merges.forget(story.id);
      this.saved.set(id, fingerprint(story));
      this.persisted.add(story.id);
      changed.push(story.id);
    }
    if (changed.length > 0 || gone.size > 0) this.deps.onPersisted?.({ changed, gone: [...gone] });
  }
}

/** What tells a saved story from its current state: a story changes by gaining or losing members, which moves its last update or its size. */
function fingerprint(story: Story): string {
  return `${story.lastUpdated}/${story.articleIds.join(',')}`;
}

function timeOf(article: Article): number {
  return Date.parse(article.publishedAt ?? article.fetchedAt) || Date.parse(article.fetchedAt) || 0;
}

/**
 * An address as compared with a report's: "https://www.x.org/a/?utm_source=rss#top" and "http://x.org/a" are one page
 * (tracking parameters and the fragment go as in canonical-url.ts; scheme, "www." and a trailing slash aside).
 */
function addressKey(address: string): string {
  return (canonicalUrl(address.trim()) ?? address.trim())
    .replace(/^https?:\/\/(?:www\.)?/iu, '')
    .replace(/#.*$/u, '')
    .replace(/\/+(?=$|\?)/u, '')
    .toLowerCase();
}
