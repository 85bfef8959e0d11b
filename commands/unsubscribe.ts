import { z } from 'zod';
import { actorOf, defineCommand } from './command.ts';

/** `/unsubscribe [topic or id]`: stop following a topic here (every topic when none is given). */
export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop following a topic in this channel (all topics when none is given)',
  options: [{ name: 'topic', description: 'The topic or subscription id (see /subscriptions)', type: 'string', maxLength: 200 }],
  schema: z.object({ topic: z.string().trim().optional() }),
  preconditions: [],
  requires: 'configure',
  async run(ctx, { topic }) {
    const removed = await ctx.services.subscriptions.unsubscribe(ctx.channel, topic ?? null, actorOf(ctx));
    return { kind: 'unsubscribed', removed };
  },
});
