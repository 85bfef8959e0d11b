import { canonicalUrl } from './canonical-url.ts';
import { collapseWhitespace } from './html-to-text.ts';
import { boundRaw, clipChars, FEED_LIMITS } from './limits.ts';
import type { RawItemFields } from './rss-reader.ts';

/** The outlet an aggregator credits for an item. */
export interface Publisher {
  name: string;
  url: string | null;
}

/** The publisher named by an item's `<source url="…">Name</source>` element (Google News), if any. */
export function publisherOf(item: RawItemFields): Publisher | null {
  const source = item.gnSource?.[0];
  if (source === undefined) return null;
  const name = clipChars(
    collapseWhitespace(boundRaw(typeof source === 'string' ? source : (source._ ?? ''), FEED_LIMITS.nameChars)),
    FEED_LIMITS.nameChars,
  );
  if (!name) return null;
  const href = typeof source === 'string' ? undefined : source.$?.url;
  return { name, url: href ? canonicalUrl(href) : null };
}

/** Google News appends ` - Publisher` to headlines; removes it when it names the item's own publisher. */
export function stripPublisherSuffix({ title, publisher }: { title: string; publisher: Publisher | null }): string {
  if (!publisher) return title;
  for (const separator of [' - ', ' – ', ' — ', ' | ']) {
    const suffix = `${separator}${publisher.name}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

/** True for links that go through Google News redirects, whose descriptions only repeat headlines. */
export function isGoogleNewsLink(url: string | null): boolean {
  if (!url) return false;
  return new URL(url).hostname === 'news.google.com';
}
