import type { Clock } from '../domain/clock.ts';
import { FetchError } from './fetch-error.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Waits up to this long for a host's back-off window rather than failing. */
export const MAX_POLITE_WAIT_MS = 2_000;
/** Assumed back-off when a 429 carries no usable Retry-After. */
export const DEFAULT_BACKOFF_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Remembers, per host, the time before which a server asked us not to come back (429/503 Retry-After). */
export class RateLimitMemory {
  private readonly notBefore = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Milliseconds still to wait before `host` may be asked again (0 when free). */
  remainingMs(host: string): number {
    const until = this.notBefore.get(host);
    if (until === undefined) return 0;
    const remaining = until - this.clock.now();
    if (remaining <= 0) this.notBefore.delete(host);
    return Math.max(0, remaining);
  }

  /** Resolves when `host` may be asked: at once, after a short wait, or rejects with 'rate-limited' if the wait is long. */
  async waitFor(host: string, signal: AbortSignal): Promise<void> {
    const remaining = this.remainingMs(host);
    if (remaining === 0) return;
    if (remaining <= MAX_POLITE_WAIT_MS) return sleep(remaining, signal);
    const seconds = Math.ceil(remaining / 1000);
    throw new FetchError({
      code: 'rate-limited',
      message: `${host} asked us to back off; ${seconds} s left before trying again`,
      retryAfterSeconds: seconds,
    });
  }

  /** Throws 'rate-limited' (and remembers the window) for a 429, or a 503 that carries Retry-After. */
  check(params: { host: string; url: string; status: number; retryAfter: string | null }): void {
    const { host, url, status } = params;
    if (status !== 429 && status !== 503) return;
    const parsed = parseRetryAfter(params.retryAfter, this.clock.now());
    if (status === 503 && parsed === undefined) return;
    const seconds = Math.min(parsed ?? DEFAULT_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS);
    if (seconds > 0) this.notBefore.set(host, this.clock.now() + seconds * 1000);
    const wait = parsed === undefined ? `no Retry-After, backing off ${seconds} s` : `Retry-After ${seconds} s`;
    throw new FetchError({
      code: 'rate-limited',
      message: `HTTP ${status} from ${url}: rate-limited (${wait})`,
      url,
      status,
      retryAfterSeconds: seconds,
    });
  }
}
