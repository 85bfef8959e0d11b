import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { DEFAULT_USER_AGENT, HttpClient } from '../../src/fetch/http-client.ts';
import type { FetchResult } from '../../src/fetch/http-client.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import type { FixtureServer } from '../support/fixture-server.ts';
import { rejection } from '../support/rejection.ts';

const failure = (promise: Promise<unknown>) => rejection(promise, FetchError);

let server: FixtureServer;
const client = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 3_000 });

beforeAll(async () => (server = await startFixtureServer()));
afterAll(() => server.close());
beforeEach(() => server.resetStats());

function ok(result: FetchResult): Extract<FetchResult, { kind: 'ok' }> {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}`);
  return result;
}

describe('HttpClient basics', () => {
  it('fetches a body, sends the Parallax User-Agent, Accept and Accept-Encoding', async () => {
    server.route('/feed.xml', { body: '<rss version="2.0"/>', contentType: 'application/rss+xml' });
    const result = ok(await client.fetch(server.url('/feed.xml')));
    expect(result).toMatchObject({ status: 200, text: '<rss version="2.0"/>', contentType: 'application/rss+xml', charset: 'utf-8' });
    expect(result.bytes.equals(Buffer.from('<rss version="2.0"/>'))).toBe(true);
    const seen = server.requestsTo('/feed.xml')[0]!;
    expect(seen.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(seen.headers['user-agent']).toMatch(/^Parallax\//);
    expect(seen.headers.accept).toContain('application/rss+xml');
    expect(seen.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends a custom User-Agent and Accept when given', async () => {
    server.route('/page', { body: 'x' });
    await new HttpClient({ allowPrivateNetworks: true, userAgent: 'Parallax-test/9' }).fetch(server.url('/page'), { accept: 'text/html' });
    expect(server.requestsTo('/page')[0]!.headers).toMatchObject({ 'user-agent': 'Parallax-test/9', accept: 'text/html' });
  });

  it('round-trips ETag and Last-Modified into a 304 not-modified', async () => {
    const lastModified = 'Sun, 01 Mar 2026 10:00:00 GMT';
    server.route('/cond', { body: 'first', etag: '"v1"', lastModified });
    const first = ok(await client.fetch(server.url('/cond')));
    expect(first).toMatchObject({ etag: '"v1"', lastModified });
    const second = await client.fetch(server.url('/cond'), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ kind: 'not-modified', url: server.url('/cond'), etag: '"v1"', lastModified });
    const [plain, conditional] = server.requestsTo('/cond');
    expect(plain!.headers['if-none-match']).toBeUndefined();
    expect(conditional!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': lastModified });

    server.route('/cond-date', { body: 'x', lastModified });
    expect((await client.fetch(server.url('/cond-date'), { lastModified })).kind).toBe('not-modified');
    expect(ok(await client.fetch(server.url('/cond'), { etag: '"v0"' })).text).toBe('first');
  });

  it.each([
    [404, 'HTTP 404 Not Found'],
    [500, 'HTTP 500 Internal Server Error'],
    [410, 'HTTP 410 Gone'],
  ])('turns %i into an http-status error a moderator can read', async (status, message) => {
    server.route(`/status-${status}`, { status, body: 'nope' });
    const error = await failure(client.fetch(server.url(`/status-${status}`)));
    expect(error).toMatchObject({ code: 'http-status', status });
    expect(error.message).toContain(message);
    expect(error.message).toContain(`/status-${status}`);
  });

  it('decompresses gzip, deflate and br bodies', async () => {
    const text = 'compressed feed body '.repeat(200);
    for (const compress of ['gzip', 'deflate', 'br'] as const) {
      server.route(`/z-${compress}`, { body: text, compress });
      expect(ok(await client.fetch(server.url(`/z-${compress}`))).text).toBe(text);
    }
  });

  it.each(['ftp://127.0.0.1/feed.xml', 'file:///etc/passwd', 'gopher://127.0.0.1/', 'javascript:alert(1)'])(
    'refuses %s as bad-scheme',
    async (url) => {
      const error = await failure(client.fetch(url));
      expect(error.code).toBe('bad-scheme');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('refuses a malformed URL as bad-url', async () => {
    expect((await failure(client.fetch('not a url'))).code).toBe('bad-url');
  });

  it('reports a closed port as a network error', async () => {
    const closed = await startFixtureServer();
    const url = closed.url('/gone');
    await closed.close();
    const error = await failure(client.fetch(url));
    expect(error.code).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('stops when the caller aborts', async () => {
    server.route('/slow', { delayMs: 2_000, body: 'late' });
    const controller = new AbortController();
    const pending = client.fetch(server.url('/slow'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect((await failure(pending)).message).toContain('aborted');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('HttpClient redirects', () => {
  it('follows a chain of relative and absolute redirects and reports the final URL', async () => {
    server.route('/r1', { redirectTo: '/r2', status: 301 });
    server.route('/r2', { redirectTo: server.url('/dir/r3'), status: 307 });
    server.route('/dir/r3', { redirectTo: 'final?x=1', status: 308 });
    server.route('/dir/final', { body: 'landed' });
    const result = ok(await client.fetch(server.url('/r1')));
    expect(result.url).toBe(server.url('/dir/final?x=1'));
    expect(result.text).toBe('landed');
    expect(server.requests.map((r) => r.path)).toEqual(['/r1', '/r2', '/dir/r3', '/dir/final?x=1']);
  });

  it('detects a redirect loop', async () => {
    server.route('/loop-a', { redirectTo: '/loop-b' });
    server.route('/loop-b', { redirectTo: '/loop-a' });
    const error = await failure(client.fetch(server.url('/loop-a')));
    expect(error.code).toBe('redirect-loop');
    expect(server.requests).toHaveLength(2);
  });

  it('allows exactly five redirects and refuses the sixth', async () => {
    for (let i = 0; i < 7; i += 1) server.route(`/hop${i}`, { redirectTo: `/hop${i + 1}` });
    server.route('/hop5', { body: 'five hops' });
    expect(ok(await client.fetch(server.url('/hop0'))).text).toBe('five hops');
    server.route('/hop5', { redirectTo: '/hop6' });
    server.route('/hop6', { body: 'six hops' });
    const error = await failure(client.fetch(server.url('/hop0')));
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toContain('more than 5 redirects');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.route('/to-file', { redirectTo: 'file:///etc/passwd' });
    expect((await failure(client.fetch(server.url('/to-file')))).code).toBe('bad-scheme');
  });
});
