import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story, StoryLine } from '../domain/story.ts';
import { storyHeadline } from '../compare/headline.ts';

/** One line of a story list: its headline (the most representative real title, never a date) and how many articles and outlets it holds. */
export function storyLine(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryLine {
  const outlets = new Set(members.map((a) => outletOf(a).id));
  return {
    id: story.id,
    headline: storyHeadline(members, (a) => outletOf(a).name, story.id),
    articles: members.length,
    outlets: outlets.size,
    lastUpdated: story.lastUpdated,
  };
}

/** Most widely covered first, then most recently updated. */
export function byCoverage(a: StoryLine, b: StoryLine): number {
  return b.outlets - a.outlets || b.lastUpdated.localeCompare(a.lastUpdated) || a.id.localeCompare(b.id);
}
