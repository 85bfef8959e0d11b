import { z } from 'zod';
import { NewsSearchFailed } from '../src/newsroom/news-search-failed.ts';
import { OnlyOldNews } from '../src/newsroom/only-old-news.ts';
import { defineCommand } from './command.ts';
import { compareCooldown } from './preconditions.ts';
import { addressIn, looksLikeMistypedStoryId, storyIdIn } from './story-id.ts';

export const MAX_TOPIC_LENGTH = 200;

/**
 * `/compare <topic>`: how different outlets report the story that best matches a topic. `/compare <story id>`
 * (what a suggestion carries, or an id from `/stories`) opens exactly that story; text shaped like an id that
 * is no current story is said to be expired, without a news search that could find nothing for it.
 */
export const compare = defineCommand({
  name: 'compare',
  description: 'Compare how outlets report a story',
  options: [
    {
      name: 'topic',
      description: 'What the story is about, e.g. "earthquake Turkey", or a story id from /stories',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: MAX_TOPIC_LENGTH,
    },
  ],
  schema: z.object({
    topic: z
      .string({ error: 'Give a topic, for example: /compare earthquake Turkey' })
      .transform((t) => t.replace(/\s+/g, ' ').trim())
      .pipe(
        z
          .string()
          .min(2, 'Give a topic of at least two characters, for example: /compare earthquake Turkey')
          .max(MAX_TOPIC_LENGTH, `Keep the topic under ${MAX_TOPIC_LENGTH} characters.`)
          // Signs or emoji alone ("???!!!", "🌍🔥") name nothing a news search could find, and would spend the cooldown.
          .refine((t) => /[\p{L}\p{N}]/u.test(t), 'Give a topic with a word in it, for example: /compare earthquake Turkey'),
      ),
  }),
  preconditions: [compareCooldown],
  slow: true,
  async run(ctx, { topic }) {
    const id = storyIdIn(topic);
    const picked = id ? await ctx.services.breakdown(id, (text) => ctx.progress(text)) : null;
    if (picked) return { kind: 'breakdown', breakdown: picked };
    // An id no current story has has expired, or was mistyped: searching the news for "s-0123456789ab" finds nothing.
    if (id)
      return {
        kind: 'text',
        text: `No current story has the id ${id}: it has expired (stories expire a few days after their last report), or it is mistyped. Type /stories for the current ones, or /compare <topic> to search.`,
      };
    if (looksLikeMistypedStoryId(topic))
      return {
        kind: 'text',
        text: `${topic} is no story id: an id is "s-" and 12 letters and digits, as /stories shows them. Type /stories for the current ones, or /compare <topic> to search.`,
      };
    const address = addressIn(topic);
    try {
      const breakdown = await ctx.services.compare(address ?? topic, (text) => ctx.progress(text));
      if (breakdown) return { kind: 'breakdown', breakdown };
    } catch (error) {
      if (error instanceof OnlyOldNews) return { kind: 'text', text: onlyOldNews(error, topic) };
      if (!(error instanceof NewsSearchFailed)) throw error;
      return { kind: 'error', message: searchFailure(error, topic) };
    }
    if (address !== null)
      return {
        kind: 'text',
        text: 'That address is no report of a current story. /compare takes a topic ("earthquake Turkey") or a story id from /stories.',
      };
    return { kind: 'text', text: `No outlet has reported on "${topic}" yet. Try fewer or different words.` };
  },
  /** Current stories whose headline holds the typed text; each suggestion's value is the story's id, so picking one opens that story. */
  async suggest(ctx, _option, typed) {
    const needle = typed.toLowerCase();
    const stories = await ctx.services.stories(200);
    return stories
      .filter((s) => needle === '' || s.headline.toLowerCase().includes(needle) || s.id.startsWith(needle))
      .slice(0, 25)
      .map((s) => ({ name: truncate(`${s.headline} (${s.outlets} outlets)`, 100), value: s.id }));
  },
});

/**
 * Why nothing could be shown: no current story covers the topic, and the news searches that could have found reports
 * were not reached or answered with errors. Said to a chat user, who has no connection to check.
 */
function searchFailure(error: NewsSearchFailed, topic: string): string {
  const why = error.reason === 'network' ? 'cannot be reached right now' : `failed (${error.detail})`;
  // A current story must give every word of a topic: with several, fewer may find one, which waiting never will.
  const words = /[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(topic) ? 'fewer or other words' : 'other words';
  return `No current story covers "${topic}", and the news search that would look further ${why}. Try ${words}, or again in a few minutes; /stories lists the current ones.`;
}

/** The news search found reports on the topic, all older than the story window: said, with the newest one's day. */
function onlyOldNews(error: OnlyOldNews, topic: string): string {
  const day = error.newest.slice(0, 10);
  const reports = error.reports === 1 ? 'one report' : `${error.reports} reports`;
  return `The news search found ${reports} on "${topic}", the newest from ${day}: older than ${error.windowDays} days. Parallax compares current news, stories with a report in the last ${error.windowDays} days; /stories lists them.`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
