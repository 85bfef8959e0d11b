import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureServer } from './fixture-server.ts';

/**
 * Invented outlets reporting an invented flood (the Tessel dam and the town of Marrow Creek) on a loopback
 * fixture server: each has a feed with a headline-only flood item and an unrelated item, and a page with the
 * flood report's text. Writes the sources file and returns its path. Every outlet shares the one host, so a
 * breakdown reads its pages a few at a time (the per-host limit) while the rest wait.
 */
export function serveFloodSite(server: FixtureServer, dir: string, outlets: number): string {
  const sources = [];
  // Dated an hour or two ago, so the stories are current for a process using the real clock.
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toUTCString();
  for (let i = 0; i < outlets; i++) {
    const id = `outlet-${i}`;
    const items = [
      `<item><title>Tessel dam overflows and floods Marrow Creek, twelve dead</title><link>${server.origin}/${id}/flood</link><guid>${id}-flood</guid><pubDate>${at(120 - i)}</pubDate></item>`,
      `<item><title>Outlet ${i} reviews a quiet opera season number ${i}</title><link>${server.origin}/${id}/opera</link><guid>${id}-opera</guid><pubDate>${at(30)}</pubDate><description>Critic ${i} looks at the opera season.</description></item>`,
    ];
    server.route(`/${id}/rss.xml`, {
      contentType: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${i}</title><language>en</language>${items.join('')}</channel></rss>`,
    });
    server.route(`/${id}/flood`, {
      contentType: 'text/html',
      charset: 'utf-8',
      body: `<!doctype html><html lang="en"><head><title>Flood | Outlet ${i}</title></head><body><article><h1>Tessel dam overflows and floods Marrow Creek</h1>
<p>Floodwater from the overflowing Tessel dam swept through the river town of Marrow Creek on Tuesday night, Outlet ${i} reports.</p>
<p>Twelve people died in the flooding, police in Marrow Creek said on Wednesday morning.</p>
<p>Governor Alma Reyes declared a state of emergency for the whole Tessel valley.</p></article></body></html>`,
    });
    sources.push({ id, name: `Outlet ${i}`, country: 'GB', language: 'en', ownership: 'private', feeds: [server.url(`/${id}/rss.xml`)] });
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'sources.json');
  writeFileSync(file, JSON.stringify(sources));
  return file;
}
