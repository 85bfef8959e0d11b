import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import type { ResolvedAddress } from '../../src/fetch/guarded-lookup.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import type { FixtureServer } from '../support/fixture-server.ts';
import { rejection } from '../support/rejection.ts';

const failure = (promise: Promise<unknown>) => rejection(promise, FetchError);

const MiB = 1024 * 1024;
let server: FixtureServer;

beforeAll(async () => (server = await startFixtureServer()));
afterAll(() => server.close());
beforeEach(() => server.resetStats());

const settle = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('body cap', () => {
  const client = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 10_000 });

  it('refuses a 50 MiB streamed body at 5 MiB and hangs up without reading the rest', async () => {
    server.route('/huge', { hugeBodyBytes: 50 * MiB, chunked: true });
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const error = await failure(client.fetch(server.url('/huge')));
    expect(error).toMatchObject({ code: 'too-large', message: 'body exceeds 5 MiB' });
    await settle();
    const seen = server.requestsTo('/huge')[0]!;
    expect(seen.closedEarly).toBe(true);
    expect(seen.bytesSent).toBeLessThan(25 * MiB);
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    expect(heapAfter - heapBefore).toBeLessThan(40 * MiB);
  });

  it('refuses early on Content-Length, before reading any body', async () => {
    server.route('/declared', { hugeBodyBytes: 50 * MiB });
    const error = await failure(client.fetch(server.url('/declared')));
    expect(error.code).toBe('too-large');
    await settle();
    const seen = server.requestsTo('/declared')[0]!;
    expect(seen.closedEarly).toBe(true);
    expect(seen.bytesSent).toBeLessThan(25 * MiB);
  });

  it('applies the cap to the decompressed size (gzip bomb)', async () => {
    server.route('/bomb', { body: Buffer.alloc(8 * MiB), compress: 'gzip' });
    const error = await failure(client.fetch(server.url('/bomb'), { maxBytes: 1 * MiB }));
    expect(error).toMatchObject({ code: 'too-large', message: 'body exceeds 1 MiB' });
    server.route('/small-gzip', { body: Buffer.alloc(512 * 1024), compress: 'gzip' });
    const ok = await client.fetch(server.url('/small-gzip'), { maxBytes: 1 * MiB });
    expect(ok.kind === 'ok' && ok.bytes.length).toBe(512 * 1024);
  });
});

describe('timeouts', () => {
  it('fails a response that stalls after the headers with stalled, in bounded time', async () => {
    server.route('/stall', { stallAfterHeaders: true, body: '<rss><channel>' });
    const client = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 2_000, stallTimeoutMs: 300 });
    const started = Date.now();
    const error = await failure(client.fetch(server.url('/stall')));
    expect(error.code).toBe('stalled');
    expect(Date.now() - started).toBeLessThan(1_500);
    await settle();
    expect(server.requestsTo('/stall')[0]!.closedEarly).toBe(true);
  });

  it('fails with timeout when the whole fetch outlasts timeoutMs even though bytes trickle', async () => {
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const client = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 400, stallTimeoutMs: 300 });
    const started = Date.now();
    const error = await failure(client.fetch(server.url('/trickle')));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('defaults the stall timer to the overall timeout', async () => {
    server.route('/silent', { stallAfterHeaders: true });
    const error = await failure(new HttpClient({ allowPrivateNetworks: true, timeoutMs: 300 }).fetch(server.url('/silent')));
    expect(['timeout', 'stalled']).toContain(error.code);
  });
});

describe('rate limiting', () => {
  it('turns 429 with Retry-After into rate-limited and fails later requests to that host fast', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const client = new HttpClient({ allowPrivateNetworks: true, clock: { now: () => now } });
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    server.route('/other', { body: 'fine' });
    const error = await failure(client.fetch(server.url('/busy')));
    expect(error).toMatchObject({ code: 'rate-limited', status: 429, retryAfterSeconds: 120 });
    const fast = await failure(client.fetch(server.url('/other')));
    expect(fast).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 120 });
    expect(server.requestsTo('/other')).toHaveLength(0);
    now += 121_000;
    expect((await client.fetch(server.url('/other'))).kind).toBe('ok');
  });

  it('reads an HTTP-date Retry-After on 503', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const client = new HttpClient({ allowPrivateNetworks: true, clock: { now: () => now } });
    server.route('/maint', { status: 503, headers: { 'retry-after': 'Sun, 01 Mar 2026 12:05:00 GMT' } });
    expect(await failure(client.fetch(server.url('/maint')))).toMatchObject({ code: 'rate-limited', status: 503, retryAfterSeconds: 300 });
  });

  it('waits instead of failing when the remaining window is short', async () => {
    const client = new HttpClient({ allowPrivateNetworks: true });
    server.route('/brief', { status: 429, headers: { 'retry-after': '1' } });
    server.route('/after', { body: 'ok' });
    await failure(client.fetch(server.url('/brief')));
    const started = Date.now();
    expect((await client.fetch(server.url('/after'))).kind).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
  });
});

describe('per-host concurrency', () => {
  it('never has more than two requests in flight to one host, while another host proceeds in parallel', async () => {
    const names: Record<string, string> = { 'a.test': '127.0.0.1', 'b.test': '127.0.0.1' };
    const lookup = async (hostname: string): Promise<ResolvedAddress[]> => [{ address: names[hostname] ?? '0.0.0.0', family: 4 }];
    const client = new HttpClient({ allowPrivateNetworks: true, lookup });
    server.route('/slow', { delayMs: 80, body: 'done' });
    const a = Array.from({ length: 6 }, () => client.fetch(`http://a.test:${server.port}/slow`));
    const b = Array.from({ length: 2 }, () => client.fetch(`http://b.test:${server.port}/slow`));
    const results = await Promise.all([...a, ...b]);
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(server.maxInFlight(`a.test:${server.port}`)).toBe(2);
    expect(server.maxInFlight(`b.test:${server.port}`)).toBe(2);
    expect(server.maxInFlight()).toBeGreaterThan(2);
    expect(server.requestsTo('/slow')).toHaveLength(8);
  });
});
