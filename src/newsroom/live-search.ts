import type { Article } from '../domain/article.ts';
import type { Clock } from '../domain/clock.ts';
import type { NewsEdition } from '../domain/source.ts';
import { FetchError } from '../fetch/fetch-error.ts';
import type { FeedFetcher, FeedParser } from '../ingest/ports.ts';
import type { Logger } from '../log.ts';
import { googleNewsSearchUrl } from '../sources/google-news.ts';
import { NewsSearchFailed } from './news-search-failed.ts';
import type { LiveSearch } from './newsroom.ts';

/** Source id given to every article found by a news search; the outlet comes from the item's publisher. */
export const NEWS_SEARCH_SOURCE_ID = 'google-news';

export interface LiveSearchOptions {
  http: FeedFetcher;
  parse: FeedParser;
  editions: NewsEdition[];
  clock: Clock;
  log: Logger;
  /** Country editions searched per topic. */
  maxEditions?: number;
  /** Builds the search feed URL; replaceable to point at a proxy or a test server. */
  searchUrl?: (topic: string, edition: NewsEdition) => string;
}

/**
 * Searches news feeds of several country editions for a topic no current story covers, so a
 * breakdown can be built from what outlets in different countries publish on it. Throws NewsSearchFailed
 * when every search failed (offline, or the search service is down), so the caller does not report
 * "nothing found" when nothing could be asked.
 */
export function createLiveSearch(options: LiveSearchOptions): LiveSearch {
  const searchUrl = options.searchUrl ?? googleNewsSearchUrl;
  return async (topic, progress) => {
    const editions = pickEditions(topic, options.editions, options.maxEditions ?? 6);
    const found = new Map<string, Article>();
    const failures: unknown[] = [];
    let done = 0;
    await progress(`Searching ${editions.length} news editions… 0/${editions.length}`);
    await Promise.all(
      editions.map(async (edition) => {
        const url = searchUrl(topic, edition);
        try {
          const response = await options.http.fetch(url, {});
          if (response.kind === 'ok') {
            const fetchedAt = new Date(options.clock.now()).toISOString();
            const parsed = await options.parse({
              xml: response.text,
              sourceId: NEWS_SEARCH_SOURCE_ID,
              feedUrl: url,
              fetchedAt,
              defaultLanguage: edition.language,
            });
            for (const article of parsed.items) if (!found.has(article.id)) found.set(article.id, article);
          }
        } catch (error) {
          failures.push(error);
          options.log.warn({ url, reason: (error as Error).message }, 'news search failed');
        }
        done++;
        await progress(`Searching ${editions.length} news editions… ${done}/${editions.length}`);
      }),
    );
    if (editions.length > 0 && failures.length === editions.length) throw allFailed(failures);
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  };
}

/** Failures that mean the searches could not be reached at all. */
const NETWORK_CODES = new Set(['dns', 'network', 'timeout', 'stalled']);

function allFailed(failures: unknown[]): NewsSearchFailed {
  const codes = failures.map((f) => (f instanceof FetchError ? f.code : 'unreadable'));
  const network = codes.every((code) => NETWORK_CODES.has(code));
  const first = failures.find((f) => !(f instanceof FetchError && NETWORK_CODES.has(f.code))) ?? failures[0];
  const detail = first instanceof FetchError ? (first.status ? `HTTP ${first.status}` : first.code) : 'not a feed';
  return new NewsSearchFailed(network ? 'network' : 'service', failures.length, detail);
}

/** Editions in the topic's own script first (Cyrillic, Arabic, CJK…), then English editions, up to `max`. */
export function pickEditions(topic: string, editions: NewsEdition[], max: number): NewsEdition[] {
  const scriptLanguages = languagesForScript(topic);
  const own = scriptLanguages.flatMap((language) => editions.filter((e) => e.language === language));
  const english = editions.filter((e) => e.language === 'en' && !own.includes(e));
  return [...own, ...english].slice(0, max);
}

function languagesForScript(text: string): string[] {
  if (/[\u0400-\u04FF]/.test(text)) return /[іїєґ]/i.test(text) ? ['uk', 'ru'] : ['ru', 'uk'];
  if (/[\u0600-\u06FF]/.test(text)) return ['ar'];
  if (/[\u0590-\u05FF]/.test(text)) return ['he'];
  if (/[\u3040-\u30FF]/.test(text)) return ['ja'];
  if (/[\uAC00-\uD7AF]/.test(text)) return ['ko'];
  if (/[\u4E00-\u9FFF]/.test(text)) return ['zh', 'ja'];
  return ['en'];
}
