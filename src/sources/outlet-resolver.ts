import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Source } from '../domain/source.ts';

/** Hosts that serve many outlets' feeds, so they say nothing about who published an item. */
const SHARED_FEED_HOSTS = new Set(['news.google.com', 'feeds.feedburner.com', 'feedproxy.google.com', 'rsshub.app']);

interface HostEntry {
  host: string;
  path: string;
  /** Homepage hosts outrank feed hosts; earlier catalog entries outrank later ones. */
  rank: number;
  source: Source;
}

/**
 * Builds a function that names the outlet behind an article: for aggregator items the publisher
 * (matched to a catalog source by URL host, sub-domain or exact name), otherwise the article's source.
 */
export function createOutletResolver(sources: Source[]): (article: Article) => Outlet {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const byName = new Map<string, Source>();
  const hosts = hostEntries(sources);
  for (const source of sources) {
    const key = nameKey(source.name);
    if (!byName.has(key)) byName.set(key, source);
  }

  return (article) => {
    const publisher = article.publisher;
    if (publisher) {
      const url = parseUrl(publisher.url);
      const source = (url && matchHost(hosts, url)) ?? byName.get(nameKey(publisher.name));
      if (source) return outletOf(source, article);
      const host = url ? stripWww(url.hostname) : null;
      return {
        id: `pub-${slug(host ?? publisher.name)}`,
        name: publisher.name,
        country: null,
        language: article.language,
        ownership: null,
      };
    }
    const source = byId.get(article.sourceId);
    if (source) return outletOf(source, article);
    return { id: article.sourceId, name: article.sourceId, country: null, language: article.language, ownership: null };
  };
}

function outletOf(source: Source, article: Article): Outlet {
  return {
    id: source.id,
    name: source.name,
    country: source.country ?? null,
    language: source.language ?? article.language,
    ownership: source.ownership ?? null,
  };
}

function hostEntries(sources: Source[]): HostEntry[] {
  const entries: HostEntry[] = [];
  sources.forEach((source, index) => {
    const home = parseUrl(source.homepage ?? null);
    if (home) entries.push({ host: stripWww(home.hostname), path: trimSlash(home.pathname), rank: index, source });
    for (const feed of source.feeds) {
      const url = parseUrl(feed);
      if (!url || SHARED_FEED_HOSTS.has(url.hostname)) continue;
      entries.push({ host: stripWww(url.hostname), path: '', rank: sources.length + index, source });
    }
  });
  return entries;
}

/** The best source whose host is the URL's host or a parent of it, preferring a matching homepage path. */
function matchHost(entries: HostEntry[], url: URL): Source | undefined {
  const host = stripWww(url.hostname);
  const path = trimSlash(url.pathname);
  let best: { entry: HostEntry; score: number } | undefined;
  for (const entry of entries) {
    if (host !== entry.host && !host.endsWith(`.${entry.host}`)) continue;
    const pathMatches = entry.path === '' || path === entry.path || path.startsWith(`${entry.path}/`);
    const score = (pathMatches ? entry.path.length * 1e6 : -1e12) + entry.host.length * 1e3 - entry.rank / (entries.length + 1);
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry.source;
}

function parseUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
}

function stripWww(host: string): string {
  return host
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '');
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '').toLowerCase();
}

function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
}

function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return dashed || `x${fnv1a(text)}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
