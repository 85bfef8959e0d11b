import { describe, expect, it } from 'vitest';
import { FEED_LIMITS } from '../../src/parse/limits.ts';
import { parseFeed } from '../../src/parse/parse-feed.ts';

const base = { sourceId: 'hostile', feedUrl: 'https://hostile.example/rss.xml', fetchedAt: '2026-11-29T12:00:00Z' };
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rss(items: string[], title = 'Hostile feed'): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escape(title)}</title><link>https://hostile.example/</link>${items.join('')}</channel></rss>`;
}

function item({
  n,
  title = `Item ${n}`,
  body = 'A short body.',
  at = new Date(Date.parse('2026-11-01T00:00:00Z') + n * 60_000).toUTCString(),
  source,
}: {
  n: number;
  title?: string;
  body?: string;
  at?: string;
  source?: string;
}): string {
  const publisher = source === undefined ? '' : `<source url="https://outlet.example/">${escape(source)}</source>`;
  return `<item><title>${escape(title)}</title><link>https://hostile.example/a/${n}</link><guid>https://hostile.example/a/${n}</guid><pubDate>${at}</pubDate><description>${escape(body)}</description>${publisher}</item>`;
}

describe('parseFeed: limits on hostile feeds', () => {
  it('clips a 1 MB title to 300 characters, a 1 MB body to 100 KB and an outlet name to 100 characters', async () => {
    const feed = await parseFeed({
      ...base,
      xml: rss(
        [item({ n: 1, title: 'Headline '.repeat(120_000), body: 'Body words here. '.repeat(60_000), source: 'Outlet '.repeat(5000) })],
        'Feed '.repeat(10_000),
      ),
    });
    const [article] = feed.items;
    expect(Array.from(article!.title).length).toBeLessThanOrEqual(FEED_LIMITS.titleChars);
    expect(article!.title).toMatch(/^Headline Headline .*…$/);
    expect(Buffer.byteLength(article!.body)).toBeLessThanOrEqual(FEED_LIMITS.bodyBytes);
    expect(Buffer.byteLength(article!.body)).toBeGreaterThan(FEED_LIMITS.bodyBytes * 0.9);
    expect(Array.from(article!.publisher!.name).length).toBeLessThanOrEqual(FEED_LIMITS.nameChars);
    expect(Array.from(feed.title!).length).toBeLessThanOrEqual(FEED_LIMITS.nameChars);
  });

  it('cuts a long title at a word, never inside one', async () => {
    const title = `${'Record basket '.repeat(30)}with a two-point basket against the Tarvik Owls`;
    const feed = await parseFeed({ ...base, xml: rss([item({ n: 1, title })]) });
    const clipped = feed.items[0]!.title;
    expect(clipped.length).toBeLessThanOrEqual(FEED_LIMITS.titleChars);
    expect(clipped).toMatch(/ (?:Record|basket)…$/);
  });

  it('never cuts a character in two when clipping', async () => {
    const feed = await parseFeed({ ...base, xml: rss([item({ n: 1, title: '地震😀'.repeat(1000), body: '😀'.repeat(80_000) })]) });
    const [article] = feed.items;
    expect(article!.title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(article!.body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('keeps the 500 newest of a 10,000-item feed and says how many it left out', async () => {
    // Feed order is shuffled against dates, so "the first 500" and "the newest 500" differ.
    const items = Array.from({ length: 10_000 }, (_, i) => item({ n: (i * 7919) % 10_000 }));
    const feed = await parseFeed({ ...base, xml: rss(items) });
    expect(feed.items).toHaveLength(FEED_LIMITS.itemsPerFeed);
    const kept = feed.items.map((a) => Number(/\/a\/(\d+)$/.exec(a.url!)![1])).sort((a, b) => a - b);
    expect(kept[0]).toBe(10_000 - FEED_LIMITS.itemsPerFeed);
    expect(feed.skipped.some((s) => /9500 items left out/.test(s.reason))).toBe(true);
  });

  it('strips bidi overrides, isolates and C1 controls from titles, bodies, outlet and author names', async () => {
    const evil = 'Minister \u202Eseyolpme\u202C resigns \u2066x\u2069\u0085\u009b31m';
    const feed = await parseFeed({
      ...base,
      xml: rss([item({ n: 1, title: evil, body: `${evil}\n\nSecond \u2067para\u2069.`, source: `Out\u202Dlet\u0090` })], `Feed\u202E`),
    });
    const [article] = feed.items;
    const unsafe = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;
    for (const text of [article!.title, article!.body, article!.publisher!.name, feed.title!]) expect(text).not.toMatch(unsafe);
    expect(article!.title).toBe('Minister seyolpme resigns x31m');
    expect(article!.publisher!.name).toBe('Outlet');
  });
});
