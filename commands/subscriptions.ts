import { z } from 'zod';
import { defineCommand } from './command.ts';

/** `/subscriptions`: what this channel follows. Anyone may look. */
export const subscriptions = defineCommand({
  name: 'subscriptions',
  description: 'List what this channel follows',
  options: [],
  schema: z.object({}),
  preconditions: [],
  async run(ctx) {
    return { kind: 'subscriptions', subscriptions: await ctx.services.subscriptions.list(ctx.channel) };
  },
});
