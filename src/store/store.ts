/** The named collections Parallax keeps. */
export const NAMESPACES = ['articles', 'feeds', 'stories', 'story-merges', 'subscriptions', 'deliveries'] as const;
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

/** Where Parallax keeps its state: SQLite on disk by default, Redis for several processes. */
export interface Store {
  /** Human-readable location, for logs ("sqlite:./data/parallax.sqlite"). */
  readonly description: string;
  collection<T>(namespace: Namespace): Collection<T>;
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
