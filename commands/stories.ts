import { z } from 'zod';
import { defineCommand } from './command.ts';

/** Most stories one page lists: a chat message, not a report. */
export const MAX_STORIES_PER_PAGE = 50;
/** Stories a page lists when no limit is given. */
const PER_PAGE = 15;

/** `/stories [limit] [page]`: the current stories, most widely covered first, with their article and outlet counts. */
export const stories = defineCommand({
  name: 'stories',
  description: 'List the current stories',
  options: [
    { name: 'limit', description: `How many a page lists (1–${MAX_STORIES_PER_PAGE}, default ${PER_PAGE})`, type: 'integer' },
    { name: 'page', description: 'Which page of the list, from 1', type: 'integer' },
  ],
  schema: z.object({
    limit: z.coerce.number().int().min(1).max(MAX_STORIES_PER_PAGE).default(PER_PAGE),
    page: z.coerce
      .number({ error: 'page is a whole number from 1.' })
      .int('page is a whole number from 1.')
      .min(1, 'page is a whole number from 1.')
      .default(1),
  }),
  preconditions: [],
  async run(ctx, { limit, page }) {
    const from = (page - 1) * limit;
    const lines = await ctx.services.stories(from + limit);
    const total = ctx.services.storyCount?.();
    if (page > 1 && lines.length <= from)
      return {
        kind: 'text',
        text: `There are ${lines.length} current stories, ${limit} a page: page ${page} is past the end. Type /stories for the first page.`,
      };
    const shown = lines.slice(from);
    // The command for the next page, the limit given again when it is not the default.
    const next =
      total !== undefined && from + shown.length < total ? `/stories ${limit === PER_PAGE ? '' : `${limit} `}page=${page + 1}` : undefined;
    return {
      kind: 'stories',
      stories: shown,
      from: from + 1,
      ...(total !== undefined ? { total } : {}),
      ...(next !== undefined ? { next } : {}),
    };
  },
});
