import type { Article } from '../domain/article.ts';
import { guardFeedText } from './feed-guard.ts';
import { toArticle, type FeedContext } from './feed-item.ts';
import { htmlToLine } from './html-to-text.ts';
import { languageCode } from './language-code.ts';
import { boundRaw, clipChars, FEED_LIMITS } from './limits.ts';
import { parseDate } from './parse-date.ts';
import { readFeed, type RawFeed } from './rss-reader.ts';

/** Re-exported so callers of `parseFeed` can tell its refusals apart by `code`. */
export { FeedParseError, type FeedParseErrorCode } from './feed-parse-error.ts';

/** What one feed body holds: its title, declared language, articles, and the items that were left out and why. */
export interface ParsedFeed {
  title: string | null;
  language: string | null;
  items: Article[];
  skipped: { reason: string }[];
}

/** Input of `parseFeed`: already-decoded feed text and where it came from. */
export interface ParseFeedInput {
  xml: string;
  sourceId: string;
  feedUrl: string;
  /** ISO time of the fetch; also the reference for refusing dates in the future. */
  fetchedAt: string;
  /** Language to assume when neither the feed nor its items declare one. */
  defaultLanguage?: string | null;
}

/**
 * Parses an RSS 2.0, Atom or RDF feed into articles with stable ids.
 * Throws `FeedParseError` for empty bodies, entity-declaring DTDs, HTML pages and malformed XML.
 */
export async function parseFeed(input: ParseFeedInput): Promise<ParsedFeed> {
  const { sourceId, feedUrl, fetchedAt } = input;
  const feed = await readFeed({ xml: guardFeedText({ xml: input.xml, feedUrl }), feedUrl });
  const feedLanguage = languageCode(feed.language) ?? languageCode(feed['dc:language']) ?? languageCode(feed.attrs?.['xml:lang']);
  const context: FeedContext = {
    sourceId,
    feedUrl,
    fetchedAt,
    language: feedLanguage ?? languageCode(input.defaultLanguage),
  };
  const items: Article[] = [];
  const skipped: { reason: string }[] = [];
  const seen = new Map<string, number>();
  const now = Number.isNaN(Date.parse(fetchedAt)) ? Date.now() : Date.parse(fetchedAt);
  const keep = newestItems(feed.items, now, skipped);
  feed.items.forEach((item, index) => {
    if (keep && !keep.has(index)) return;
    const position = index + 1;
    const result = toArticle({ item, context });
    if ('skipped' in result) {
      skipped.push({ reason: `item ${position}: ${result.skipped}` });
      return;
    }
    const earlier = seen.get(result.article.id);
    if (earlier !== undefined) {
      skipped.push({ reason: `item ${position}: duplicate of item ${earlier} (same id from "${result.identity}")` });
      return;
    }
    seen.set(result.article.id, position);
    items.push(result.article);
  });
  const title =
    clipChars(htmlToLine(boundRaw(typeof feed.title === 'string' ? feed.title : '', FEED_LIMITS.nameChars)), FEED_LIMITS.nameChars) || null;
  return { title, language: feedLanguage ?? context.language, items, skipped };
}

/**
 * The positions of the FEED_LIMITS.itemsPerFeed newest items (undated ones after dated, in feed order), or null
 * when the feed is within the limit. Chosen before any item is converted, so a huge feed costs little.
 */
function newestItems(items: RawFeed['items'], now: number, skipped: { reason: string }[]): Set<number> | null {
  const max = FEED_LIMITS.itemsPerFeed;
  if (items.length <= max) return null;
  const time = (item: RawFeed['items'][number]) => {
    const date = [item.pubDate, item.date, item.isoDate].map((value) => parseDate({ value, now })).find((d) => d);
    return date ? Date.parse(date) : -Infinity;
  };
  const ranked = items.map((item, index) => ({ time: time(item), index })).sort((a, b) => b.time - a.time || a.index - b.index);
  skipped.push({ reason: `${items.length - max} items left out: a feed is read up to its ${max} newest items (it has ${items.length})` });
  return new Set(ranked.slice(0, max).map((r) => r.index));
}
