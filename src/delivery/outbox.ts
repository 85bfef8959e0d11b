import { channelKey, covers, movedChannel, type ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { DeliveryPayload } from '../domain/delivery.ts';
import type { Collection, Store } from '../store/store.ts';
import { PendingIndex } from './pending-index.ts';

/** Where a message stands: waiting (or retrying), confirmed by the platform, or given up on. */
export type OutboxState = 'pending' | 'sent' | 'gone' | 'failed' | 'cancelled';

/**
 * One message for one channel about one subject (a story, or one day's briefing), stored before it is sent.
 * A story that grows raises `version`; once sent, later versions edit the same `messageIds` in place.
 */
export interface OutboxRecord {
  key: string;
  channel: ChannelRef;
  subscriptionId: string;
  /** "story:<id>" or "briefing:<subscription>:<slot>". */
  subject: string;
  /** The version wanted (a story's independent outlet count; 1 for a briefing). */
  version: number;
  payload: DeliveryPayload;
  state: OutboxState;
  /** The version the platform last confirmed, with its message ids. */
  sentVersion: number | null;
  messageIds: string[];
  /** Failed attempts since the last success (retry-after does not count). */
  attempts: number;
  nextAttemptAt: number;
  /** Set just before the platform is called, cleared when its answer is recorded; left behind by a crash. */
  inFlight: { owner: string; at: number; version: number } | null;
  /** Times a crash left this message in doubt and it was sent again. */
  resentInDoubt: number;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

/** The record key of a channel and a subject. */
export function outboxKey(channel: ChannelRef, subject: string): string {
  return `${channelKey(channel)}|${subject}`;
}

/** The idempotency key of one version of a message: (channel, subject, version). */
export function idempotencyKey(record: Pick<OutboxRecord, 'key' | 'version'>): string {
  return `${record.key}#v${record.version}`;
}

/** How long records are kept after their last change, so a story can still be edited while it is current. */
const RETAIN_MS = 4 * 86_400_000;

/** The outbox: every message is written here before any platform is called. */
export class Outbox {
  private readonly collection: Collection<OutboxRecord>;
  private readonly pending: PendingIndex;

  /** `rescanMs`: how often the whole outbox is read again to see what other processes queued (default 30 s). */
  constructor(private readonly deps: { store: Store; clock: Clock; rescanMs?: number }) {
    this.collection = deps.store.collection<OutboxRecord>('deliveries');
    this.pending = new PendingIndex(deps.rescanMs ?? 30_000);
  }

  get(key: string): Promise<OutboxRecord | undefined> {
    return this.collection.get(key);
  }

  /** Saves a record (stamping its update time). */
  async save(record: OutboxRecord): Promise<void> {
    await this.collection.set(record.key, { ...record, updatedAt: this.deps.clock.now() }, RETAIN_MS);
    this.pending.note(record.key, record);
  }

  /**
   * Records that a channel should get `version` of a subject: a new pending message, or a newer version
   * of one (an edit once sent). Returns what happened; an older or equal version changes nothing.
   */
  async put({ channel, subscriptionId, subject, version, payload }: { channel: ChannelRef; subscriptionId: string; subject: string; version: number; payload: DeliveryPayload }): Promise<'created' | 'updated' | 'unchanged'> {
    const key = outboxKey(channel, subject);
    const now = this.deps.clock.now();
    const existing = await this.collection.get(key);
    if (existing && existing.version >= version) return 'unchanged';
    const base: OutboxRecord = existing ?? { key, channel, subscriptionId, subject, version, payload, state: 'pending', sentVersion: null, messageIds: [], attempts: 0, nextAttemptAt: now, inFlight: null, resentInDoubt: 0, lastError: null, createdAt: now, updatedAt: now };
    await this.save({ ...base, version, payload, state: 'pending', attempts: 0, nextAttemptAt: now, lastError: null });
    return existing ? 'updated' : 'created';
  }

  /** Pending records due by `now`, oldest due first (read fresh from the store). */
  async due(now: number): Promise<OutboxRecord[]> {
    const found = (await this.pendingRecords(now)).filter((r) => r.nextAttemptAt <= now);
    return found.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt || a.key.localeCompare(b.key));
  }

  /** The earliest time a pending record falls due, or null when none is pending. */
  async nextDueAt(): Promise<number | null> {
    const pending = await this.pendingRecords(Infinity);
    return pending.reduce<number | null>((min, r) => (min === null || r.nextAttemptAt < min ? r.nextAttemptAt : min), null);
  }

  private async pendingRecords(dueBy: number): Promise<OutboxRecord[]> {
    const now = this.deps.clock.now();
    if (this.pending.stale(now)) {
      const scanned: [string, number][] = [];
      for await (const [, r] of this.collection.entries()) if (r.state === 'pending') scanned.push([r.key, r.nextAttemptAt]);
      this.pending.replace(scanned, now);
    }
    const keys = this.pending.keysDueBy(dueBy);
    const records = await this.collection.getMany(keys);
    keys.forEach((key, i) => this.pending.note(key, records[i]));
    return records.filter((r): r is OutboxRecord => r?.state === 'pending');
  }

  /**
   * Moves a channel's unsent records to its new id (a Telegram group that became a supergroup); returns how many
   * moved. Message ids of the old chat do not carry over, so a moved update is posted anew rather than edited.
   */
  async moveChannel(from: ChannelRef, to: ChannelRef): Promise<number> {
    let moved = 0;
    for (const record of await this.all()) {
      if (!covers(from, record.channel) || record.state !== 'pending') continue;
      const channel = movedChannel(record.channel, from, to);
      const key = outboxKey(channel, record.subject);
      await this.save({ ...record, key, channel, messageIds: [], sentVersion: null });
      await this.collection.delete(record.key);
      this.pending.note(record.key, undefined);
      moved++;
    }
    return moved;
  }

  /** Every record, for reports and tests. */
  async all(): Promise<OutboxRecord[]> {
    const found: OutboxRecord[] = [];
    for await (const [, r] of this.collection.entries()) found.push(r);
    return found;
  }
}
