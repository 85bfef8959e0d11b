import type { Actor, ChannelRef } from '../domain/channel.ts';
import type { SubscribeRequest, Subscription } from '../domain/subscription.ts';

export type { SubscribeRequest };
import { words } from './text-match.ts';

/** Defaults for what a /subscribe request leaves out. */
export const SUBSCRIPTION_DEFAULTS = { minOutlets: 3, maxStories: 5, time: '08:00', timezone: 'UTC' } as const;

/** Splits "a, b; c" into trimmed, distinct, non-empty items. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  // One item once, whatever its case: "quake, Quake, QUAKE" is one topic.
  return text
    .split(/[,;]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '' && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** A comparable form of a topic list, so "Earthquake,  Turkey" and "earthquake, turkey" are the same subscription. */
export function topicKey(topics: readonly string[]): string {
  return topics
    .map((t) => words(t).join(' '))
    .sort()
    .join('|');
}

/** The settings a request asks for, as the fields of a subscription. */
export function settingsFrom(
  request: SubscribeRequest,
): Pick<Subscription, 'topics' | 'exclude' | 'sources' | 'countries' | 'languages' | 'mode' | 'minOutlets' | 'daily' | 'threads'> {
  return {
    topics: splitList(request.topic),
    exclude: request.exclude ?? [],
    sources: request.sources ?? { include: [], exclude: [] },
    countries: request.countries ?? { include: [], exclude: [] },
    languages: request.languages ?? [],
    mode: request.mode,
    minOutlets: request.minOutlets ?? SUBSCRIPTION_DEFAULTS.minOutlets,
    daily:
      request.mode === 'daily'
        ? { time: request.time ?? SUBSCRIPTION_DEFAULTS.time, timezone: request.timezone ?? SUBSCRIPTION_DEFAULTS.timezone }
        : null,
    threads: request.threads ?? true,
  };
}

/** A new subscription for a channel, with its creation in the history. */
export function newSubscription({
  id,
  channel,
  request,
  by,
  at,
}: {
  id: string;
  channel: ChannelRef;
  request: SubscribeRequest;
  by: Actor;
  at: string;
}): Subscription {
  const settings = settingsFrom(request);
  return {
    id,
    channel,
    ...settings,
    maxStories: SUBSCRIPTION_DEFAULTS.maxStories,
    paused: null,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    history: [{ at, by, change: `subscribed to ${settings.topics.join(', ')} (${settings.mode})` }],
    lastBriefingAt: null,
  };
}

/** Applies a request to an existing subscription; returns it changed and a description of what changed ("" when nothing). */
export function changeSubscription({
  subscription,
  request,
  by,
  at,
}: {
  subscription: Subscription;
  request: SubscribeRequest;
  by: Actor;
  at: string;
}): { subscription: Subscription; change: string } {
  const settings = settingsFrom(request);
  const changes: string[] = [];
  for (const [field, value] of Object.entries(settings) as [keyof typeof settings, unknown][]) {
    const before = JSON.stringify(subscription[field]);
    const after = JSON.stringify(value);
    if (before !== after) changes.push(`${field} ${before} → ${after}`);
  }
  if (changes.length === 0) return { subscription, change: '' };
  const change = changes.join('; ');
  return {
    subscription: { ...subscription, ...settings, updatedAt: at, updatedBy: by, history: [...subscription.history, { at, by, change }] },
    change,
  };
}

/** The subscriptions a command's topic or id names among a channel's: all of them when none is given. */
/** Fewest characters of a subscription id that name it, typed in any case. */
const MIN_ID_PREFIX = 6;

export function matchingSubscriptions(mine: Subscription[], idOrTopic: string | null): Subscription[] {
  if (idOrTopic === null || idOrTopic.trim() === '') return mine;
  // As a subscription's line shows an id ("· id 4b0f…"), or copied with a full stop after it.
  const typed = idOrTopic
    .trim()
    .toLowerCase()
    .replace(/^id\s+/u, '')
    .replace(/[.,;:!?]+$/u, '');
  const byId = mine.filter((s) => s.id.toLowerCase() === typed);
  if (byId.length > 0) return byId;
  // An id's first characters, as people copy them ("4b0ff55b" of a 32-digit id), when they name one subscription.
  const byPrefix = typed.length >= MIN_ID_PREFIX ? mine.filter((s) => s.id.toLowerCase().startsWith(typed)) : [];
  if (byPrefix.length === 1) return byPrefix;
  const wanted = topicKey(splitList(idOrTopic));
  return mine.filter((s) => topicKey(s.topics) === wanted || s.topics.some((t) => topicKey([t]) === wanted));
}
