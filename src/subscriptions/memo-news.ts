import type { Article } from '../domain/article.ts';
import type { Breakdown } from '../domain/breakdown.ts';
import type { StoryLine } from '../domain/story.ts';
import type { NewsView } from './news-view.ts';

/**
 * A NewsView that remembers what it was asked for one pass (a scheduler tick, one batch of changed stories),
 * so ten thousand subscriptions due at the same minute share one story list, one article list per story and
 * one breakdown per story.
 */
export function memoNews(news: NewsView): NewsView {
  const lines = new Map<number, StoryLine[]>();
  const articles = new Map<string, Article[]>();
  const breakdowns = new Map<string, Promise<Breakdown | null>>();
  return {
    storyLines: (limit) => lines.get(limit) ?? lines.set(limit, news.storyLines(limit)).get(limit)!,
    story: (id) => news.story(id),
    articlesOf: (id) => articles.get(id) ?? articles.set(id, news.articlesOf(id)).get(id)!,
    breakdown: (id) => breakdowns.get(id) ?? breakdowns.set(id, news.breakdown(id)).get(id)!,
  };
}
