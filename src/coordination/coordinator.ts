import { hostname } from 'node:os';

/**
 * Short-lived exclusive holds shared by every Parallax process on one store: the scheduler lease
 * and per-delivery claims. A hold expires after its time to live unless its owner renews it,
 * so a process that dies lets go on its own.
 */
export interface Coordinator {
  /** Takes `key` for `owner` when nobody holds it; true when taken. */
  acquire(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends `owner`'s hold on `key`; false when it no longer holds it. */
  renew(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Lets go of `key` when `owner` holds it; a no-op otherwise. */
  release(key: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

/** A process-unique owner id: host, pid and a random tail (a restarted pid gets a new id). */
export function ownerId(label = 'parallax'): string {
  return `${label}:${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
}
