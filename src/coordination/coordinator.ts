import { hostname } from 'node:os';

/**
 * Short-lived exclusive holds shared by every Parallax process on one store: the scheduler lease
 * and per-delivery claims; and small shared facts (notes) such as when the last ingestion ran. A hold expires after its time to live unless its owner renews it,
 * so a process that dies lets go on its own.
 */
export interface Coordinator {
  /** Takes `key` for `owner` when nobody holds it; true when taken. */
  acquire(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends `owner`'s hold on `key`; false when it no longer holds it. */
  renew(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Lets go of `key` when `owner` holds it; a no-op otherwise. */
  release(key: string, owner: string): Promise<void>;
  /** Writes a small shared fact (e.g. when the last ingestion ran) under `key`, kept for `ttlMs`. */
  note(key: string, value: string, ttlMs: number): Promise<void>;
  /** Reads a fact written by `note` in any process; null when none is kept. */
  noted(key: string): Promise<string | null>;
  close(): Promise<void>;
}

/** A process-unique owner id: host, pid and a random tail (a restarted pid gets a new id). */
export function ownerId(label = 'parallax'): string {
  return `${label}:${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
}
