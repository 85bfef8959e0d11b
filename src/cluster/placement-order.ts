import type { Article } from '../domain/article.ts';

/**
 * The order a batch of new articles is placed in: by published time, undated articles after the
 * dated ones, then by article id. Clustering online is order-sensitive (an article joins the stories
 * that exist when it comes), so the same articles must come in the same order however their feeds
 * happened to be fetched: nothing here depends on when, or in what order, a feed answered (the
 * fetched time does, so it is left out). Published time comes first because it is the order the
 * news itself happened in; the article id (`<source>:<hash of its guid or link>`) only breaks ties
 * and orders undated items, and it never changes between fetches of the same item.
 */
export function inPlacementOrder(a: Article, b: Article): number {
  return publishedMs(a) - publishedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
