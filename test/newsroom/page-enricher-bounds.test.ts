import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { FetchResult } from '../../src/fetch/http-client.ts';
import { silentLogger } from '../../src/log.ts';
import { createPageEnricher } from '../../src/newsroom/page-enricher.ts';
import { FEED_LIMITS } from '../../src/parse/limits.ts';

const article = (n: number): Article => ({
  id: `src:${n}`,
  sourceId: 'src',
  feedUrl: 'https://outlet.example/rss',
  url: `https://outlet.example/a/${n}`,
  title: `Headline ${n}`,
  body: '',
  publishedAt: '2026-11-29T08:00:00Z',
  fetchedAt: '2026-11-29T08:05:00Z',
  language: 'en',
  author: null,
  publisher: null,
});

const noProgress = async () => {};

describe('page enricher bounds', () => {
  it('remembers a bounded number of tried pages: the oldest is forgotten and may be tried again', async () => {
    const fetched: string[] = [];
    const enrich = createPageEnricher({
      http: {
        fetch: async (url: string) => {
          fetched.push(url);
          throw new Error('refused');
        },
      } as never,
      log: silentLogger,
      maxRemembered: 50,
    });
    for (let batch = 0; batch < 10; batch++)
      await enrich(
        Array.from({ length: 20 }, (_, i) => article(batch * 20 + i)),
        noProgress,
      );
    expect(fetched).toHaveLength(200);
    await enrich([article(199)], noProgress);
    expect(fetched).toHaveLength(200);
    await enrich([article(0)], noProgress);
    expect(fetched).toHaveLength(201);
  });

  it('clips a page text to the body limit', async () => {
    const paragraph = `<p>${'The harbour authority said the crane collapsed during the night shift. '.repeat(20)}</p>`;
    const html = `<html><head><title>Crane</title></head><body><article>${paragraph.repeat(300)}</article></body></html>`;
    const ok = (url: string): FetchResult => ({
      kind: 'ok',
      url,
      status: 200,
      contentType: 'text/html',
      bytes: Buffer.from(html),
      text: html,
      charset: 'utf-8',
      etag: null,
      lastModified: null,
    });
    const enrich = createPageEnricher({ http: { fetch: async (url: string) => ok(url) } as never, log: silentLogger });
    const [improved] = await enrich([article(1)], noProgress);
    expect(improved!.body.length).toBeGreaterThan(10_000);
    expect(Buffer.byteLength(improved!.body)).toBeLessThanOrEqual(FEED_LIMITS.bodyBytes);
  });
});
