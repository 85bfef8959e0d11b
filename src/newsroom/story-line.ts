import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story, StoryLine } from '../domain/story.ts';
import { standIns } from '../compare/drafts.ts';
import { storyHeadline } from '../compare/headline.ts';

/** One line of a story list: its headline (the one its breakdown shows; never a date) and how many articles and outlets it holds. */
export function storyLine(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryLine {
  return { ...coverageLine(story, members, outletOf), headline: headlineOf(story.id, members, outletOf) };
}

function headlineOf(id: string, members: Article[], outletOf: (a: Article) => Outlet): string {
  // Choosing reads every report of the story; a story's headline changes only when its reports do, and lists (a
  // Discord suggestion box asks for 200 stories at each key press) ask again and again.
  const key = members.map((a) => `${a.id}\u0000${a.title}\u0000${a.body.length}`).join('\u0001');
  const known = headlines.get(id);
  if (known?.key === key) return known.headline;
  const headline = storyHeadline(standIns({ articles: members, outletOf }), { id });
  if (headlines.size >= HEADLINES_KEPT) headlines.clear();
  headlines.set(id, { key, headline });
  return headline;
}

/** Headlines worked out, by story id, with the reports they were chosen from. */
const headlines = new Map<string, { key: string; headline: string }>();
/** Most headlines remembered; emptied when full, which keeps it bounded. */
const HEADLINES_KEPT = 20_000;

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
    .map(({ members, line }) => ({ ...line, headline: headlineOf(line.id, members, outletOf) }));
}

function coverageLine(story: Story, members: Article[], outletOf: (a: Article) => Outlet): StoryLine {
  const outlets = new Set(members.map((a) => outletOf(a).id));
  return { id: story.id, headline: '', articles: members.length, outlets: outlets.size, lastUpdated: story.lastUpdated };
}

/** Most widely covered first, then most recently updated. */
export function byCoverage(a: StoryLine, b: StoryLine): number {
  return b.outlets - a.outlets || b.lastUpdated.localeCompare(a.lastUpdated) || a.id.localeCompare(b.id);
}
