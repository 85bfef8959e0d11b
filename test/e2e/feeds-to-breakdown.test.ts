import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

// An invented flood in an invented town, reported by four invented outlets in their own words, with different tolls.
const OUTLETS = [
  {
    id: 'north-courier', name: 'North Courier', country: 'GB',
    text: [
      'Floodwater swept through the river town of Marrow Creek on Tuesday night after the Tessel dam overflowed.',
      'Twelve people died in the flooding, police said on Wednesday.',
      'Governor Alma Reyes declared a state of emergency for the Tessel valley.',
      'Rescue crews in boats reached families stranded on rooftops near the market square.',
    ],
  },
  {
    id: 'valley-post', name: 'Valley Post', country: 'DE',
    text: [
      'Fifteen people were killed when the Tessel dam overflowed and flooded Marrow Creek, the regional hospital said.',
      'Governor Alma Reyes announced a state of emergency across the Tessel valley on Wednesday morning.',
      'Valley Post learned that 40 homes near the old mill were destroyed completely.',
      'Army engineers are expected in Marrow Creek by Thursday to inspect the dam.',
    ],
  },
  {
    id: 'harbour-times', name: 'Harbour Times', country: 'IN',
    text: [
      'Police in Marrow Creek say twelve people died after water from the overflowing Tessel dam poured into the town.',
      'A state of emergency for the Tessel valley was declared by Governor Alma Reyes.',
      'Local schools will remain shut until Friday while roads are cleared.',
    ],
  },
  {
    id: 'plains-herald', name: 'Plains Herald', country: 'BR',
    text: [
      'The Marrow Creek flood has killed 15 people, according to the regional hospital.',
      'The Tessel dam overflowed late on Tuesday, sending a wall of water into the low-lying town.',
      'Governor Alma Reyes has declared a state of emergency in the Tessel valley.',
      'The operator of the dam denied that maintenance had been skipped.',
    ],
  },
];

function page(o: (typeof OUTLETS)[number]): string {
  return `<!doctype html><html lang="en"><head><title>Flood in Marrow Creek | ${o.name}</title>
<meta property="article:published_time" content="2026-11-28T0${OUTLETS.indexOf(o) + 1}:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Deadly flood hits Marrow Creek after Tessel dam overflows</h1>
${o.text.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="x.jpg"><figcaption>Photo: Staff photographer</figcaption></figure>
<p>Read more: Sign up for our newsletter</p></article>
<footer>Copyright 2026 ${o.name}. All rights reserved.</footer></body></html>`;
}

function feed(o: (typeof OUTLETS)[number], base: string): string {
  const items = [
    `<item><title>Deadly flood hits Marrow Creek after Tessel dam overflows</title><link>${base}/${o.id}/flood?utm_source=rss</link><guid>${o.id}-flood</guid><pubDate>Sat, 28 Nov 2026 0${OUTLETS.indexOf(o) + 1}:00:00 GMT</pubDate></item>`,
    `<item><title>${o.name} reviews: the new opera season in ${o.country}</title><link>${base}/${o.id}/opera</link><guid>${o.id}-opera</guid><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate><description>Critics of ${o.name} look at the new opera season.</description></item>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${o.name}</title><language>en</language>${items.join('')}</channel></rss>`;
}

let server: FixtureServer;
let app: App;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  for (const o of OUTLETS) {
    server.route(`/${o.id}/rss.xml`, { contentType: 'application/rss+xml', body: feed(o, server.origin) });
    server.route(`/${o.id}/flood`, { contentType: 'text/html', charset: 'utf-8', body: page(o) });
  }
  const sources = OUTLETS.map((o) => ({ id: o.id, name: o.name, country: o.country, language: 'en', ownership: 'private', homepage: `${server.origin}/${o.id}/`, feeds: [server.url(`/${o.id}/rss.xml`)] }));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  const config = loadConfig({ PARALLAX_DATA_DIR: join(dir, 'data'), PARALLAX_SOURCES: join(dir, 'sources.json'), PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true' });
  app = await createApp({ config, log: silentLogger, clock: { now: () => Date.parse('2026-11-28T12:00:00Z') } });
});

afterAll(async () => {
  await app.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('from loopback feeds and pages to a breakdown', () => {
  it('ingests, groups the flood reports into one story, reads the pages and finds where outlets differ', async () => {
    const report = await app.ingestOnce();
    expect(report.newArticles).toBe(8);
    const stories = await app.services.stories(10);
    const flood = stories.find((s) => /Marrow Creek/.test(s.headline));
    expect(flood?.outlets).toBe(4);
    expect(stories.filter((s) => /opera/.test(s.headline)).every((s) => s.outlets === 1)).toBe(true);

    const progress: string[] = [];
    const breakdown = await app.services.compare('flood Marrow Creek', async (t) => void progress.push(t));
    expect(breakdown).not.toBeNull();
    const b = breakdown!;
    expect(b.reports.map((r) => r.outlet).sort()).toEqual(OUTLETS.map((o) => o.name).sort());
    expect(progress.at(-1)).toBe('Reading 4 outlets… 4/4');
    for (const r of b.reports) {
      expect(r.url).not.toMatch(/utm_/);
      expect(r.summary.length).toBeGreaterThanOrEqual(2);
      expect(r.summary.join(' ')).not.toMatch(/Read more|Copyright|Photo:|Home/);
    }
    expect(b.coverage.byCountry).toEqual({ GB: 1, DE: 1, IN: 1, BR: 1 });
    const deaths = b.divergences.numbers.find((d) => d.variants.some((v) => v.min === 15));
    expect(deaths, JSON.stringify(b.divergences)).toBeDefined();
    expect(deaths!.variants.find((v) => v.min === 15)!.outlets.sort()).toEqual(['Plains Herald', 'Valley Post']);
    expect(b.unique.some((u) => u.outlet === 'Valley Post' && /40 homes/.test(u.statement)), JSON.stringify({ unique: b.unique, consensus: b.consensus.map((c) => c.statement), summaries: b.reports.map((r) => [r.outlet, r.independent, r.summary]) }, null, 1)).toBe(true);
    const all = JSON.stringify(b);
    for (const quote of [...b.consensus.flatMap((c) => c.quotes), ...b.unique.map((u) => u.quote)]) expect(page(OUTLETS.find((o) => o.name === quote.outlet)!)).toContain(quote.sentence.slice(0, 40));
    expect(all).not.toMatch(/opera/);
  });
});
