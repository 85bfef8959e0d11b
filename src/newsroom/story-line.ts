import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story, StoryLine } from '../domain/story.ts';
import { storyHeadline } from '../compare/headline.ts';

/** One line of a story list: its headline (the most representative real title, never a date) and how many articles and outlets it holds. */
export function storyLine(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryLine {
  return { ...coverageLine(story, members, outletOf), headline: storyHeadline(members, (a) => outletOf(a).name, story.id) };
}

/**
 * The lines of the `limit` most widely covered stories, in that order. Headlines are worked out only for the lines
 * returned: choosing one reads every title of a story, and a list asks for a few of thousands of stories.
 */
export function topStoryLines(
  stories: { story: Story; members: Article[] }[],
  outletOf: (a: Article) => Outlet,
  limit: number,
): StoryLine[] {
  return stories
    .map(({ story, members }) => ({ members, line: coverageLine(story, members, outletOf) }))
    .sort((a, b) => byCoverage(a.line, b.line))
    .slice(0, limit)
    .map(({ members, line }) => ({ ...line, headline: storyHeadline(members, (a) => outletOf(a).name, line.id) }));
}

function coverageLine(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryLine {
  const outlets = new Set(members.map((a) => outletOf(a).id));
  return { id: story.id, headline: '', articles: members.length, outlets: outlets.size, lastUpdated: story.lastUpdated };
}

/** Most widely covered first, then most recently updated. */
export function byCoverage(a: StoryLine, b: StoryLine): number {
  return b.outlets - a.outlets || b.lastUpdated.localeCompare(a.lastUpdated) || a.id.localeCompare(b.id);
}
