import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Source } from '../../src/domain/source.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import type { FeedOutcome } from '../../src/ingest/feed-outcome.ts';
import type { FeedState } from '../../src/ingest/feed-state.ts';
import { runIngest } from '../../src/ingest/run-ingest.ts';
import { silentLogger } from '../../src/log.ts';
import { parseFeed } from '../../src/parse/parse-feed.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;

let server: FixtureServer;
let store: Store;
let dir: string;
let now = Date.parse('2026-11-20T12:00:00Z');
const clock = { now: () => now };

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  store = await openStore({ dataDir: dir });
  server.route('/good.xml', { contentType: 'application/rss+xml', body: fixture('rss2.xml'), etag: '"v1"' });
  server.route('/atom.xml', { contentType: 'application/atom+xml', body: fixture('atom.xml') });
  server.route('/rdf.xml', { contentType: 'application/rdf+xml', body: fixture('rdf.xml') });
  server.route('/malformed.xml', { contentType: 'application/rss+xml', body: fixture('malformed.xml') });
  server.route('/html.xml', { contentType: 'text/html', body: fixture('html-not-feed.html') });
  server.route('/laughs.xml', { contentType: 'application/xml', body: fixture('billion-laughs.xml') });
  server.route('/empty.xml', { contentType: 'application/rss+xml', body: fixture('empty.xml') });
  server.route('/dupes.xml', { contentType: 'application/rss+xml', body: fixture('duplicate-guids.xml') });
  server.route('/nolink.xml', { contentType: 'application/rss+xml', body: fixture('no-link-no-date.xml') });
  server.route('/huge.xml', { contentType: 'application/rss+xml', hugeBodyBytes: 50 * 1024 * 1024, chunked: true });
  server.route('/stall.xml', { contentType: 'application/rss+xml', stallAfterHeaders: true });
  server.route('/loop-a.xml', { redirectTo: '/loop-b.xml' });
  server.route('/loop-b.xml', { redirectTo: '/loop-a.xml' });
  server.route('/gone.xml', { status: 404, body: 'not here' });
  server.route('/broken.xml', { status: 500, body: 'oops' });
  server.route('/cp1251.xml', {
    contentType: 'application/rss+xml',
    charset: 'windows-1251',
    encodeAs: 'windows-1251',
    body: rss('<item><title>Паводок в Заречье: эвакуированы жители</title><guid>ru-1</guid></item>'),
  });
  server.route('/koi8-no-charset.xml', {
    contentType: 'application/rss+xml',
    encodeAs: 'koi8-r',
    body: '<?xml version="1.0" encoding="KOI8-R"?>' + rss('<item><title>Мост в Северске закрыт</title><guid>koi-1</guid></item>'),
  });
});

afterAll(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function source(id: string, path: string): Source {
  return { id, name: id, feeds: [server.url(path)], language: 'en' };
}

async function ingest(sources: Source[], http = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 1500, clock })) {
  const added: Article[] = [];
  const report = await runIngest({
    sources,
    store,
    fetcher: http,
    parse: parseFeed,
    clock,
    log: silentLogger,
    onArticles: (a) => void added.push(...a),
  });
  const by = Object.fromEntries(report.feeds.map((f) => [f.sourceId, f])) as Record<string, FeedOutcome>;
  return { report, by, added };
}

describe('ingestion from loopback feeds', () => {
  it('gives each broken feed a clear error and stores every good feed', async () => {
    const good = [
      source('good', '/good.xml'),
      source('atom', '/atom.xml'),
      source('rdf', '/rdf.xml'),
      source('dupes', '/dupes.xml'),
      source('nolink', '/nolink.xml'),
      source('cp1251', '/cp1251.xml'),
      source('koi8', '/koi8-no-charset.xml'),
      source('empty', '/empty.xml'),
    ];
    const bad = [
      ['malformed', '/malformed.xml', /malformed|not well-formed|Unclosed|Unexpected/i],
      ['html', '/html.xml', /HTML page, not a feed/i],
      ['laughs', '/laughs.xml', /entit/i],
      ['huge', '/huge.xml', /exceeds 5 MiB/i],
      ['stall', '/stall.xml', /gave up on .* after 1.5 s|stalled/i],
      ['loop', '/loop-a.xml', /redirect/i],
      ['gone', '/gone.xml', /HTTP 404/],
      ['broken', '/broken.xml', /HTTP 500/],
    ] as const;
    const began = performance.now();
    const { report, by, added } = await ingest([...good, ...bad.map(([id, path]) => source(id, path))]);
    expect(performance.now() - began).toBeLessThan(15_000);
    expect(report.feeds).toHaveLength(good.length + bad.length);
    for (const [id, , message] of bad) {
      expect(by[id]!.status, id).toBe('error');
      expect(by[id]!.message, id).toMatch(message);
    }
    for (const s of good) expect(by[s.id]!.status, s.id).not.toBe('error');
    expect(by.empty!.status).toBe('seen');
    expect(by.dupes!.newArticles).toBe(2);
    expect(by.nolink!.newArticles).toBe(4);

    const articles = store.collection<Article>('articles');
    const stored: Article[] = [];
    for await (const [, a] of articles.entries()) stored.push(a);
    expect(stored).toHaveLength(report.newArticles);
    expect(added.map((a) => a.id).sort()).toEqual(stored.map((a) => a.id).sort());
    expect(stored.map((a) => a.title)).toContain('Паводок в Заречье: эвакуированы жители');
    expect(stored.map((a) => a.title)).toContain('Мост в Северске закрыт');
    expect(stored.some((a) => a.url?.includes('utm_'))).toBe(false);

    const feeds = store.collection<FeedState>('feeds');
    expect((await feeds.get(server.url('/gone.xml')))!.failures).toBe(1);
    expect((await feeds.get(server.url('/gone.xml')))!.lastError).toMatch(/HTTP 404/);
    expect((await feeds.get(server.url('/good.xml')))!.etag).toBe('"v1"');
  });

  it('reports seen and not modified on the next run, and never stores an article twice', async () => {
    now += 60 * 60_000;
    const before = await count();
    const { by } = await ingest([source('good', '/good.xml'), source('atom', '/atom.xml')]);
    expect(by.good!.status).toBe('not-modified');
    expect(server.requestsTo('/good.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(by.atom!.status).toBe('seen');
    expect(by.atom!.newArticles).toBe(0);
    expect(await count()).toBe(before);
  });

  it('takes an item its feed still lists for no new article once the article has left the store', async () => {
    const item = (n: number) => `<item><title>Tessel dam report ${n}</title><guid>long-${n}</guid></item>`;
    server.route('/long.xml', { contentType: 'application/rss+xml', body: rss(item(1) + item(2)) });
    expect((await ingest([source('long', '/long.xml')])).by.long!.newArticles).toBe(2);
    // Two weeks on, the articles have expired from the store, and the feed still lists both.
    now += 15 * 86_400_000;
    for await (const [id, a] of store.collection<Article>('articles').entries())
      if (a.sourceId === 'long') await store.collection('articles').delete(id);
    const again = await ingest([source('long', '/long.xml')]);
    expect(again.by.long).toMatchObject({ status: 'seen', newArticles: 0 });
    expect(again.added).toEqual([]);
    // A new item is still new.
    server.route('/long.xml', { contentType: 'application/rss+xml', body: rss(item(3) + item(1) + item(2)) });
    const next = await ingest([source('long', '/long.xml')]);
    expect(next.added.map((a) => a.title)).toEqual(['Tessel dam report 3']);
  });

  it('stamps every new article of a run as fetched when the run started, whichever feed answered first', async () => {
    server.route('/early.xml', { contentType: 'application/rss+xml', body: rss('<item><title>Quay opens</title><guid>e-1</guid></item>') });
    server.route('/late.xml', {
      contentType: 'application/rss+xml',
      body: rss('<item><title>Quay closes</title><guid>l-1</guid></item>'),
      delayMs: 50,
    });
    // A clock that moves on at every reading, as the real one does while feeds answer.
    let ticking = now;
    const added: Article[] = [];
    const report = await runIngest({
      sources: [source('late', '/late.xml'), source('early', '/early.xml')],
      store,
      fetcher: new HttpClient({ allowPrivateNetworks: true, timeoutMs: 1500, clock }),
      parse: parseFeed,
      clock: { now: () => (ticking += 1000) },
      log: silentLogger,
      onArticles: (a) => void added.push(...a),
    });
    expect(added.map((a) => a.title).sort()).toEqual(['Quay closes', 'Quay opens']);
    expect(added.map((a) => a.fetchedAt)).toEqual([report.startedAt, report.startedAt]);
  });

  it('skips a failing feed while it backs off, without fetching it', async () => {
    server.route('/flaky.xml', { status: 500, body: 'oops' });
    expect((await ingest([source('broken', '/flaky.xml')])).by.broken!.status).toBe('error');
    const hits = server.requestsTo('/flaky.xml').length;
    now += 60_000;
    const { by } = await ingest([source('broken', '/flaky.xml')]);
    expect(by.broken!.status).toBe('skipped');
    expect(by.broken!.message).toMatch(/backing off until .* HTTP 500/);
    expect(server.requestsTo('/flaky.xml')).toHaveLength(hits);
  });

  it('refuses feeds on private addresses when private networks are not allowed', async () => {
    const guarded = new HttpClient({ timeoutMs: 1500, clock });
    const sources: Source[] = [
      { id: 'loop', name: 'loop', feeds: ['http://127.0.0.1:9/feed'] },
      { id: 'ten', name: 'ten', feeds: ['http://10.1.2.3/feed'] },
      { id: 'meta', name: 'meta', feeds: ['http://169.254.169.254/latest/meta-data/'] },
      { id: 'local', name: 'local', feeds: ['http://localhost:9/feed'] },
    ];
    const { by } = await ingest(sources, guarded);
    for (const id of ['loop', 'ten', 'meta', 'local']) {
      expect(by[id]!.status, id).toBe('error');
      expect(by[id]!.message, id).toMatch(/refused/i);
    }
  });
});

describe('stopping an ingestion run', () => {
  it('ends promptly on shutdown: a feed in flight is skipped, not counted as failing, and later feeds are not fetched', async () => {
    server.route('/slow.xml', { contentType: 'application/rss+xml', stallAfterHeaders: true });
    const stop = new AbortController();
    const sources = [source('slow', '/slow.xml'), ...Array.from({ length: 20 }, (_, i) => source(`later-${i}`, '/atom.xml'))];
    const http = new HttpClient({ allowPrivateNetworks: true, timeoutMs: 10_000, clock });
    setTimeout(() => stop.abort(), 200);
    const began = performance.now();
    const report = await runIngest({
      sources,
      store,
      fetcher: http,
      parse: parseFeed,
      clock,
      log: silentLogger,
      concurrency: 1,
      signal: stop.signal,
    });
    expect(performance.now() - began).toBeLessThan(3000);
    expect(report.feeds).toHaveLength(1);
    expect(report.feeds[0]).toMatchObject({ sourceId: 'slow', status: 'skipped', message: 'stopped: Parallax is shutting down' });
    expect(await store.collection<FeedState>('feeds').get(server.url('/slow.xml'))).toBeUndefined();
  });
});

async function count(): Promise<number> {
  let n = 0;
  for await (const _ of store.collection('articles').entries()) n++;
  return n;
}
