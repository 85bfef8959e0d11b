import { channelKey, type Platform } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { Publisher, PublishResult } from '../domain/delivery.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { Logger } from '../log.ts';
import { isStoreError } from '../store/store.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import type { Outbox, OutboxRecord } from './outbox.ts';
import { JITTER_MARGIN_MS, localLimiter, type LimiterFactory, type RatePolicySource, type SendLimiter } from './send-rate-limiter.ts';

/**
 * A slot reached later than this after it was booked is not used: a message must leave within the limiter's margin
 * (50 ms) of its slot, and the call itself takes a moment (at exactly 50 ms a run saw 31 messages in one second).
 */
const LATE_SLOT_MS = JITTER_MARGIN_MS - 10;

/** How soon a sender looks again at a message it found claimed by someone else. */
const CLAIMED_RETRY_MS = 5_000;

/** What the sender needs to know about subscriptions: whether one still wants messages, and how to pause a gone channel. */
export interface SenderSubscriptions {
  get(id: string): Promise<{ paused: unknown } | undefined>;
  channelPaused(channel: OutboxRecord['channel'], reason: string): Promise<void>;
}

/** The ports and settings a sender works with. */
export interface SenderDeps {
  outbox: Outbox;
  coordinator: Coordinator;
  /** This process's id in claims. */
  owner: string;
  subscriptions: SenderSubscriptions;
  clock: Clock;
  /** Waits `ms` of the clock's time (real time in production; a fake clock's time in tests). */
  sleep: (ms: number) => Promise<void>;
  log: Logger;
  backoff?: BackoffPolicy;
  /** Messages in flight at once in this process. */
  concurrency?: number;
  /** How long a claim on one message lasts; a claim left by a dead process expires after this. */
  claimTtlMs?: number;
  /** Messages taken from the due index per pass (default 200); what is not sent in time is taken again after the claim lifetime. */
  batch?: number;
  /** Makes each platform's send-rate limiter: in memory by default, on Redis to hold the limits across processes. */
  limiter?: LimiterFactory;
}

/** What one pass did: how many messages were due, and what became of them. */
export interface SendReport {
  due: number;
  sent: number;
  edited: number;
  retried: number;
  gone: number;
  failed: number;
  skipped: number;
}

/**
 * Sends what the outbox holds: claims each message so one process alone handles it, waits for a slot
 * within the platform's limits, marks it in flight, calls the platform, and records the answer
 * (sent, retry after N seconds, gone, failed with backoff).
 */
export class Sender {
  private readonly publishers = new Map<Platform, { publisher: Publisher; limiter: SendLimiter }>();
  /**
   * Answers the platform gave that the store failed to record, by record key. Until each is written, its
   * channel gets nothing more: sending again would post the same message twice.
   */
  private readonly unrecorded = new Map<string, OutboxRecord>();

  constructor(private readonly deps: SenderDeps) {}

  /** Lets the sender deliver to a platform (adapters call this when they start); the publisher may say which chats are groups. */
  addPublisher(publisher: Publisher & RatePolicySource): void {
    const policy = {
      platform: publisher.platform,
      limits: publisher.limits,
      ...(publisher.isGroupChat ? { isGroup: (c: OutboxRecord['channel']) => publisher.isGroupChat!(c) } : {}),
    };
    this.publishers.set(publisher.platform, { publisher, limiter: (this.deps.limiter ?? localLimiter(this.deps.clock))(policy) });
  }

  /** Channels stopped because an answer of theirs is not yet recorded (the store failed). */
  get stoppedChannels(): string[] {
    return [...new Set([...this.unrecorded.values()].map((r) => channelKey(r.channel)))];
  }

  /**
   * Sends every message due now; resolves when all have been tried once. Rejects with the store's error
   * when the store fails (the caller backs off); what was sent by then is recorded or held to be recorded.
   */
  async runOnce(): Promise<SendReport> {
    await this.recordHeldAnswers();
    const now = this.deps.clock.now();
    const batch = this.deps.batch ?? 200;
    const queue: { platform: Platform; key: string }[] = [];
    for (const platform of this.publishers.keys())
      for (const key of await this.deps.outbox.take(platform, now, batch)) queue.push({ platform, key });
    const report: SendReport = { due: queue.length, sent: 0, edited: 0, retried: 0, gone: 0, failed: 0, skipped: 0 };
    let storeError: unknown = null;
    const worker = async () => {
      for (let item = storeError ? undefined : queue.shift(); item; item = storeError ? undefined : queue.shift()) {
        // A stopped channel's messages come back after the claim lifetime, when its held answer may be recorded.
        if (this.stoppedChannels.includes(item.key.slice(0, item.key.indexOf('|')))) {
          report.skipped++;
          continue;
        }
        try {
          report[await this.deliver(item.platform, item.key)]++;
        } catch (error) {
          if (!isStoreError(error)) throw error;
          storeError ??= error;
          report.failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.deps.concurrency ?? 16) }, worker));
    if (storeError) throw storeError;
    return report;
  }

  /** Writes the answers held since the store failed; throws (keeping the rest held) while it still fails. */
  private async recordHeldAnswers(): Promise<void> {
    for (const [key, record] of [...this.unrecorded]) {
      await this.deps.outbox.save(record);
      this.unrecorded.delete(key);
      this.deps.log.info(
        { key, channel: channelKey(record.channel), state: record.state },
        'store recovered: the held delivery answer is recorded and the channel resumes',
      );
    }
  }

  private async deliver(platform: Platform, key: string): Promise<Exclude<keyof SendReport, 'due'>> {
    const { coordinator, owner, outbox } = this.deps;
    const claim = `delivery:${key}`;
    if (!(await coordinator.acquire(claim, owner, this.deps.claimTtlMs ?? 60_000))) {
      // Someone holds it: a writer, a sender, or a dead process whose claim is about to lapse. Look again soon rather
      // than after a whole claim lifetime (an index entry too early or too many costs a look, never a message).
      await outbox.lookAgainAt(platform, key, this.deps.clock.now() + CLAIMED_RETRY_MS);
      return 'skipped';
    }
    // The claim is held until the answer is recorded; a long wait for a rate-limit slot defers the message instead.
    try {
      const record = await outbox.get(key);
      if (!record || record.state !== 'pending' || record.nextAttemptAt > this.deps.clock.now()) {
        // Out of step with the index (a crash between the two writes, an expired record): put the index right, under the claim.
        await outbox.reindex(platform, key, record);
        return 'skipped';
      }
      const subscription = await this.deps.subscriptions.get(record.subscriptionId);
      if (!subscription || subscription.paused) {
        await outbox.save({
          ...record,
          state: 'cancelled',
          inFlight: null,
          lastError: subscription ? 'subscription paused' : 'subscription removed',
        });
        return 'skipped';
      }
      if (record.inFlight)
        this.deps.log.warn(
          { key: record.key, owner: record.inFlight.owner },
          'a crashed attempt left this message in doubt; sending it again',
        );
      const { publisher, limiter } = this.publishers.get(record.channel.platform)!;
      const payload = await outbox.breakdowns.resolve(record.payload);
      if (!payload) {
        await outbox.save({ ...record, state: 'failed', inFlight: null, lastError: 'the breakdown version it refers to has expired' });
        return 'failed';
      }
      const ttl = this.deps.claimTtlMs ?? 60_000;
      const readyAt = await limiter.readyAt(record.channel);
      if (readyAt - this.deps.clock.now() > ttl / 3) {
        await outbox.save({ ...record, nextAttemptAt: readyAt });
        return 'skipped';
      }
      const editing = record.messageIds.length > 0;
      const inFlight = {
        ...record,
        inFlight: { owner, at: this.deps.clock.now(), version: record.version },
        resentInDoubt: record.resentInDoubt + (record.inFlight ? 1 : 0),
      };
      await outbox.save(inFlight);
      let renewedAt = this.deps.clock.now();
      // The slot is booked last, right before the call, so the platform sees the message when the limiter counted it;
      // a slot this process got to late (a busy event loop, a slow Redis answer) is not used, since a message sent
      // later than the limiter's margin could crowd the next window.
      for (
        let slot = await limiter.reserve(record.channel);
        !slot.ready || this.deps.clock.now() - slot.at > LATE_SLOT_MS;
        slot = await limiter.reserve(record.channel)
      ) {
        if (slot.ready) continue;
        await this.deps.sleep(Math.max(1, slot.retryAt - this.deps.clock.now()));
        if (this.deps.clock.now() - renewedAt > ttl / 3) {
          if (!(await coordinator.renew(claim, owner, ttl))) return 'skipped';
          renewedAt = this.deps.clock.now();
        }
      }
      const result = await this.call(() =>
        editing
          ? publisher.edit(record.channel, record.messageIds, payload)
          : publisher.send(record.channel, payload, { idempotencyKey: record.key }),
      );
      return await this.record(inFlight, result, editing, limiter);
    } catch (error) {
      if (isStoreError(error))
        this.deps.log.error({ key, err: error }, 'the store failed while sending; delivery backs off until it recovers');
      throw error;
    } finally {
      await coordinator.release(claim, owner).catch(() => {});
    }
  }

  private async call(publish: () => Promise<PublishResult>): Promise<PublishResult> {
    try {
      return await publish();
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message || 'publisher threw' };
    }
  }

  private async record(
    record: OutboxRecord,
    result: PublishResult,
    editing: boolean,
    limiter: SendLimiter,
  ): Promise<Exclude<keyof SendReport, 'due'>> {
    const now = this.deps.clock.now();
    const base = { ...record, inFlight: null };
    const outbox = {
      save: async (next: OutboxRecord) => {
        try {
          await this.deps.outbox.save(next);
        } catch (error) {
          if (!isStoreError(error)) throw error;
          // The platform has answered; forgetting that answer would send the message again on the next pass.
          this.unrecorded.set(next.key, next);
          this.deps.log.error(
            { key: next.key, channel: channelKey(next.channel), state: next.state, err: error },
            'the platform answered but the store could not record it; this channel is stopped until the store recovers',
          );
          throw error;
        }
      },
    };
    switch (result.kind) {
      case 'sent':
        await outbox.save({
          ...base,
          state: 'sent',
          sentVersion: record.version,
          messageIds: result.messageIds.length > 0 ? result.messageIds : record.messageIds,
          attempts: 0,
          lastError: null,
        });
        return editing ? 'edited' : 'sent';
      case 'retry': {
        const until = now + Math.max(0, result.afterSeconds) * 1000;
        await limiter.hold(record.channel, until);
        await outbox.save({ ...base, nextAttemptAt: until, lastError: `retry after ${result.afterSeconds} s: ${result.reason}` });
        return 'retried';
      }
      case 'gone':
        await outbox.save({ ...base, state: 'gone', lastError: result.reason });
        await this.deps.subscriptions.channelPaused(record.channel, `Parallax cannot post here: ${result.reason}`);
        this.deps.log.warn({ key: record.key, reason: result.reason }, 'channel gone; its subscriptions are paused');
        return 'gone';
      case 'failed': {
        const policy = this.deps.backoff ?? DEFAULT_BACKOFF;
        const attempts = record.attempts + 1;
        const giveUp = attempts >= policy.maxAttempts;
        await outbox.save({
          ...base,
          attempts,
          state: giveUp ? 'failed' : 'pending',
          nextAttemptAt: now + backoffDelay(policy, attempts),
          lastError: result.reason,
        });
        if (giveUp)
          this.deps.log.warn({ key: record.key, attempts, reason: result.reason }, 'giving up on a message after repeated failures');
        return 'failed';
      }
    }
  }
}
