/**
 * Caps on what one feed may hand Parallax. A hostile or broken feed (a 1 MB title, 10,000 items) otherwise
 * reaches the store, the clusterer, the card renderer and every chat whole.
 */
export const FEED_LIMITS = {
  /** Characters of a title. */
  titleChars: 300,
  /** UTF-8 bytes of an article body (100 KB). */
  bodyBytes: 100_000,
  /** Characters of an outlet (publisher) or author name. */
  nameChars: 100,
  /** Items kept from one feed: the newest. */
  itemsPerFeed: 500,
} as const;

/** Raw (HTML) text read before conversion: well above what any cap keeps, so markup cannot hide text, yet bounded. */
export const RAW_TEXT_FACTOR = 20;

/** The text cut to at most `max` characters (code points), with an ellipsis when cut; never splits a surrogate pair. */
export function clipChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2));
  if (points.length <= max) return text.length <= max * 2 ? text : points.join('');
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** The text cut to at most `maxBytes` of UTF-8, at a character boundary (and preferably a line or word end). */
export function clipBytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text) <= maxBytes) return text;
  const buffer = new Uint8Array(maxBytes);
  const { read } = new TextEncoder().encodeInto(text, buffer);
  const cut = text.slice(0, read ?? 0);
  const lastBreak = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  return lastBreak > cut.length * 0.9 ? cut.slice(0, lastBreak).trimEnd() : cut;
}

/** The raw text bounded before it is parsed as HTML (a cap that applies to the text that comes out of it). */
export function boundRaw(raw: string, capChars: number): string {
  const max = capChars * RAW_TEXT_FACTOR;
  return raw.length > max ? raw.slice(0, max) : raw;
}
