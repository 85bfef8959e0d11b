import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { articlePage, FLOOD, OUTLETS, startNewsSite, type NewsSite } from '../support/news-site.ts';

let site: NewsSite;
let app: App;
let dir: string;

beforeAll(async () => {
  site = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const sourcesFile = site.writeSources(dir);
  const config = loadConfig({
    PARALLAX_DATA_DIR: join(dir, 'data'),
    PARALLAX_SOURCES: sourcesFile,
    PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true',
  });
  app = await createApp({ config, log: silentLogger, clock: { now: () => Date.parse('2026-11-28T12:00:00Z') } });
});

afterAll(async () => {
  await app.close();
  await site.close();
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
    expect(progress.at(-1)).toBe('Reading 4 pages of reports… 4/4');
    for (const r of b.reports) {
      expect(r.url).not.toMatch(/utm_/);
      expect(r.summary.length).toBeGreaterThanOrEqual(2);
      expect(r.summary.join(' ')).not.toMatch(/Read more|Copyright|Photo:|Home/);
    }
    expect(b.coverage.byCountry).toEqual({ GB: 1, DE: 1, IN: 1, BR: 1 });
    const deaths = b.divergences.numbers.find((d) => d.variants.some((v) => v.min === 15));
    expect(deaths, JSON.stringify(b.divergences)).toBeDefined();
    expect(deaths!.variants.find((v) => v.min === 15)!.outlets.sort()).toEqual(['Plains Herald', 'Valley Post']);
    expect(
      b.unique.some((u) => u.outlet === 'Valley Post' && /40 homes/.test(u.statement)),
      JSON.stringify(
        {
          unique: b.unique,
          consensus: b.consensus.map((c) => c.statement),
          summaries: b.reports.map((r) => [r.outlet, r.independent, r.summary]),
        },
        null,
        1,
      ),
    ).toBe(true);
    const all = JSON.stringify(b);
    for (const quote of [...b.consensus.flatMap((c) => c.quotes), ...b.unique.map((u) => u.quote)])
      expect(
        articlePage(
          OUTLETS.find((o) => o.name === quote.outlet)!,
          FLOOD,
        ),
      ).toContain(quote.sentence.slice(0, 40));
    // The opera reviews are another story; "The operator of the dam…" is the flood's own.
    expect(all).not.toMatch(/\bopera\b/);
  });
});
