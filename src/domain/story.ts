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
