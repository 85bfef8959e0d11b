import { z } from 'zod';
import { actorOf, defineCommand } from './command.ts';

/** `/pause [topic or id]`: pause posts for a topic here (every topic when none is given). */
export const pause = defineCommand({
  name: 'pause',
  description: 'Pause posts in this channel (all topics when none is given)',
  options: [{ name: 'topic', description: 'The topic or subscription id (see /subscriptions)', type: 'string', maxLength: 200 }],
  schema: z.object({ topic: z.string().trim().optional() }),
  preconditions: [],
  requires: 'configure',
  async run(ctx, { topic }) {
    const changed = await ctx.services.subscriptions.pause(ctx.channel, topic ?? null, actorOf(ctx));
    if (changed.length === 0)
      return { kind: 'text', text: topic ? `No subscription here matching "${topic}" to pause.` : 'Nothing here to pause.' };
    return { kind: 'subscriptions', subscriptions: changed };
  },
});
