import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { silentLogger } from '../log.ts';
import { createApp } from '../main.ts';
import { peakRssMb } from './peak-rss.ts';

/**
 * `npm run bench -- ingest [--feeds 200] [--items 50]`: a loopback server serves N generated feeds;
 * a full ingestion run is timed, then a second run where every feed answers 304 Not Modified.
 */
export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { feeds: { type: 'string', default: '200' }, items: { type: 'string', default: '50' } },
    strict: true,
  });
  const feeds = Number(values.feeds);
  const items = Number(values.items);
  const server = await serveFeeds(items);
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-ingest-'));
  const sourcesFile = join(dir, 'sources.json');
  const sources = Array.from({ length: feeds }, (_, i) => ({
    id: `bench-${i}`,
    name: `Bench Outlet ${i}`,
    country: ['GB', 'DE', 'UA', 'IN', 'BR'][i % 5],
    language: 'en',
    feeds: [`http://127.0.0.1:${port}/feed/${i}.xml`],
  }));
  writeFileSync(sourcesFile, JSON.stringify(sources));
  const config = loadConfig({
    PARALLAX_DATA_DIR: join(dir, 'data'),
    PARALLAX_SOURCES: sourcesFile,
    PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true',
  });
  const app = await createApp({ config, log: silentLogger });
  try {
    let began = performance.now();
    const first = await app.ingestOnce();
    const firstSeconds = (performance.now() - began) / 1000;
    began = performance.now();
    const second = await app.ingestOnce();
    const secondSeconds = (performance.now() - began) / 1000;
    const reported = first.feeds.filter(Boolean).length;
    console.error(`first run: ${reported} feeds reported, ${first.newArticles} new articles in ${firstSeconds.toFixed(2)} s`);
    console.log(
      JSON.stringify({
        feeds,
        items_per_feed: items,
        feeds_reported: reported,
        failed: first.feeds.filter((f) => f.status === 'error').length,
        new_articles: first.newArticles,
        seconds: round(firstSeconds),
        articles_per_s: Math.round(first.newArticles / firstSeconds),
        second_run_seconds: round(secondSeconds),
        second_run_not_modified: second.feeds.filter((f) => f.status === 'not-modified').length,
        peak_rss_mb: peakRssMb(),
      }),
    );
  } finally {
    await app.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const WORDS =
  'council harbour bridge storm vote budget river school rail clinic market festival drought court mayor trial wildfire summit strike satellite'.split(
    ' ',
  );
const PLACES = 'Northbridge Eastmoor Lowford Kestrel Bay Amberfield Greyhaven Mirefield Westport'.split(' ');

function serveFeeds(items: number): Promise<Server> {
  const server = createServer((req, res) => {
    const match = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    const n = Number(match[1]);
    const etag = `"feed-${n}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(feedXml(n, items));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function feedXml(feed: number, items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const seed = createHash('sha1').update(`${feed}:${i}`).digest();
    const pick = (list: string[], k: number) => list[seed[k]! % list.length]!;
    const title = `${pick(PLACES, 0)} ${pick(WORDS, 1)} ${pick(WORDS, 2)} as ${seed[3]! % 40} ${pick(WORDS, 4)} reported`;
    const date = new Date(Date.UTC(2026, 10, 1, 0, 0) + (feed * items + i) * 60_000).toUTCString();
    return `<item><title>${title}</title><link>https://outlet${feed}.example/story/${i}?utm_source=rss</link><guid>outlet${feed}-${i}</guid><pubDate>${date}</pubDate><description>${title}. Officials in ${pick(PLACES, 5)} said the ${pick(WORDS, 6)} would continue.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${feed}</title><link>https://outlet${feed}.example/</link><language>en</language>${entries.join('')}</channel></rss>`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
