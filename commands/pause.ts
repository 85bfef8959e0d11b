import { z } from 'zod';
import { actorOf, defineCommand } from './command.ts';
import { unmatchedText } from './unmatched.ts';
import { matchingSubscriptions } from '../src/subscriptions/subscription-from-request.ts';

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
    if (changed.length === 0) {
      // Nothing changed: nothing matches, or what matches is already paused already.
      const named = matchingSubscriptions(await ctx.services.subscriptions.list(ctx.channel), topic ?? null);
      if (named.length > 0) return { kind: 'text', text: topic ? `"${topic}" is already paused.` : 'Every topic here is already paused.' };
      return { kind: 'text', text: topic ? unmatchedText(topic, 'pause') : 'Nothing here to pause.' };
    }
    return { kind: 'subscriptions', subscriptions: changed, changed: 'paused' };
  },
});
