import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEdition } from '../../src/domain/source.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import { silentLogger } from '../../src/log.ts';
import { createLiveSearch, NEWS_SEARCH_SOURCE_ID, pickEditions } from '../../src/newsroom/live-search.ts';
import { NewsSearchFailed } from '../../src/newsroom/news-search-failed.ts';
import { parseFeed } from '../../src/parse/parse-feed.ts';
import { loadNewsEditions } from '../../src/sources/google-news.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

const editions = loadNewsEditions();

describe('pickEditions', () => {
  it('searches English editions for a Latin-script topic', () => {
    const picked = pickEditions('earthquake Turkey', editions, 6);
    expect(picked).toHaveLength(6);
    expect(picked.every((e) => e.language === 'en')).toBe(true);
    expect(new Set(picked.map((e) => e.country)).size).toBe(6);
  });

  it("puts editions in the topic's own script first, then English ones", () => {
    const ukrainian = pickEditions('землетрус у Києві', editions, 6);
    expect(ukrainian[0]!.language).toBe('uk');
    expect(ukrainian.some((e) => e.language === 'ru')).toBe(true);
    expect(ukrainian.at(-1)!.language).toBe('en');
    expect(pickEditions('زلزال', editions, 4)[0]!.language).toBe('ar');
  });
});

describe('live news search', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    const item = (guid: string, title: string, publisher: string, host: string) =>
      `<item><title>${title} - ${publisher}</title><link>https://news.google.com/rss/articles/${guid}</link><guid>${guid}</guid><pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate><source url="https://${host}">${publisher}</source></item>`;
    const feed = (items: string[]) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>search</title>${items.join('')}</channel></rss>`;
    server.route('/search/US', {
      contentType: 'application/rss+xml',
      body: feed([
        item('g1', 'Dam bursts in Marrow Creek', 'North Courier', 'northcourier.example'),
        item('g2', 'Marrow Creek dam failure', 'Valley Post', 'valleypost.example'),
      ]),
    });
    server.route('/search/GB', {
      contentType: 'application/rss+xml',
      body: feed([item('g2', 'Marrow Creek dam failure', 'Valley Post', 'valleypost.example')]),
    });
    server.route('/search/IN', { status: 500 });
  });
  afterAll(() => server.close());

  it('merges what several editions return, keeps each publisher, survives a failing edition and reports progress', async () => {
    const three: NewsEdition[] = editions.filter((e) => ['US', 'GB', 'IN'].includes(e.country) && e.language === 'en');
    const search = createLiveSearch({
      http: new HttpClient({ allowPrivateNetworks: true }),
      parse: parseFeed,
      editions: three,
      clock: { now: () => Date.parse('2026-11-28T12:00:00Z') },
      log: silentLogger,
      searchUrl: (topic, edition) => `${server.url(`/search/${edition.country}`)}?q=${encodeURIComponent(topic)}`,
    });
    const progress: string[] = [];
    const found = await search('Marrow Creek dam', async (t) => void progress.push(t));
    expect(found.map((a) => a.publisher?.name).sort()).toEqual(['North Courier', 'Valley Post']);
    expect(found.every((a) => a.sourceId === NEWS_SEARCH_SOURCE_ID)).toBe(true);
    expect(found.map((a) => a.title)).toContain('Marrow Creek dam failure');
    expect(progress[0]).toBe('Searching 3 news editions… 0/3');
    expect(progress.at(-1)).toBe('Searching 3 news editions… 3/3');
    expect(server.requestsTo('/search/US')[0]!.path).toContain('q=Marrow%20Creek%20dam');
  });

  const searchOn = (searchUrl: (topic: string, edition: NewsEdition) => string) =>
    createLiveSearch({
      http: new HttpClient({ allowPrivateNetworks: true }),
      parse: parseFeed,
      editions: editions.filter((e) => e.language === 'en').slice(0, 3),
      clock: { now: () => 0 },
      log: silentLogger,
      searchUrl,
    });

  it('says every search failed on the network when none could be reached, rather than finding nothing', async () => {
    const closed = await startFixtureServer();
    const url = closed.url('/search');
    await closed.close();
    const failure = await searchOn(() => url)('Marrow Creek dam', async () => {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NewsSearchFailed);
    expect(failure).toMatchObject({ reason: 'network', searches: 3 });
  });

  it('says the search service failed when every search answered with an error, and finds nothing quietly when they answer empty', async () => {
    server.route('/search/down', { status: 503 });
    server.route('/search/empty', {
      contentType: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>search</title></channel></rss>',
    });
    const failure = await searchOn(() => server.url('/search/down'))('Marrow Creek dam', async () => {}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'NewsSearchFailed', reason: 'service', detail: 'HTTP 503' });
    expect(await searchOn(() => server.url('/search/empty'))('Marrow Creek dam', async () => {})).toEqual([]);
  });
});
