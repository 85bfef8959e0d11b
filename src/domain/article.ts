/** One news item as Parallax keeps it, whatever feed or page it came from. */
export interface Article {
  /** Stable id: `<sourceId>:<hash>` of the guid, Atom id, link, or title and date. */
  id: string;
  /** Id of the catalog source (outlet) it came from; for Google News items, the search source. */
  sourceId: string;
  /** Feed it was read from; null when it came from a page alone. */
  feedUrl: string | null;
  /** Canonical article URL (tracking parameters stripped), or null when the item had none. */
  url: string | null;
  title: string;
  /** Plain text, paragraphs separated by `\n`; may be empty (headline-only items). */
  body: string;
  /** ISO 8601, or null when the item carried no usable date. */
  publishedAt: string | null;
  /** ISO 8601 time Parallax first saw it. */
  fetchedAt: string;
  /** ISO 639-1 when known (declared by feed or page, or detected). */
  language: string | null;
  author: string | null;
  /** Publisher named by an aggregator (Google News `<source>`), when the item came through one. */
  publisher: { name: string; url: string | null } | null;
}
