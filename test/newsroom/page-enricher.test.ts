import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import { silentLogger } from '../../src/log.ts';
import { createPageEnricher } from '../../src/newsroom/page-enricher.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  for (let i = 0; i < 16; i++) {
    server.route(`/page/${i}`, {
      contentType: 'text/html',
      delayMs: 20,
      body: `<html><body><article><p>Report ${i}: floodwater from the invented Tessel dam reached the market square of Marrow Creek before dawn.</p><p>Crews in boats took families from the rooftops near the old mill, the report adds.</p></article></body></html>`,
    });
  }
  server.route('/arabic', {
    contentType: 'text/html',
    body: '<html lang="en-US"><body><article><p>قالت السلطات إن مياه الفيضان غمرت ساحة السوق في البلدة قبل الفجر، وإن فرق الإنقاذ نقلت العائلات بالقوارب.</p><p>وأضافت أن المياه بدأت تنحسر بعد الظهر.</p></article></body></html>',
  });
  server.route('/slow', {
    contentType: 'text/html',
    delayMs: 5_000,
    body: '<html><body><article><p>Too late to be read.</p></article></body></html>',
  });
});
afterAll(() => server.close());

function headline(i: number, path = `/page/${i}`): Article {
  return {
    id: `a${i}`,
    sourceId: `outlet-${i}`,
    feedUrl: null,
    url: server.url(path),
    title: `Flood in Marrow Creek, report ${i}`,
    body: '',
    publishedAt: null,
    fetchedAt: '2026-11-28T08:00:00Z',
    language: 'en',
    author: null,
    publisher: null,
  };
}

describe('page enricher', () => {
  it('reads 16 pages of one host (most of them waiting for a slot) without a MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const enrich = createPageEnricher({ http: new HttpClient({ allowPrivateNetworks: true, maxPerHost: 2 }), log: silentLogger });
      const read = await enrich(
        Array.from({ length: 16 }, (_, i) => headline(i)),
        async () => {},
      );
      expect(read.filter((a) => a.body.includes('floodwater from the invented Tessel dam'))).toHaveLength(16);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });

  it('still gives up on pages at the shared deadline, leaving those reports headline-only', async () => {
    const enrich = createPageEnricher({ http: new HttpClient({ allowPrivateNetworks: true }), log: silentLogger, budgetMs: 300 });
    const began = Date.now();
    const read = await enrich([headline(100, '/slow'), headline(0)], async () => {});
    expect(Date.now() - began).toBeLessThan(3_000);
    expect(read[0]!.body).toBe('');
    expect(read[1]!.body).toContain('Marrow Creek');
  });

  it("takes a page's declared language only when its text's script agrees", async () => {
    const enrich = createPageEnricher({ http: new HttpClient({ allowPrivateNetworks: true }), log: silentLogger });
    const undeclared = { ...headline(200, '/arabic'), language: null };
    const [read] = await enrich([undeclared], async () => {});
    expect(read?.body).toContain('الفيضان');
    expect(read?.language).toBe('ar');
  });
});
