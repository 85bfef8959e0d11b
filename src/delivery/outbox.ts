import { channelKey, covers, movedChannel, type ChannelRef, type Platform } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { DeliveryPayload } from '../domain/delivery.ts';
import type { Collection, SortedIndex, Store } from '../store/store.ts';
import { BreakdownVersions, type StoredPayload } from './breakdown-versions.ts';

/** Where a message stands: waiting (or retrying), confirmed by the platform, or given up on. */
export type OutboxState = 'pending' | 'sent' | 'gone' | 'failed' | 'cancelled';

/**
 * One message for one channel about one subject (a story, or one day's briefing), stored before it is sent.
 * A story whose post shows other outlets (it grew, or lost reports to another story) raises `version`; once sent,
 * later versions edit the same `messageIds` in place.
 */
export interface OutboxRecord {
  key: string;
  channel: ChannelRef;
  subscriptionId: string;
  /** "story:<id>" or "briefing:<subscription>:<slot>". */
  subject: string;
  /**
   * The version wanted: for a story its independent outlet count when first posted, then one more at each change of
   * the outlets it shows (or the count, when that is higher); 1 for a briefing.
   */
  version: number;
  /** For a story, the independent outlets the version shows, as `put` was given them; absent in older records. */
  shows?: string;
  /** A briefing in full; a breakdown by reference to its stored version (one copy per story version). */
  payload: StoredPayload;
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
/** The set member that says the due index was built from the records once (outboxes written before it existed). */
const BUILT = 'due-index-built:v1';
/** Platforms whose due index the whole-outbox reads look at: the built-in ones, and any other this process indexes or sends on. */
const BUILT_IN_PLATFORMS: readonly Platform[] = ['discord', 'telegram', 'terminal'];

/**
 * The outbox: every message is written here before any platform is called. Beside the records, the store keeps
 * the `outbox-due:<platform>` indexes (record key → the time it may next be taken; one per platform, so a process
 * takes only what it can send), so the sender reads what is due from the
 * index instead of scanning every record. The index is written before a pending record and cleared after a
 * finished one, so a crash between the two leaves an entry too many (dropped when the sender finds the record
 * is not pending), never a pending record without one.
 */
export class Outbox {
  private readonly collection: Collection<OutboxRecord>;
  readonly breakdowns: BreakdownVersions;
  private readonly platforms = new Set<Platform>(BUILT_IN_PLATFORMS);

  private readonly holdMs: number;

  /**
   * `holdMs`: how long a taken or in-flight record stays out of other senders' sight (their claim's lifetime; by
   * default 60 s on a shared store, 0 on one that belongs to this process alone, where a restart should resume at once).
   */
  constructor(private readonly deps: { store: Store; clock: Clock; holdMs?: number }) {
    this.holdMs = deps.holdMs ?? (deps.store.shared ? 60_000 : 0);
    this.collection = deps.store.collection<OutboxRecord>('deliveries');
    this.breakdowns = new BreakdownVersions(deps.store, 2 * RETAIN_MS);
  }

  get(key: string): Promise<OutboxRecord | undefined> {
    return this.collection.get(key);
  }

  /** Saves a record (stamping its update time) and its place in the due index. */
  async save(record: OutboxRecord): Promise<void> {
    const due = this.due(record.channel.platform);
    if (record.state === 'pending') await due.put(record.key, this.visibleAt(record));
    await this.collection.set(record.key, { ...record, updatedAt: this.deps.clock.now() }, RETAIN_MS);
    if (record.state !== 'pending') await due.remove(record.key);
  }

  private due(platform: Platform): SortedIndex {
    this.platforms.add(platform);
    return this.deps.store.sortedIndex(`outbox-due:${platform}`);
  }

  /** When a pending record may next be taken: its due time, or when the claim of a send in flight has lapsed. */
  private visibleAt(record: OutboxRecord): number {
    return record.inFlight ? Math.max(record.nextAttemptAt, record.inFlight.at + this.holdMs) : record.nextAttemptAt;
  }

  /**
   * Records that a channel should get `version` of a subject: a new pending message, or a newer version
   * of one (an edit once sent). A breakdown is stored once per version and referenced. Returns what happened;
   * an older or equal version changes nothing. With `shows` (what a story's post shows, its outlets), a change of
   * it is a new version however many outlets there are: a story that lost reports to another story had kept a post
   * showing them while the other story's post showed them again. `onlyIfRecorded` changes a message already recorded and
   * creates none (a story that fell under the subscription's minimum is not posted, but its post is corrected).
   */
  async put({
    channel,
    subscriptionId,
    subject,
    version: wanted,
    payload,
    shows,
    onlyIfRecorded = false,
  }: {
    channel: ChannelRef;
    subscriptionId: string;
    subject: string;
    version: number;
    payload: DeliveryPayload;
    shows?: string;
    onlyIfRecorded?: boolean;
  }): Promise<'created' | 'updated' | 'unchanged'> {
    await this.ensureIndexed();
    const key = outboxKey(channel, subject);
    const now = this.deps.clock.now();
    const existing = await this.collection.get(key);
    if (!existing && onlyIfRecorded) return 'unchanged';
    const changed = shows !== undefined && existing?.shows !== undefined && existing.shows !== shows;
    if (existing && existing.version >= wanted && !changed) return 'unchanged';
    const version = existing && changed ? Math.max(wanted, existing.version + 1) : wanted;
    const stored: StoredPayload =
      payload.kind === 'breakdown'
        ? {
            kind: 'breakdown-version',
            version: await this.breakdowns.put(payload.breakdown),
            ...(payload.discussion !== undefined ? { discussion: payload.discussion } : {}),
          }
        : payload;
    const base: OutboxRecord = existing ?? {
      key,
      channel,
      subscriptionId,
      subject,
      version,
      payload: stored,
      state: 'pending',
      sentVersion: null,
      messageIds: [],
      attempts: 0,
      nextAttemptAt: now,
      inFlight: null,
      resentInDoubt: 0,
      lastError: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.save({
      ...base,
      version,
      ...(shows !== undefined ? { shows } : {}),
      payload: stored,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
    });
    return existing ? 'updated' : 'created';
  }

  /**
   * Takes up to `limit` record keys due by `now`, earliest first, and hides them from other senders for `holdMs`
   * (each is then claimed, read fresh and sent, deferred or dropped from the index; one that is not comes back after `holdMs`).
   */
  async take(platform: Platform, now: number, limit: number): Promise<string[]> {
    await this.ensureIndexed();
    return this.due(platform).take(now, limit, now + this.holdMs);
  }

  /** Pending records due by `now`, oldest due first, without taking them (for reports and tests). */
  async dueRecords(now: number): Promise<OutboxRecord[]> {
    await this.ensureIndexed();
    const keys = (await Promise.all([...this.platforms].map((p) => this.due(p).upTo(now, Number.MAX_SAFE_INTEGER)))).flat();
    const records = await this.collection.getMany(keys);
    return records.filter((r): r is OutboxRecord => r?.state === 'pending' && r.nextAttemptAt <= now);
  }

  /** How many records are pending (every platform's due index), for /metrics. */
  async depth(): Promise<number> {
    await this.ensureIndexed();
    const sizes = await Promise.all([...this.platforms].map((p) => this.due(p).size()));
    return sizes.reduce((sum, n) => sum + n, 0);
  }

  /** The earliest time a pending record may fall due, or null when none is pending. */
  async nextDueAt(): Promise<number | null> {
    await this.ensureIndexed();
    const firsts = await Promise.all([...this.platforms].map((p) => this.due(p).first()));
    return firsts.reduce<number | null>((min, f) => (f && (min === null || f.score < min) ? f.score : min), null);
  }

  /**
   * Puts the index right for a record the sender found out of step with it, under the record's claim: a record that
   * is gone or no longer pending leaves the index, a pending one is indexed at its own due time.
   */
  async reindex(platform: Platform, key: string, record: OutboxRecord | undefined): Promise<void> {
    if (record?.state === 'pending') await this.due(platform).put(key, this.visibleAt(record));
    else await this.due(platform).remove(key);
  }

  /**
   * Makes a record due again at `at` without holding its claim: safe because an index entry can only make a sender
   * look at a record (which it then claims and reads fresh), never skip one.
   */
  async lookAgainAt(platform: Platform, key: string, at: number): Promise<void> {
    await this.due(platform).put(key, at);
  }

  private indexed = false;

  /** Builds the due index from the records once per store (an outbox written before the index existed). */
  private async ensureIndexed(): Promise<void> {
    if (this.indexed) return;
    const marks = this.deps.store.setIndex('outbox-due');
    if (!(await marks.members('meta')).includes(BUILT)) {
      for await (const [, r] of this.collection.entries())
        if (r.state === 'pending') await this.due(r.channel.platform).put(r.key, this.visibleAt(r));
      await marks.add('meta', BUILT);
    }
    this.indexed = true;
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
      await this.due(record.channel.platform).remove(record.key);
      moved++;
    }
    return moved;
  }

  /** Every record, for reports and tests (a full scan). */
  async all(): Promise<OutboxRecord[]> {
    const found: OutboxRecord[] = [];
    for await (const [, r] of this.collection.entries()) found.push(r);
    return found;
  }
}
