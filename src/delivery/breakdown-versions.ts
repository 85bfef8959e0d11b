import { createHash } from 'node:crypto';
import type { Breakdown } from '../domain/breakdown.ts';
import type { DeliveryPayload } from '../domain/delivery.ts';
import type { Collection, Store } from '../store/store.ts';

/** What an outbox record holds: a briefing in full, or a breakdown by reference to its stored version. */
export type StoredPayload =
  Extract<DeliveryPayload, { kind: 'briefing' }> | { kind: 'breakdown-version'; version: string; discussion?: boolean };

const versionOf = new WeakMap<Breakdown, string>();

/**
 * The version key of a breakdown: its story id and a hash of its content (`s-…@<16 hex>`). The same breakdown gives
 * the same key in every process; the key is computed once per breakdown object.
 */
export function breakdownVersion(breakdown: Breakdown): string {
  let version = versionOf.get(breakdown);
  if (!version)
    versionOf.set(
      breakdown,
      (version = `${breakdown.story.id}@${createHash('sha256').update(JSON.stringify(breakdown)).digest('hex').slice(0, 16)}`),
    );
  return version;
}

/** Versions read or written recently, kept in memory so a fan-out reads and writes each version once. */
const RECENT = 64;

/**
 * Stored breakdown versions (`breakdown-versions`), one copy per story version, which outbox records reference
 * instead of each holding a copy. Reads are memoized, so the sender resolves a version once for all its channels
 * and hands every publisher the same object (which the card cache then renders once).
 */
export class BreakdownVersions {
  private readonly collection: Collection<Breakdown>;
  private readonly recent = new Map<string, Promise<Breakdown | undefined>>();

  constructor(
    store: Store,
    private readonly retainMs: number,
  ) {
    this.collection = store.collection<Breakdown>('breakdown-versions');
  }

  /** Stores the breakdown once (per process and version) and returns its version key. */
  async put(breakdown: Breakdown): Promise<string> {
    const version = breakdownVersion(breakdown);
    const known = this.recent.get(version);
    if (known && (await known.catch(() => undefined))) return version;
    await this.collection.set(version, breakdown, this.retainMs);
    this.remember(version, Promise.resolve(breakdown));
    return version;
  }

  /** The stored breakdown of a version, or undefined when it has expired. */
  get(version: string): Promise<Breakdown | undefined> {
    const known = this.recent.get(version);
    if (known) return known;
    const read = this.collection.get(version);
    this.remember(version, read);
    read.catch(() => this.recent.delete(version));
    return read;
  }

  /** What a record's payload is to the publisher (a reference resolved), or null when its version has expired. */
  async resolve(payload: StoredPayload): Promise<DeliveryPayload | null> {
    if (payload.kind !== 'breakdown-version') return payload;
    const breakdown = await this.get(payload.version);
    return breakdown
      ? { kind: 'breakdown', breakdown, ...(payload.discussion !== undefined ? { discussion: payload.discussion } : {}) }
      : null;
  }

  private remember(version: string, value: Promise<Breakdown | undefined>): void {
    this.recent.delete(version);
    this.recent.set(version, value);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
  }
}
