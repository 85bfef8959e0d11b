import { setMaxListeners } from 'node:events';
import type { CommandServices } from '../commands/services.ts';
import type { Config } from './config/config.ts';
import { ownerId, type Coordinator } from './coordination/coordinator.ts';
import { Lease } from './coordination/lease.ts';
import { MemoryCoordinator } from './coordination/memory-coordinator.ts';
import { DeliveryRuntime } from './delivery/delivery-runtime.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import type { Source } from './domain/source.ts';
import { HttpClient } from './fetch/http-client.ts';
import type { FeedOutcome, IngestReport } from './ingest/feed-outcome.ts';
import { runIngest } from './ingest/run-ingest.ts';
import type { Logger } from './log.ts';
import { createLiveSearch } from './newsroom/live-search.ts';
import { Newsroom, type StoryChanges } from './newsroom/newsroom.ts';
import { createPageEnricher } from './newsroom/page-enricher.ts';
import { parseFeed } from './parse/parse-feed.ts';
import { PeriodicJob } from './schedule/periodic-job.ts';
import { loadNewsEditions } from './sources/google-news.ts';
import { loadSources } from './sources/load-sources.ts';
import { createOutletResolver } from './sources/outlet-resolver.ts';
import { Cooldowns } from './coordination/cooldowns.ts';
import { openStore } from './store/keyv-store.ts';
import type { Store } from './store/store.ts';
import { Metrics } from './web/metrics.ts';
import { connectStoryFeed, lastIngestAt, LAST_INGEST_NOTE } from './coordination/shared-state.ts';

/** Everything a running Parallax holds, wired together in one place. */
export interface App {
  config: Config;
  log: Logger;
  store: Store;
  sources: Source[];
  http: HttpClient;
  newsroom: Newsroom;
  services: CommandServices;
  /** Subscriptions, the outbox and its sender, and the scheduler lease; adapters call `delivery.addPublisher` and the start command `delivery.start()`. */
  delivery: DeliveryRuntime;
  /** Fetches every feed once and clusters what is new. */
  ingestOnce(onFeed?: (outcome: FeedOutcome) => void): Promise<IngestReport>;
  /** Ingestion on `INGEST_CRON`, never overlapping itself. */
  ingestJob: PeriodicJob;
  /**
   * Starts scheduled ingestion in whichever process holds the ingest lease (with Redis, one of several;
   * alone, this one): a new holder ingests at once, then on schedule.
   */
  startIngesting(): Promise<void>;
  /** Leases, claims and shared notes (in memory alone, Redis with REDIS_URL). */
  coordinator: Coordinator;
  /** This process's Prometheus metrics. */
  metrics: Metrics;
  /** When the last ingestion run finished in any process (null when none is known). */
  lastIngestAt(): Promise<Date | null>;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: Clock;
  /** Rebuild stories from the store before answering (off for one-shot commands that do not need them). */
  loadStories?: boolean;
  /** Told of every scheduled ingestion run (the terminal prints a line). */
  onIngest?: (report: IngestReport) => void;
}

/** Builds the app from validated configuration: the one place that chooses implementations for the ports. */
export async function createApp({ config, log, clock = systemClock, loadStories = true, onIngest }: AppOptions): Promise<App> {
  const sources = await loadSources(config.PARALLAX_SOURCES);
  const store = await openStore({ dataDir: config.PARALLAX_DATA_DIR, redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, log });
  const http = new HttpClient({
    maxBytes: config.PARALLAX_MAX_BODY_BYTES,
    allowPrivateNetworks: config.PARALLAX_ALLOW_PRIVATE_NETWORKS,
    clock,
  });
  const outletOf = createOutletResolver(sources);
  // Set once the story feed is connected (with Redis, for an app that keeps stories): tells other processes what this one saved.
  let tellOthers: ((changes: StoryChanges) => void) | undefined;
  const newsroom = new Newsroom({
    onPersisted: (changes) => tellOthers?.(changes),
    store,
    clock,
    log,
    outletOf,
    enrich: createPageEnricher({ http, log }),
    liveSearch: createLiveSearch({ http, parse: parseFeed, editions: loadNewsEditions(), clock, log }),
  });
  if (loadStories) await newsroom.load();
  log.info({ store: store.description, sources: sources.length }, 'parallax ready');

  // Imported only with Redis configured: see openRedis in src/store/keyv-store.ts.
  const coordinator: Coordinator = config.REDIS_URL
    ? await (
        await import('./coordination/redis-coordinator.ts')
      ).RedisCoordinator.connect({ url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log })
    : new MemoryCoordinator(clock);
  // With Redis, send limits are held there so they apply to all sending processes together.
  const sendLimits = config.REDIS_URL
    ? await (
        await import('./delivery/redis-send-limiter.ts')
      ).RedisSendLimiter.connect({ url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, clock, owner: ownerId('limits'), log })
    : null;
  const delivery = new DeliveryRuntime({
    store,
    news: newsroom,
    clock,
    log,
    coordinator,
    ...(sendLimits ? { limiter: sendLimits.factory } : {}),
  });
  const storyFeed =
    config.REDIS_URL && loadStories
      ? await connectStoryFeed({ url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, owner: delivery.owner, newsroom, log })
      : null;
  if (storyFeed) tellOthers = (changes) => void storyFeed.publish(changes);
  const metrics = new Metrics({
    storiesHeld: () => newsroom.storyCount,
    articlesHeld: () => newsroom.articleCount,
    outboxDepth: () => delivery.outbox.depth(),
  });

  const stopping = new AbortController();
  // One signal is shared by every feed fetch of a run (and the per-host queues), so it has many listeners by design.
  setMaxListeners(0, stopping.signal);
  // A run's new articles come in one batch once every feed is fetched; the newsroom places them in one
  // stable order (published time, then id), and the stories that changed go to delivery.
  const ingestOnce = (onFeed?: (outcome: FeedOutcome) => void) =>
    runIngest({
      sources,
      store,
      fetcher: http,
      parse: parseFeed,
      clock,
      log,
      signal: stopping.signal,
      onArticles: async (articles) => delivery.storiesChanged(await newsroom.add(articles)),
      ...(onFeed ? { onFeed } : {}),
    });
  const ingestJob = new PeriodicJob({
    name: 'ingest',
    cron: config.INGEST_CRON,
    log,
    run: async () => {
      const report = await ingestOnce().catch((error: unknown) => {
        metrics.error('ingest');
        throw error;
      });
      metrics.ingested(report);
      await coordinator
        .note(LAST_INGEST_NOTE, new Date(clock.now()).toISOString(), 30 * 86_400_000)
        .catch((err: unknown) => log.warn({ err }, 'could not note the ingestion time for /healthz'));
      onIngest?.(report);
      log.info(
        { feeds: report.feeds.length, newArticles: report.newArticles, failed: report.feeds.filter((f) => f.status === 'error').length },
        'ingestion run finished',
      );
    },
  });

  // A process that takes the lease later than at its start (over from another process) re-reads the stories first,
  // and places what that one stored but did not place. Not awaited in the lease callback: a long re-read must not
  // hold up the lease's renewal.
  let startingIngest = false;
  let holdingIngest = false;
  const onIngestLease = () => {
    holdingIngest = true;
    if (startingIngest || !loadStories) return ingestJob.start();
    void newsroom.load().then(
      () => holdingIngest && ingestJob.start(),
      (err: unknown) => {
        log.error({ err }, 'could not re-read the stories on taking over ingestion; ingesting anyway');
        if (holdingIngest) ingestJob.start();
      },
    );
  };
  const onIngestLeaseLost = async () => {
    holdingIngest = false;
    await ingestJob.stop();
  };
  const ingestLease = new Lease({
    coordinator,
    name: 'ingest',
    owner: delivery.owner,
    log,
    onAcquired: onIngestLease,
    onLost: onIngestLeaseLost,
  });

  const services: CommandServices = metrics.timeServices({
    sources: () => sources,
    stories: async (limit) => newsroom.storyLines(limit),
    storyCount: () => newsroom.storyCount,
    compare: (topic, progress) => newsroom.compare(topic, progress),
    breakdown: (storyId, progress) => newsroom.breakdown(storyId, progress),
    subscriptions: delivery.services,
    cooldowns: new Cooldowns({ userSeconds: config.COMPARE_USER_COOLDOWN_SECONDS, chatSeconds: config.COMPARE_CHAT_COOLDOWN_SECONDS }),
  });

  return {
    config,
    log,
    store,
    sources,
    http,
    newsroom,
    services,
    delivery,
    ingestOnce,
    ingestJob,
    async startIngesting() {
      startingIngest = true;
      try {
        await ingestLease.start();
      } finally {
        startingIngest = false;
      }
    },
    coordinator,
    metrics,
    lastIngestAt: () => lastIngestAt(coordinator),
    async close() {
      stopping.abort();
      await ingestLease.stop();
      await ingestJob.stop();
      await delivery.stop();
      await storyFeed?.close();
      await sendLimits?.close();
      await coordinator.close();
      await store.close();
    },
  };
}
