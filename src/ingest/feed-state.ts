/** What Parallax remembers about one feed between runs: validators for conditional GET and its health. */
export interface FeedState {
  feedUrl: string;
  sourceId: string;
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Failures in a row since the last success. */
  failures: number;
  /** ISO time before which the feed is not fetched again (backoff or Retry-After). */
  nextAttemptAt: string | null;
  lastError: string | null;
  /** Set after too many failures in a row; the reason is kept for moderators. */
  disabled: { at: string; reason: string } | null;
  /**
   * Ids of the items the feed listed at its last successful read (at most `MAX_LISTED`): an item it still lists is
   * not new, however long ago it was read, though the article itself is kept only `ARTICLE_RETENTION_MS`. Absent in
   * states saved before 2026-12-03.
   */
  listed?: string[];
}

/** The most item ids remembered per feed: far more than a feed lists at once. */
export const MAX_LISTED = 1000;

/** How failing feeds are treated. */
export const BACKOFF = {
  /** Wait after the first failure; doubled for each further one. */
  baseMs: 5 * 60_000,
  maxMs: 12 * 60 * 60_000,
  /** Failures in a row that disable a feed (with backoff, about two days of trying). */
  disableAfter: 10,
} as const;

export function newFeedState(feedUrl: string, sourceId: string): FeedState {
  return {
    feedUrl,
    sourceId,
    etag: null,
    lastModified: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    failures: 0,
    nextAttemptAt: null,
    lastError: null,
    disabled: null,
  };
}

/** Why a feed is not fetched now, or null when it is due. */
export function whyNotDue(state: FeedState, now: number): string | null {
  if (state.disabled) return `disabled since ${state.disabled.at}: ${state.disabled.reason}`;
  if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now) {
    return `backing off until ${state.nextAttemptAt}${state.lastError ? ` after: ${state.lastError}` : ''}`;
  }
  return null;
}

/** The state after a successful fetch (new content or not modified). */
export function afterSuccess(state: FeedState, now: number, validators: { etag: string | null; lastModified: string | null }): FeedState {
  const at = new Date(now).toISOString();
  return { ...state, ...validators, lastAttemptAt: at, lastSuccessAt: at, failures: 0, nextAttemptAt: null, lastError: null };
}

/**
 * The state after a failure: exponential backoff, disabled after a run of failures.
 * A server's Retry-After is honoured as given and does not count towards disabling.
 */
export function afterFailure(state: FeedState, now: number, reason: string, retryAfterSeconds?: number): FeedState {
  const at = new Date(now).toISOString();
  if (retryAfterSeconds !== undefined) {
    return { ...state, lastAttemptAt: at, lastError: reason, nextAttemptAt: new Date(now + retryAfterSeconds * 1000).toISOString() };
  }
  const failures = state.failures + 1;
  const wait = Math.min(BACKOFF.baseMs * 2 ** (failures - 1), BACKOFF.maxMs);
  const disabled = failures >= BACKOFF.disableAfter ? { at, reason: `${failures} failures in a row; last: ${reason}` } : null;
  return { ...state, lastAttemptAt: at, failures, lastError: reason, nextAttemptAt: new Date(now + wait).toISOString(), disabled };
}

/** A moderator's re-enable: clears the failure run and the disablement. */
export function reenabled(state: FeedState): FeedState {
  return { ...state, failures: 0, nextAttemptAt: null, disabled: null };
}
