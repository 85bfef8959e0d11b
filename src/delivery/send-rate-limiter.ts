import type { ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { RateLimits } from '../domain/delivery.ts';

/** Telegram group and channel chat ids are negative; they share the per-group limit. */
export function isGroupChat(channel: ChannelRef): boolean {
  return channel.platform === 'telegram' && channel.chatId.startsWith('-');
}

/** The answer to "may I send to this chat now?": yes (the slot is booked), or the time to ask again. */
export type Reservation = { ready: true; at: number } | { ready: false; retryAt: number };

/**
 * Spreads sends within a platform's limits: at most one message per `1/perChatPerSecond` to a chat,
 * one per `60/perGroupPerMinute` seconds to a group, one per `1/globalPerSecond` overall. A slot is
 * granted only for now, at the moment of sending, so late senders cannot bunch up; a busy chat never holds up the others.
 */
export class SendRateLimiter {
  private globalNext = 0;
  private readonly chatNext = new Map<string, number>();
  private calls = 0;

  constructor(private readonly deps: { limits: RateLimits; clock: Clock }) {}

  /** Books a slot now for one message to the channel, or says when to ask again. */
  reserve(channel: ChannelRef): Reservation {
    const now = this.deps.clock.now();
    if (++this.calls % 1000 === 0) this.prune(now);
    const chat = this.chatKey(channel);
    const ready = Math.max(this.chatNext.get(chat) ?? 0, this.globalNext);
    if (ready > now) return { ready: false, retryAt: ready };
    const at = now;
    const { perChatPerSecond, perGroupPerMinute, globalPerSecond } = this.deps.limits;
    const chatGap = isGroupChat(channel) ? Math.max(1000 / perChatPerSecond, 60_000 / perGroupPerMinute) : 1000 / perChatPerSecond;
    this.chatNext.set(chat, at + chatGap);
    this.globalNext = at + 1000 / globalPerSecond;
    return { ready: true, at };
  }

  /** Keeps a chat quiet until `until` (a platform asked to retry after a while). */
  hold(channel: ChannelRef, until: number): void {
    const chat = this.chatKey(channel);
    this.chatNext.set(chat, Math.max(this.chatNext.get(chat) ?? 0, until));
  }

  private chatKey(channel: ChannelRef): string {
    return `${channel.platform}:${channel.chatId}`;
  }

  private prune(now: number): void {
    for (const [chat, next] of this.chatNext) if (next < now) this.chatNext.delete(chat);
  }
}
