/**
 * How long stored articles are kept: well past the story window (3 days) and past the time a feed keeps
 * an item (so an item still in its feed is not taken for new), while keeping the store from growing forever.
 */
export const ARTICLE_RETENTION_MS = 14 * 86_400_000;
