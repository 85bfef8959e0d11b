import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, BACKOFF, newFeedState, reenabled, whyNotDue } from '../../src/ingest/feed-state.ts';

const t0 = Date.parse('2026-01-01T00:00:00Z');

describe('feed health', () => {
  it('backs off exponentially, capped', () => {
    let state = newFeedState('https://example.org/feed', 'ex');
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      state = afterFailure(state, t0, 'HTTP 500');
      waits.push(Date.parse(state.nextAttemptAt!) - t0);
    }
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8].map((k) => k * BACKOFF.baseMs));
    expect(Math.max(...waits)).toBe(BACKOFF.maxMs);
    expect(whyNotDue(state, t0 + 1000)).toMatch(/backing off until .* after: HTTP 500/);
    expect(whyNotDue(state, t0 + BACKOFF.maxMs + 1)).toBeNull();
  });

  it('is disabled after a run of failures, keeping the reason for moderators', () => {
    let state = newFeedState('https://example.org/feed', 'ex');
    for (let i = 0; i < BACKOFF.disableAfter; i++) state = afterFailure(state, t0, 'not a feed (HTML page)');
    expect(state.disabled?.reason).toMatch(/10 failures in a row; last: not a feed/);
    expect(whyNotDue(state, t0 + 365 * 86_400_000)).toMatch(/^disabled since/);
    expect(whyNotDue(reenabled(state), t0)).toBeNull();
  });

  it('a success clears the failure run and keeps the validators', () => {
    let state = afterFailure(newFeedState('u', 's'), t0, 'timeout');
    state = afterSuccess(state, t0 + 1, { etag: '"abc"', lastModified: 'Wed, 01 Jan 2026 00:00:00 GMT' });
    expect(state.failures).toBe(0);
    expect(state.etag).toBe('"abc"');
    expect(whyNotDue(state, t0 + 2)).toBeNull();
  });

  it('honours Retry-After without counting it towards disabling', () => {
    let state = newFeedState('u', 's');
    for (let i = 0; i < 50; i++) state = afterFailure(state, t0, 'HTTP 429', 120);
    expect(state.disabled).toBeNull();
    expect(state.failures).toBe(0);
    expect(Date.parse(state.nextAttemptAt!) - t0).toBe(120_000);
  });
});
