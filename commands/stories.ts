import { z } from 'zod';
import { defineCommand } from './command.ts';

/** `/stories`: the current stories with their article and outlet counts. */
export const stories = defineCommand({
  name: 'stories',
  description: 'List the current stories',
  options: [{ name: 'limit', description: 'How many (1–50)', type: 'integer' }],
  schema: z.object({ limit: z.coerce.number().int().min(1).max(50).default(15) }),
  preconditions: [],
  async run(ctx, { limit }) {
    return { kind: 'stories', stories: await ctx.services.stories(limit) };
  },
});
