import { z } from 'zod';
import { defineCommand } from './command.ts';

/** `/briefing`: this channel's briefing right now (its next scheduled one still covers the same period). */
export const briefing = defineCommand({
  name: 'briefing',
  description: "Show this channel's briefing now",
  options: [],
  schema: z.object({}),
  preconditions: [],
  slow: true,
  async run(ctx) {
    const result = await ctx.services.subscriptions.briefingNow(ctx.channel);
    if (!result) {
      // No briefing: either nothing is followed, or everything followed is paused.
      const paused = (await ctx.services.subscriptions.list(ctx.channel)).length > 0;
      return {
        kind: 'text',
        text: paused
          ? 'Every topic this channel follows is paused, so there is no briefing. /resume starts them again.'
          : 'This channel follows nothing yet, so there is no briefing. Try /subscribe <topic>.',
      };
    }
    return { kind: 'briefing', briefing: result };
  },
});
