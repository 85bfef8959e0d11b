import type { Article } from '../domain/article.ts';
import type { Breakdown } from '../domain/breakdown.ts';
import type { Story, StoryLine } from '../domain/story.ts';

/** What subscriptions read of the news: the part of the Newsroom they need, so tests can hand in a small double. */
export interface NewsView {
  storyLines(limit: number): StoryLine[];
  story(storyId: string): Story | undefined;
  articlesOf(storyId: string): Article[];
  breakdown(storyId: string): Promise<Breakdown | null>;
}
