import type { Article } from '../domain/article.ts';

/**
 * The order a batch of new articles is placed in: by published time, undated articles after the
 * dated ones, then by the hash part of the article id, then by the whole id. Clustering online is
 * order-sensitive (an article joins the stories that exist when it comes, and a story is named after
 * its first article), so the same articles must come in the same order however their feeds happened
 * to be fetched: nothing here depends on when, or in what order, a feed answered (the fetched time
 * does, so it is left out). Published time comes first because it is the order the news happened in.
 * Ties and undated items go by the id's hash (`<source>:<hash of guid or link>`), which never changes
 * between fetches of an item and says nothing about its outlet: ordered by the whole id, one outlet's
 * undated items would all come before the next outlet's, and the outlet whose name sorts first would
 * found (and name) every story it reports.
 */
export function inPlacementOrder(a: Article, b: Article): number {
  return publishedMs(a) - publishedMs(b) || compare(idHash(a.id), idHash(b.id)) || compare(a.id, b.id);
}

/**
 * The order articles reached the clusterer, as far as stored articles tell: by fetched time (the
 * ingestion run that brought them), then in placement order. Used to read stored stories' members
 * back in the order they were first read.
 */
export function inArrivalOrder(a: Article, b: Article): number {
  return fetchedMs(a) - fetchedMs(b) || inPlacementOrder(a, b);
}

function publishedMs(a: Article): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isFinite(t) ? t : Number.MAX_SAFE_INTEGER;
}

function fetchedMs(a: Article): number {
  const t = Date.parse(a.fetchedAt);
  return Number.isFinite(t) ? t : 0;
}

function idHash(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
