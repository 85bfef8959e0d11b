/** How failed sends are retried: exponential delay from `baseMs` up to `maxMs`, giving up after `maxAttempts`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/** 30 s, doubling to at most an hour, eight attempts. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 8 };

/** The wait before attempt `attempts + 1`, after `attempts` failures (1 → base, 2 → 2×base, …, capped). */
export function backoffDelay(policy: BackoffPolicy, attempts: number): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}
