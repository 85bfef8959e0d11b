import { z } from 'zod';
import { actorOf, defineCommand } from './command.ts';

/** What removes every subscription of a channel at once: said on purpose, never by leaving the topic out. */
const ALL = 'all';

/**
 * `/unsubscribe <topic, id or "all">`: stop following a topic here. With nothing given it removes nothing and lists
 * what the channel follows: a moderator who sends the bare command (Enter pressed early, or to see what it takes)
 * must not lose every subscription and its settings.
 */
export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop following a topic in this channel ("all" for every topic)',
  options: [
    {
      name: 'topic',
      description: 'The topic or subscription id (see /subscriptions), or "all"',
      type: 'string',
      autocomplete: true,
      maxLength: 200,
    },
  ],
  schema: z.object({ topic: z.string().trim().optional() }),
  preconditions: [],
  requires: 'configure',
  async run(ctx, { topic }) {
    if (topic === undefined) return { kind: 'unsubscribe-which', subscriptions: await ctx.services.subscriptions.list(ctx.channel) };
    const every = topic.toLowerCase() === ALL;
    const removed = await ctx.services.subscriptions.unsubscribe(ctx.channel, every ? null : topic, actorOf(ctx));
    // Naming nothing followed here ("harbour" of "harbour fire"), the moderator is shown what can be named.
    if (removed.length === 0 && !every)
      return { kind: 'unsubscribe-which', subscriptions: await ctx.services.subscriptions.list(ctx.channel), unmatched: topic };
    // A topic taken out of a subscription of several leaves the others followed: say which.
    const cut = new Set(removed.map((s) => s.id));
    const kept = cut.size === 0 ? [] : (await ctx.services.subscriptions.list(ctx.channel)).filter((s) => cut.has(s.id));
    return { kind: 'unsubscribed', removed, kept };
  },
  /** This channel's topics that hold what is typed; each suggestion's value is the subscription's id. */
  async suggest(ctx, _option, typed) {
    const needle = typed.trim().toLowerCase();
    const topics = (await ctx.services.subscriptions.list(ctx.channel)).map((s) => ({ name: s.topics.join(', '), value: s.id }));
    return topics
      .filter((t) => t.name.toLowerCase().includes(needle))
      .slice(0, 25)
      .map((t) => ({ ...t, name: t.name.slice(0, 100) }));
  },
});
