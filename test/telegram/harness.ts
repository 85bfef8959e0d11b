import type { CommandServices, SubscribeRequest } from '../../commands/services.ts';
import { TelegramAdapter, type TelegramAdapterOptions } from '../../src/adapters/telegram/telegram-adapter.ts';
import type { ChannelEvents, ChannelRef } from '../../src/domain/channel.ts';
import type { Subscription } from '../../src/domain/subscription.ts';
import { silentLogger } from '../../src/log.ts';
import { BotApiDouble } from '../support/telegram-double/bot-api-double.ts';
import { briefing, subscription } from './fixtures.ts';

export const TOKEN = '123456:TEST-token-abcdefghijklmnop';

/** Channel events the adapter reported, in order. */
export type RecordedEvent =
  { event: 'moved'; from: ChannelRef; to: ChannelRef } | { event: 'paused' | 'gone'; channel: ChannelRef; reason: string };

/** Subscriptions kept in memory, recording what each call asked for. */
export function memorySubscriptions() {
  const stored: Subscription[] = [];
  const requests: { channel: ChannelRef; request: SubscribeRequest; by: string }[] = [];
  const services: CommandServices['subscriptions'] = {
    async subscribe(channel, request, by) {
      requests.push({ channel, request, by: by.name });
      const existing = stored.find((s) => s.channel.chatId === channel.chatId && s.topics.join(',') === request.topic);
      if (existing) return { subscription: existing, created: false };
      const sub = subscription({
        id: `sub-${stored.length + 1}`,
        channel,
        topics: [request.topic],
        mode: request.mode,
        daily: request.mode === 'daily' ? { time: request.time ?? '08:00', timezone: request.timezone ?? 'UTC' } : null,
      });
      stored.push(sub);
      return { subscription: sub, created: true };
    },
    async unsubscribe(channel, idOrTopic) {
      const gone = stored.filter(
        (s) => s.channel.chatId === channel.chatId && (idOrTopic === null || s.id === idOrTopic || s.topics.includes(idOrTopic)),
      );
      for (const s of gone) stored.splice(stored.indexOf(s), 1);
      return gone;
    },
    list: async (channel) => stored.filter((s) => s.channel.chatId === channel.chatId),
    async pause(channel, idOrTopic, by) {
      const hit = stored.filter((s) => s.channel.chatId === channel.chatId && (idOrTopic === null || s.topics.includes(idOrTopic)));
      for (const s of hit) s.paused = { at: '2026-11-29T10:00:00Z', reason: `paused by ${by.name}`, by };
      return hit;
    },
    async resume(channel, idOrTopic) {
      const hit = stored.filter(
        (s) => s.channel.chatId === channel.chatId && s.paused && (idOrTopic === null || s.topics.includes(idOrTopic)),
      );
      for (const s of hit) s.paused = null;
      return hit;
    },
    briefingNow: async (channel) => (stored.some((s) => s.channel.chatId === channel.chatId) ? briefing() : null),
  };
  return { services, stored, requests };
}

/** A real TelegramAdapter (grammY Bot, long polling) against a fresh Bot API double. */
export async function startHarness(
  options: { services?: Partial<CommandServices>; adapter?: Partial<TelegramAdapterOptions>; start?: boolean } = {},
) {
  const double = await BotApiDouble.start();
  const events: RecordedEvent[] = [];
  const channels: ChannelEvents = {
    channelMoved: async (from, to) => void events.push({ event: 'moved', from, to }),
    channelPaused: async (channel, reason) => void events.push({ event: 'paused', channel, reason }),
    channelGone: async (channel, reason) => void events.push({ event: 'gone', channel, reason }),
  };
  const subscriptions = memorySubscriptions();
  const services: CommandServices = {
    sources: () => [],
    stories: async () => [],
    compare: async () => null,
    breakdown: async () => null,
    subscriptions: subscriptions.services,
    ...options.services,
  };
  const adapter = new TelegramAdapter({
    token: TOKEN,
    apiRoot: double.apiRoot,
    services,
    channels,
    log: silentLogger,
    retry: { maxRetryAttempts: 2, maxDelaySeconds: 2 },
    pollTimeoutSeconds: 1,
    ...options.adapter,
  });
  if (options.start !== false) await adapter.start();
  return {
    double,
    adapter,
    events,
    subscriptions,
    /** Text of the sendMessage calls to a chat, in order. */
    sentTo: (chatId: number) =>
      double.callsTo('sendMessage', (p) => String(p.chat_id) === String(chatId)).map((c) => String(c.params.text)),
    async stop() {
      await adapter.stop();
      await double.close();
    },
  };
}
