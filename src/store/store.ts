/** The named collections Parallax keeps. */
export const NAMESPACES = [
  'articles',
  'feeds',
  'stories',
  'story-merges',
  'clusterer',
  'subscriptions',
  'deliveries',
  'breakdown-versions',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A keyed collection of JSON values: the storage port the core depends on. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  getMany(keys: string[]): Promise<(T | undefined)[]>;
  /** Stores a value; `ttlMs` makes it expire. */
  set(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  has(key: string): Promise<boolean>;
  /** Every entry, in no particular order. */
  entries(): AsyncIterable<[string, T]>;
  clear(): Promise<void>;
}

/** The indexes Parallax keeps beside its collections, so lookups read an index instead of scanning a collection. */
export const INDEXES = ['outbox-due', 'subscriptions'] as const;
/** An index, or one part of it (`outbox-due:telegram`: the due index of one platform). */
export type IndexName = (typeof INDEXES)[number] | `${(typeof INDEXES)[number]}:${string}`;

/** Members ordered by a numeric score (Redis: a sorted set; SQLite: a table indexed on the score). */
export interface SortedIndex {
  /** Adds a member or changes its score. */
  put(member: string, score: number): Promise<void>;
  remove(member: string): Promise<void>;
  /** Members scored at most `max`, lowest score first, at most `limit` of them. */
  upTo(max: number, limit: number): Promise<string[]>;
  /**
   * Takes members scored at most `max` (lowest first, at most `limit`) and gives each the score `newScore`, in one
   * step: of several processes taking at once, each gets different members (a work queue's visibility timeout).
   */
  take(max: number, limit: number, newScore: number): Promise<string[]>;
  /** The lowest-scored member, or null when the index is empty. */
  first(): Promise<{ member: string; score: number } | null>;
  size(): Promise<number>;
  clear(): Promise<void>;
}

/** Named sets of members (Redis: one set per name; SQLite: a table keyed by set and member). */
export interface SetIndex {
  add(set: string, member: string): Promise<void>;
  remove(set: string, member: string): Promise<void>;
  /** The set's members, in no particular order. */
  members(set: string): Promise<string[]>;
  clear(): Promise<void>;
}

/** Where Parallax keeps its state: SQLite on disk by default, Redis for several processes. */
export interface Store {
  /** Human-readable location, for logs ("sqlite:./data/parallax.sqlite"). */
  readonly description: string;
  /** True when several processes may use the store at once (Redis); a SQLite file belongs to one process. */
  readonly shared?: boolean;
  collection<T>(namespace: Namespace): Collection<T>;
  sortedIndex(name: IndexName): SortedIndex;
  setIndex(name: IndexName): SetIndex;
  close(): Promise<void>;
}

/**
 * A store call that did not do what it was asked: the backend failed (a full disk, Redis down) or refused the
 * write. Callers must treat it as "nothing was saved" and say so, never as success.
 */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** Whether an error (or its cause) is a store failure. */
export function isStoreError(error: unknown): error is StoreError {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (e instanceof StoreError) return true;
  return false;
}
