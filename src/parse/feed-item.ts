import type { Article } from '../domain/article.ts';
import { articleId, identityKey } from './article-id.ts';
import { canonicalUrl } from './canonical-url.ts';
import { isGoogleNewsLink, publisherOf, stripPublisherSuffix } from './google-news.ts';
import { collapseWhitespace, htmlToLine, htmlToText } from './html-to-text.ts';
import { languageCode } from './language-code.ts';
import { clipAtWord } from '../text/clip.ts';
import { recordedLanguage } from '../text/language.ts';
import { parseDate } from './parse-date.ts';
import { boundRaw, clipBytes, clipChars, FEED_LIMITS } from './limits.ts';
import type { RawFeed } from './rss-reader.ts';

type RawItem = RawFeed['items'][number];

/** What every item of one feed shares. */
export interface FeedContext {
  sourceId: string;
  feedUrl: string;
  fetchedAt: string;
  language: string | null;
}

/** An item turned into an article, or the reason it could not be. */
export type ItemResult = { article: Article; identity: string } | { skipped: string };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function linkOf(item: RawItem): string {
  const guid = text(item.guid).trim();
  return text(item.link).trim() || text(item['rdf:about']).trim() || (/^https?:\/\//i.test(guid) ? guid : '');
}

function bodyOf(item: RawItem): string {
  const candidates = [item['content:encoded'], item.content, item.summary].map((v) => htmlToText(boundRaw(text(v), FEED_LIMITS.bodyBytes)));
  return clipBytes(
    candidates.reduce((longest, next) => (next.length > longest.length ? next : longest), ''),
    FEED_LIMITS.bodyBytes,
  );
}

function authorOf(item: RawItem): string | null {
  const raw = collapseWhitespace(boundRaw(text(item.creator) || text(item.author), FEED_LIMITS.nameChars));
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(raw)?.[1];
  const author = named ? named.trim() : raw;
  return author && !/^\S+@\S+$/.test(author) ? clipChars(author, FEED_LIMITS.nameChars) : null;
}

/** A guid that is a web address is canonicalised too, so tracking parameters added later do not change the id. */
function urlGuid(guid: string): string | null {
  return /^https?:\/\//i.test(guid) ? canonicalUrl(guid) : null;
}

/** Characters of a body's first line that stand in for a missing title. */
const FALLBACK_TITLE_CHARS = 160;

function fallbackTitle(body: string): string {
  const first = body.split('\n', 1)[0] ?? '';
  return clipAtWord(first, FALLBACK_TITLE_CHARS);
}

/** Maps one rss-parser item to an `Article`, applying ids, canonical URLs, dates, language and Google News rules. */
export function toArticle({ item, context }: { item: RawItem; context: FeedContext }): ItemResult {
  const publisher = publisherOf(item);
  const rawTitle = htmlToLine(boundRaw(text(item.title), FEED_LIMITS.titleChars));
  const link = linkOf(item);
  if (!rawTitle && !link) return { skipped: 'has neither a title nor a link' };
  const url = link ? canonicalUrl(link, context.feedUrl) : null;
  const body = isGoogleNewsLink(url) ? '' : bodyOf(item);
  // Cut at a word: a headline ending "…a two-point basket ave…" is no headline an editor would print.
  const title = clipAtWord(stripPublisherSuffix({ title: rawTitle, publisher }) || fallbackTitle(body), FEED_LIMITS.titleChars);
  const fetched = Date.parse(context.fetchedAt);
  const now = Number.isNaN(fetched) ? Date.now() : fetched;
  const publishedAt = [item.pubDate, item.date, item.isoDate].map((value) => parseDate({ value, now })).find((date) => date) ?? null;
  const declared = languageCode(item.language) ?? languageCode(item.attrs?.['xml:lang']) ?? context.language;
  // A declaration its text's script contradicts (an "en" feed's Arabic item) gives way to what the text shows.
  const language = recordedLanguage(declared, `${title}\n${body}`);
  const guid = text(item.guid).trim();
  const identity = { guid: urlGuid(guid) ?? guid, atomId: text(item.id), url, title: rawTitle, publishedAt };
  const id = articleId({ sourceId: context.sourceId, identity });
  const article: Article = {
    id,
    sourceId: context.sourceId,
    feedUrl: context.feedUrl,
    url,
    title,
    body,
    publishedAt,
    fetchedAt: context.fetchedAt,
    language,
    author: authorOf(item),
    publisher,
  };
  return { article, identity: identityKey(identity) };
}
