import { describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { RateLimitMemory } from '../../src/fetch/rate-limit-memory.ts';
import { parseRetryAfter } from '../../src/fetch/retry-after.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and rejects junk', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', NOW)).toBe(90);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe('RateLimitMemory', () => {
  it('turns a 429 into rate-limited and fails fast for that host until the window passes', async () => {
    let now = NOW;
    const memory = new RateLimitMemory({ now: () => now });
    const signal = new AbortController().signal;
    let thrown: unknown;
    try {
      memory.check({ host: 'a.example', url: 'https://a.example/feed', status: 429, retryAfter: '30' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FetchError);
    expect(thrown).toMatchObject({ code: 'rate-limited', status: 429, retryAfterSeconds: 30 });
    await expect(memory.waitFor('a.example', signal)).rejects.toMatchObject({ code: 'rate-limited', retryAfterSeconds: 30 });
    await expect(memory.waitFor('b.example', signal)).resolves.toBeUndefined();
    now += 29_000;
    const started = Date.now();
    await memory.waitFor('a.example', signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    now += 2_000;
    expect(memory.remainingMs('a.example')).toBe(0);
  });

  it('treats 503 as rate-limited only when it carries Retry-After; other statuses pass', () => {
    const memory = new RateLimitMemory({ now: () => NOW });
    expect(() => memory.check({ host: 'h', url: 'u', status: 503, retryAfter: null })).not.toThrow();
    expect(() => memory.check({ host: 'h', url: 'u', status: 500, retryAfter: '10' })).not.toThrow();
    expect(() => memory.check({ host: 'h', url: 'u', status: 503, retryAfter: 'Sun, 01 Mar 2026 12:00:20 GMT' })).toThrow(
      expect.objectContaining({ code: 'rate-limited', retryAfterSeconds: 20 }),
    );
    expect(memory.remainingMs('h')).toBe(20_000);
  });

  it('assumes a default back-off for a 429 without Retry-After', () => {
    const memory = new RateLimitMemory({ now: () => NOW });
    expect(() => memory.check({ host: 'h', url: 'u', status: 429, retryAfter: null })).toThrow(
      expect.objectContaining({ retryAfterSeconds: 60 }),
    );
    expect(memory.remainingMs('h')).toBe(60_000);
  });
});
