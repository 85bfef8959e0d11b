import type { Coordinator } from '../coordination/coordinator.ts';
import { ownerId } from '../coordination/coordinator.ts';
import { Lease } from '../coordination/lease.ts';
import type { ChannelEvents } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { Publisher } from '../domain/delivery.ts';
import type { Logger } from '../log.ts';
import { PeriodicJob } from '../schedule/periodic-job.ts';
import { isStoreError, type Store } from '../store/store.ts';
import type { NewsView } from '../subscriptions/news-view.ts';
import { SubscriptionBook } from '../subscriptions/subscription-book.ts';
import { channelSubscriptions, type ChannelSubscriptions } from '../subscriptions/subscription-services.ts';
import { BriefingScheduler } from './briefing-scheduler.ts';
import { LivePoster } from './live-poster.ts';
import { Outbox } from './outbox.ts';
import type { LimiterFactory } from './send-rate-limiter.ts';
import { Sender } from './sender.ts';

/** The ports and timings a delivery runtime is built from. */
export interface DeliveryRuntimeOptions {
  store: Store;
  news: NewsView;
  clock: Clock;
  log: Logger;
  /** Leases and claims: Redis for several processes, in-memory for one. */
  coordinator: Coordinator;
  owner?: string;
  sleep?: (ms: number) => Promise<void>;
  /** When the leader checks for due briefings (node-cron; default every minute). */
  schedulerCron?: string;
  /** Scheduler lease lifetime: how soon another process takes over from a dead leader. */
  leaseTtlMs?: number;
  /** How often the sender looks for due messages when nothing nudges it. */
  pollMs?: number;
  concurrency?: number;
  claimTtlMs?: number;
  /** Send-rate limiters: in this process's memory by default; `RedisSendLimiter` to hold the limits across processes. */
  limiter?: LimiterFactory;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Subscriptions and delivery, running: every process sends (each message claimed by one process),
 * and the one process holding the scheduler lease queues daily briefings.
 */
export class DeliveryRuntime {
  readonly owner: string;
  readonly book: SubscriptionBook;
  readonly outbox: Outbox;
  readonly sender: Sender;
  readonly live: LivePoster;
  readonly briefings: BriefingScheduler;
  readonly lease: Lease;
  readonly services: ChannelSubscriptions;
  /** What adapters report about channels (the book): gone (subscriptions removed), paused (with the reason), moved (subscriptions and unsent messages follow). */
  readonly events: ChannelEvents;
  private readonly schedulerJob: PeriodicJob;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wake: () => void = () => {};
  private nudged = false;

  constructor(private readonly options: DeliveryRuntimeOptions) {
    const { store, news, clock, log, coordinator } = options;
    this.owner = options.owner ?? ownerId();
    const sleep = options.sleep ?? realSleep;
    this.outbox = new Outbox({ store, clock, ...(store.shared ? { holdMs: options.claimTtlMs ?? 60_000 } : {}) });
    this.book = new SubscriptionBook({
      store,
      clock,
      coordinator,
      owner: this.owner,
      onMoved: async (from, to) => void ((await this.outbox.moveChannel(from, to)) > 0 && this.nudge()),
    });
    const claims = { outbox: this.outbox, coordinator, owner: this.owner };
    this.sender = new Sender({
      ...claims,
      subscriptions: this.book,
      clock,
      sleep,
      log,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.claimTtlMs ? { claimTtlMs: options.claimTtlMs } : {}),
      ...(options.limiter ? { limiter: options.limiter } : {}),
    });
    this.live = new LivePoster({ ...claims, news, subscriptions: this.book, log });
    this.briefings = new BriefingScheduler({ ...claims, news, subscriptions: this.book, clock, log });
    this.services = channelSubscriptions({ book: this.book, news, clock });
    this.events = this.book;
    this.schedulerJob = new PeriodicJob({
      name: 'briefings',
      cron: options.schedulerCron ?? '* * * * *',
      log,
      run: async () => void ((await this.briefings.tick()) > 0 && this.nudge()),
    });
    this.lease = new Lease({
      coordinator,
      name: 'scheduler',
      owner: this.owner,
      log,
      ...(options.leaseTtlMs ? { ttlMs: options.leaseTtlMs } : {}),
      onAcquired: () => this.schedulerJob.start(),
      onLost: () => this.schedulerJob.stop(),
    });
  }

  /** Lets this process deliver to a platform. */
  addPublisher(publisher: Publisher): void {
    this.sender.addPublisher(publisher);
    this.nudge();
  }

  /** The hook ingestion calls with the stories `newsroom.add` touched: queues live posts and wakes the sender. */
  async storiesChanged(storyIds: readonly string[]): Promise<void> {
    try {
      if ((await this.live.storiesChanged(storyIds)) > 0) this.nudge();
    } catch (error) {
      this.options.log.error(
        { err: error, stories: storyIds.length },
        'live posts could not be queued; they are checked again when the stories change',
      );
    }
  }

  /** Starts sending and contending for the scheduler lease. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
    await this.lease.start();
  }

  /** Stops both, waiting for the messages in hand to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.lease.stop();
    await this.schedulerJob.stop();
    await this.loopDone;
  }

  /** Wakes the sender now instead of at its next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake();
  }

  private async loop(): Promise<void> {
    const sleep = this.options.sleep ?? realSleep;
    const pollMs = this.options.pollMs ?? 2000;
    let failures = 0;
    while (this.running) {
      this.nudged = false;
      let waitMs = pollMs;
      try {
        await this.sender.runOnce();
        if (failures > 0) this.options.log.info({ failures }, 'delivery resumed: the store answers again');
        failures = 0;
      } catch (error) {
        failures++;
        // Back off while the store (or anything else) keeps failing, instead of hammering it every poll.
        waitMs = Math.min(pollMs * 2 ** Math.min(failures, 10), 60_000);
        const detail = { err: error, failures, retryInMs: waitMs, stoppedChannels: this.sender.stoppedChannels };
        if (isStoreError(error)) this.options.log.error(detail, 'delivery paused: the store is failing; nothing is sent until it recovers');
        else this.options.log.error(detail, 'delivery pass failed');
      }
      if (!this.running) break;
      if (this.nudged && failures === 0) continue;
      await new Promise<void>((resolve) => {
        this.wake = () => void ((failures === 0 || !this.running) && resolve());
        void sleep(waitMs).then(resolve);
      });
    }
  }
}
