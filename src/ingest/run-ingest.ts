import type { Article } from '../domain/article.ts';
import type { Clock } from '../domain/clock.ts';
import type { Source } from '../domain/source.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { ARTICLE_RETENTION_MS } from '../store/retention.ts';
import type { FeedOutcome, IngestReport } from './feed-outcome.ts';
import { afterFailure, afterSuccess, MAX_LISTED, newFeedState, whyNotDue, type FeedState } from './feed-state.ts';
import type { FeedFetcher, FeedParser } from './ports.ts';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface IngestDeps {
  sources: Source[];
  store: Store;
  fetcher: FeedFetcher;
  parse: FeedParser;
  clock: Clock;
  log: Logger;
  /** Feeds fetched at once across all hosts (the HTTP layer also limits each host). */
  concurrency?: number;
  /**
   * Called once per run, after every feed has been fetched, with all the run's new articles (already
   * stored), in no particular order; not called when there are none. One batch per run, not one per
   * feed as each completes: the order feeds answer in is fetch timing, and placing articles in it made
   * the same articles give different stories from one run to the next.
   */
  onArticles?: (articles: Article[]) => void | Promise<void>;
  onFeed?: (outcome: FeedOutcome) => void;
  /** Stops the run early (shutdown): feeds not yet fetched are skipped and nothing is counted against them. */
  signal?: AbortSignal;
}

/**
 * Fetches every feed of every source once: new articles are stored, validators and health are kept
 * per feed, and a failing feed leaves every other feed and all stored data untouched.
 */
export async function runIngest(deps: IngestDeps): Promise<IngestReport> {
  const startedAt = new Date(deps.clock.now()).toISOString();
  const jobs = deps.sources.flatMap((source) => source.feeds.map((feedUrl) => ({ source, feedUrl })));
  const outcomes: FeedOutcome[] = new Array(jobs.length);
  const claimed = new Set<string>();
  const fresh: Article[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && !deps.signal?.aborted) {
      const index = next++;
      const job = jobs[index]!;
      const outcome = await ingestFeed(deps, job.source, job.feedUrl, { claimed, fresh, fetchedAt: startedAt });
      outcomes[index] = outcome;
      deps.onFeed?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 16, jobs.length) }, worker));
  if (fresh.length > 0) await deps.onArticles?.(fresh);
  const feeds = outcomes.filter((o): o is FeedOutcome => o !== undefined);
  const newArticles = feeds.reduce((sum, o) => sum + o.newArticles, 0);
  return { startedAt, finishedAt: new Date(deps.clock.now()).toISOString(), feeds, newArticles };
}

/**
 * Fetches one feed; its new articles are stored and appended to `fresh`. Each is stamped as fetched when the run
 * started (`fetchedAt`), not when its feed answered: an undated report is ordered by that time (which report of a
 * story is the earliest, which of two wire copies the original, whose headline heads it, in what order a restart reads
 * them back), and stamped by the answer, those followed the order feeds answered in, so two runs over the same feeds
 * gave seven of 81 stories another headline.
 */
async function ingestFeed(
  deps: IngestDeps,
  source: Source,
  feedUrl: string,
  { claimed, fresh, fetchedAt }: { claimed: Set<string>; fresh: Article[]; fetchedAt: string },
): Promise<FeedOutcome> {
  const began = deps.clock.now();
  const feeds = deps.store.collection<FeedState>('feeds');
  const state = (await feeds.get(feedUrl)) ?? newFeedState(feedUrl, source.id);
  const outcome = (status: FeedOutcome['status'], counts: { newArticles?: number; seenArticles?: number; message?: string | null }) => ({
    sourceId: source.id,
    feedUrl,
    status,
    newArticles: counts.newArticles ?? 0,
    seenArticles: counts.seenArticles ?? 0,
    message: counts.message ?? null,
    ms: deps.clock.now() - began,
  });

  const notDue = whyNotDue(state, began);
  if (notDue) return outcome('skipped', { message: notDue });

  try {
    const response = await deps.fetcher.fetch(feedUrl, {
      etag: state.etag,
      lastModified: state.lastModified,
      accept: FEED_ACCEPT,
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    const validators = { etag: response.etag, lastModified: response.lastModified };
    if (response.kind === 'not-modified') {
      await feeds.set(feedUrl, afterSuccess(state, deps.clock.now(), validators));
      return outcome('not-modified', {});
    }
    const parsed = await deps.parse({
      xml: response.text,
      sourceId: source.id,
      feedUrl,
      fetchedAt,
      defaultLanguage: source.language ?? null,
    });
    const stored = await storeNew(deps, parsed.items, claimed, new Set(state.listed ?? []));
    const listed = parsed.items.map((item) => item.id).slice(0, MAX_LISTED);
    await feeds.set(feedUrl, { ...afterSuccess(state, deps.clock.now(), validators), listed });
    fresh.push(...stored);
    const seenArticles = parsed.items.length - stored.length;
    for (const skip of parsed.skipped) deps.log.debug({ feedUrl, reason: skip.reason }, 'feed item skipped');
    return outcome(stored.length > 0 ? 'new' : 'seen', { newArticles: stored.length, seenArticles });
  } catch (error) {
    if (deps.signal?.aborted) return outcome('skipped', { message: 'stopped: Parallax is shutting down' });
    const reason = describe(error);
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    await feeds.set(feedUrl, afterFailure(state, deps.clock.now(), reason, retryAfter));
    deps.log.warn({ feedUrl, sourceId: source.id, reason }, 'feed failed');
    return outcome('error', { message: reason });
  }
}

/**
 * Stores the items no other feed of this run claimed, that the store does not hold and that the feed did not list at
 * its last read: an item a feed keeps listing for weeks (a blog, a page of a ministry) is not new again once its
 * article has left the store, and is not posted again as news (it had been, two weeks on).
 */
async function storeNew(deps: IngestDeps, items: Article[], claimed: Set<string>, listed: Set<string>): Promise<Article[]> {
  const articles = deps.store.collection<Article>('articles');
  const candidates = items.filter((item) => !claimed.has(item.id) && !listed.has(item.id));
  const known = await articles.getMany(candidates.map((item) => item.id));
  const fresh: Article[] = [];
  for (const [i, item] of candidates.entries()) {
    if (known[i] !== undefined || claimed.has(item.id)) continue;
    claimed.add(item.id);
    await articles.set(item.id, item, ARTICLE_RETENTION_MS);
    fresh.push(item);
  }
  return fresh;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
