import type { SubscriptionServices } from '../../commands/services.ts';
import { channelKey, type Actor, type ChannelRef } from '../../src/domain/channel.ts';
import type { Briefing } from '../../src/domain/delivery.ts';
import type { Subscription } from '../../src/domain/subscription.ts';

/** An in-memory SubscriptionServices for adapter tests: records calls, keeps subscriptions per channel. */
export function fakeSubscriptions(briefing: (channel: ChannelRef) => Briefing | null) {
  const byChannel = new Map<string, Subscription[]>();
  const calls: { method: string; channel: ChannelRef; by?: Actor }[] = [];
  const of = (channel: ChannelRef) => byChannel.get(channelKey(channel)) ?? [];
  const matches = (s: Subscription, idOrTopic: string | null) => idOrTopic === null || s.id === idOrTopic || s.topics.includes(idOrTopic);
  const services: SubscriptionServices = {
    async subscribe(channel, request, by) {
      calls.push({ method: 'subscribe', channel, by });
      const now = '2026-11-29T12:00:00Z';
      const subscription: Subscription = {
        id: `sub-${of(channel).length + 1}`,
        channel,
        topics: [request.topic],
        exclude: request.exclude ?? [],
        sources: request.sources ?? { include: [], exclude: [] },
        countries: request.countries ?? { include: [], exclude: [] },
        languages: request.languages ?? [],
        mode: request.mode,
        minOutlets: request.minOutlets ?? 3,
        daily: request.mode === 'daily' ? { time: request.time ?? '08:00', timezone: request.timezone ?? 'UTC' } : null,
        maxStories: 5,
        threads: true,
        paused: null,
        createdAt: now,
        createdBy: by,
        updatedAt: now,
        updatedBy: by,
        history: [],
        lastBriefingAt: null,
      };
      byChannel.set(channelKey(channel), [...of(channel), subscription]);
      return { subscription, created: true };
    },
    async unsubscribe(channel, idOrTopic, by) {
      calls.push({ method: 'unsubscribe', channel, by });
      const removed = of(channel).filter((s) => matches(s, idOrTopic));
      byChannel.set(
        channelKey(channel),
        of(channel).filter((s) => !removed.includes(s)),
      );
      return removed;
    },
    async list(channel) {
      calls.push({ method: 'list', channel });
      return of(channel);
    },
    pause: async () => [],
    resume: async () => [],
    async briefingNow(channel) {
      calls.push({ method: 'briefingNow', channel });
      return briefing(channel);
    },
  };
  return { services, calls };
}
