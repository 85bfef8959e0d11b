/** A story: the articles Parallax believes report one real-world event. */
export interface Story {
  id: string;
  /** Ids of member articles, in the order they joined. */
  articleIds: string[];
  /** ISO 8601 of the earliest member (published time, else fetched time). */
  firstSeen: string;
  /** ISO 8601 of the latest change. */
  lastUpdated: string;
}

/** One line of a story list: what the story is and how widely it is covered. */
export interface StoryLine {
  id: string;
  headline: string;
  articles: number;
  outlets: number;
  lastUpdated: string;
}

/**
 * The story window: a story with no new report for this many days (by article time) expires. Clustering drops it
 * then (cluster/options.ts `expiryDays`), and a start restores only the stories with a report inside it
 * (Newsroom.load), so a restart keeps exactly what a process that never stopped would hold.
 */
export const STORY_WINDOW_DAYS = 4;
