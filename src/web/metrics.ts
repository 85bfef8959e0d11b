import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CommandServices } from '../../commands/services.ts';
import type { Publisher, PublishResult } from '../domain/delivery.ts';
import type { IngestReport } from '../ingest/feed-outcome.ts';

/** What the gauges read when /metrics is scraped (each may be slow; an outbox that cannot be read shows as NaN, not 0). */
export interface MetricsSources {
  storiesHeld(): number;
  articlesHeld(): number;
  /** Outbox records waiting to be sent, over every process. */
  outboxDepth(): Promise<number>;
}

/**
 * This process's Prometheus metrics (prom-client, one registry per app): ingestion outcomes, stories and
 * articles held, outbox depth, sends by outcome, errors, and the latency of what commands ask the core.
 * Counters count what this process did; scrape every process (each with the `web` role) and sum.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly feeds = new Counter({
    name: 'parallax_feed_fetches_total',
    help: 'Feed fetches by outcome (ok: new, seen or not modified; failed: error; skipped: backing off or disabled)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly articles = new Counter({
    name: 'parallax_articles_ingested_total',
    help: 'New articles stored by ingestion in this process',
    registers: [this.registry],
  });
  private readonly runs = new Counter({
    name: 'parallax_ingest_runs_total',
    help: 'Ingestion runs finished in this process',
    registers: [this.registry],
  });
  private readonly sends = new Counter({
    name: 'parallax_sends_total',
    help: 'Messages handed to a platform, by platform, operation (send or edit) and result (sent, retry, gone, failed)',
    labelNames: ['platform', 'operation', 'result'],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'parallax_errors_total',
    help: 'Errors by where they happened (ingest, send, command)',
    labelNames: ['where'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'parallax_command_seconds',
    help: 'Time the core took to answer a command, by service (compare, breakdown, stories)',
    labelNames: ['service'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    new Gauge({
      name: 'parallax_stories',
      help: 'Current stories held by this process',
      registers: [this.registry],
      collect() {
        this.set(sources.storiesHeld());
      },
    });
    new Gauge({
      name: 'parallax_articles',
      help: 'Articles of current stories held by this process',
      registers: [this.registry],
      collect() {
        this.set(sources.articlesHeld());
      },
    });
    new Gauge({
      name: 'parallax_outbox_depth',
      help: 'Outbox records not yet sent (all processes)',
      registers: [this.registry],
      async collect() {
        this.set(await sources.outboxDepth().catch(() => Number.NaN));
      },
    });
  }

  /** Counts one ingestion run's feeds and new articles. */
  ingested(report: IngestReport): void {
    this.runs.inc();
    this.articles.inc(report.newArticles);
    for (const feed of report.feeds)
      this.feeds.inc({ outcome: feed.status === 'error' ? 'failed' : feed.status === 'skipped' ? 'skipped' : 'ok' });
  }

  /** Counts an error (ingestion run failed, a send threw, a command's service threw). */
  error(where: 'ingest' | 'send' | 'command'): void {
    this.errors.inc({ where });
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of `text()`. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** A publisher that counts every send and edit by result (a throw counts as an error and is rethrown). */
  countSends(publisher: Publisher): Publisher {
    const count = async (operation: 'send' | 'edit', call: () => Promise<PublishResult>) => {
      try {
        const result = await call();
        this.sends.inc({ platform: publisher.platform, operation, result: result.kind });
        return result;
      } catch (error) {
        this.error('send');
        throw error;
      }
    };
    return {
      platform: publisher.platform,
      limits: publisher.limits,
      send: (channel, payload, options) => count('send', () => publisher.send(channel, payload, options)),
      edit: (channel, ids, payload) => count('edit', () => publisher.edit(channel, ids, payload)),
    };
  }

  /** The command services with the time of compare, breakdown and stories observed (and their failures counted). */
  timeServices(services: CommandServices): CommandServices {
    const timed =
      <A extends unknown[], R>(service: string, call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const end = this.latency.startTimer({ service });
        try {
          return await call(...args);
        } catch (error) {
          this.error('command');
          throw error;
        } finally {
          end();
        }
      };
    return {
      ...services,
      compare: timed('compare', services.compare),
      breakdown: timed('breakdown', services.breakdown),
      stories: timed('stories', services.stories),
    };
  }
}
