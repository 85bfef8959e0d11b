/** Why a fetch failed; each code maps to one thing a moderator can act on. */
export type FetchErrorCode =
  | 'bad-url'
  | 'bad-scheme'
  | 'blocked-address'
  | 'dns'
  | 'timeout'
  | 'stalled'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'http-status'
  | 'rate-limited'
  | 'network';

/** A failed fetch, with a message written for the person who configured the feed. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** The kind of failure. */
  readonly code: FetchErrorCode;
  /** The HTTP status, for 'http-status' and 'rate-limited'. */
  readonly status?: number;
  /** Seconds the server (or our own memory of it) asks us to wait, for 'rate-limited'. */
  readonly retryAfterSeconds?: number;
  /** The URL being fetched when it failed. */
  readonly url?: string;

  constructor(params: {
    code: FetchErrorCode;
    message: string;
    url?: string;
    status?: number;
    retryAfterSeconds?: number;
    cause?: unknown;
  }) {
    super(params.message, params.cause === undefined ? undefined : { cause: params.cause });
    this.code = params.code;
    if (params.url !== undefined) this.url = params.url;
    if (params.status !== undefined) this.status = params.status;
    if (params.retryAfterSeconds !== undefined) this.retryAfterSeconds = params.retryAfterSeconds;
  }
}

/** "5 MiB", "512 KiB" or "900 bytes", for size messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
