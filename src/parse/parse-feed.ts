import type { Article } from '../domain/article.ts';
import { guardFeedText } from './feed-guard.ts';
import { toArticle, type FeedContext } from './feed-item.ts';
import { htmlToLine } from './html-to-text.ts';
import { languageCode } from './language-code.ts';
import { readFeed } from './rss-reader.ts';

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
  const feedLanguage =
    languageCode(feed.language) ?? languageCode(feed['dc:language']) ?? languageCode(feed.attrs?.['xml:lang']);
  const context: FeedContext = {
    sourceId,
    feedUrl,
    fetchedAt,
    language: feedLanguage ?? languageCode(input.defaultLanguage),
  };
  const items: Article[] = [];
  const skipped: { reason: string }[] = [];
  const seen = new Map<string, number>();
  feed.items.forEach((item, index) => {
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
  const title = htmlToLine(typeof feed.title === 'string' ? feed.title : '') || null;
  return { title, language: feedLanguage ?? context.language, items, skipped };
}
