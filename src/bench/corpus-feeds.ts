import anyAscii from 'any-ascii';
import { createServer, type Server } from 'node:http';
import type { CorpusLine } from './corpus-article.ts';

/** One outlet of a corpus served as a feed: the corpus lines whose `source` it is. */
export interface CorpusOutlet {
  /**
   * A source id made from the corpus `source` in Latin letters ("www.bbc.co.uk" -> "www-bbc-co-uk", "Вечерние Вести"
   * -> "vechernie-vesti"); "unattributed" for lines without one.
   */
  id: string;
  lines: { line: CorpusLine; page: string }[];
  /** The language most of its lines give, declared for the whole feed as a sources file does. */
  language: string | null;
}

/** A corpus served on loopback: one RSS feed per outlet at `/feed/<id>.xml` and a page per article. */
export interface CorpusFeeds {
  origin: string;
  outlets: CorpusOutlet[];
  /** Per-feed answer delay in ms, by outlet id; set before each run. */
  delays: Map<string, number>;
  /** Which corpus lines the feeds list now (all when unset): a round of a run in rounds lists only some. */
  listing: { shows: (lineId: string) => boolean };
  close(): Promise<void>;
}

/**
 * Serves a labelled corpus as outlet feeds: each item carries its title, a link to its page on this
 * server and its body as content; `guid` is the corpus id, so the article id ingestion gives it can be
 * worked out (see pipeline-bench). A page's path keeps the original address's path after
 * `/page/<n>`, so the headline words an address carries ("/iran-quake_x.htm") reach the clusterer as
 * they would from the real page; `<n>` keeps pages apart and is no word. Only title, body, url,
 * source, language and published_at are served; `story_id` never leaves the process.
 */
export async function serveCorpus(lines: CorpusLine[]): Promise<CorpusFeeds> {
  const byOutlet = new Map<string, CorpusOutlet>();
  const pages = new Map<string, CorpusLine>();
  lines.forEach((line, n) => {
    const id = outletId(line.source);
    const outlet = byOutlet.get(id) ?? { id, lines: [], language: null };
    byOutlet.set(id, outlet);
    const page = `/page/${n}${originalPath(line.url)}`;
    pages.set(page.split('?')[0]!, line);
    outlet.lines.push({ line, page });
  });
  for (const outlet of byOutlet.values()) outlet.language = majority(outlet.lines.map(({ line }) => line.language));
  const delays = new Map<string, number>();
  const listing = { shows: (_lineId: string): boolean => true };
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const feed = /^\/feed\/([a-z0-9-]+)\.xml$/.exec(path);
    const outlet = feed ? byOutlet.get(feed[1]!) : undefined;
    if (outlet) {
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml(outlet, origin, listing.shows)),
        delays.get(outlet.id) ?? 0,
      );
      return;
    }
    const line = pages.get(decodeURI(path));
    if (line) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(line));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    outlets: [...byOutlet.values()],
    delays,
    listing,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * An outlet's id. A name in another script is transliterated first: read as it was, every Cyrillic, Arabic, Chinese
 * and Japanese outlet of the corpus became "unattributed", one outlet whose feed declared English, so their reports
 * were counted as one outlet's and their languages guessed from the text.
 */
export function outletId(source: string | null): string {
  const id = anyAscii(source ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'unattributed';
}

/** The path and query of the original address (encoded as it was), or nothing. */
function originalPath(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return '';
  }
}

function feedXml(outlet: CorpusOutlet, origin: string, shows: (lineId: string) => boolean): string {
  const items = outlet.lines
    .filter(({ line }) => shows(line.id))
    .map(({ line, page }) => {
      const date = line.published_at ? `<pubDate>${new Date(line.published_at).toUTCString()}</pubDate>` : '';
      return `<item><title><![CDATA[${escapeHtml(line.title)}]]></title><link>${escapeXml(origin + page)}</link><guid isPermaLink="false">${escapeXml(line.id)}</guid>${date}<content:encoded><![CDATA[${paragraphs(line.body)}]]></content:encoded></item>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(outlet.id)}</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

function pageHtml(line: CorpusLine): string {
  const date = line.published_at ? `<meta property="article:published_time" content="${escapeHtml(line.published_at)}">` : '';
  return `<!doctype html><html lang="${escapeHtml(line.language ?? 'en')}"><head><title>${escapeHtml(line.title)}</title>${date}</head><body><article><h1>${escapeHtml(line.title)}</h1>${paragraphs(line.body)}</article></body></html>`;
}

function paragraphs(body: string): string {
  return body
    .split('\n')
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeXml(text: string): string {
  return escapeHtml(text).replace(/'/g, '&apos;');
}
