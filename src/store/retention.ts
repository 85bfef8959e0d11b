/**
 * How long stored articles are kept: well past the story window (STORY_WINDOW_DAYS in domain/story.ts, 4 days) and past the time a feed keeps
 * an item (so an item still in its feed is not taken for new), while keeping the store from growing forever.
 */
export const ARTICLE_RETENTION_MS = 14 * 86_400_000;
