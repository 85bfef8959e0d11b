import type { ChannelRef, Platform } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { RateLimits } from '../domain/delivery.ts';

/** Without a rule from its publisher no chat is a group: only the publisher knows which of its chats share the per-group limit. */
export const noGroups = (_channel: ChannelRef): boolean => false;

/** The answer to "may I send to this chat now?": yes (the slot is booked), or the time to ask again. */
export type Reservation = { ready: true; at: number } | { ready: false; retryAt: number };

/** What a publisher may add to its limits: which of its chats share the per-group limit (default: none). */
export interface RatePolicySource {
  isGroupChat?(channel: ChannelRef): boolean;
}

/** One platform's limits and which of its chats count as groups. */
export interface RatePolicy {
  platform: Platform;
  limits: RateLimits;
  isGroup?: (channel: ChannelRef) => boolean;
}

/**
 * Grants send slots within a platform's limits: `SendRateLimiter` in one process, `RedisSendLimiter` across every
 * process sharing a Redis. The sender awaits every answer, so either kind fits.
 */
export interface SendLimiter {
  /** The earliest time a message to the channel could go, without booking anything. */
  readyAt(channel: ChannelRef): number | Promise<number>;
  /** Books a slot now for one message to the channel, or says when to ask again. */
  reserve(channel: ChannelRef): Reservation | Promise<Reservation>;
  /** Keeps a chat quiet until `until` (a platform asked to retry after a while). */
  hold(channel: ChannelRef, until: number): void | Promise<void>;
}

/** Makes the limiter of one platform. */
export type LimiterFactory = (policy: RatePolicy) => SendLimiter;

/** Limiters kept in this process's memory: right for one sending process (no REDIS_URL). */
export function localLimiter(clock: Clock): LimiterFactory {
  return (policy) => new SendRateLimiter({ limits: policy.limits, clock, ...(policy.isGroup ? { isGroupChat: policy.isGroup } : {}) });
}

/** Added to each window so messages that travel at slightly different speeds still arrive within the limit. */
export const JITTER_MARGIN_MS = 50;

/** The send times of the last `capacity` messages in a sliding window. */
class Window {
  private readonly times: number[] = [];
  constructor(
    private readonly capacity: number,
    private readonly spanMs: number,
  ) {}

  /** The earliest time one more message fits. */
  readyAt(): number {
    return this.times.length < this.capacity ? 0 : this.times[0]! + this.spanMs;
  }

  add(at: number): void {
    this.times.push(at);
    if (this.times.length > this.capacity) this.times.shift();
  }

  last(): number {
    return this.times.at(-1) ?? -Infinity;
  }
}

/**
 * Spreads sends within a platform's limits: at most `globalPerSecond` messages in any second overall
 * (and never closer than half the average gap, so they go out evenly), one per `1/perChatPerSecond` to a chat,
 * and at most `perGroupPerMinute` in any minute to a group. A slot is granted only for now, at the moment of
 * sending; a sender that woke late does not lose the slot it missed, and a busy chat never holds up the others.
 */
export class SendRateLimiter implements SendLimiter {
  private readonly global: Window;
  private readonly chatNext = new Map<string, number>();
  private readonly groups = new Map<string, Window>();
  private calls = 0;

  /** `isGroupChat`: the publisher's rule for which chats are groups (Publisher.isGroupChat); none when not given. */
  constructor(private readonly deps: { limits: RateLimits; clock: Clock; isGroupChat?: (channel: ChannelRef) => boolean }) {
    this.global = new Window(Math.max(1, Math.floor(deps.limits.globalPerSecond)), 1000 + JITTER_MARGIN_MS);
  }

  /** The earliest time a message to the channel could go, without booking anything. */
  readyAt(channel: ChannelRef): number {
    const chat = this.chatKey(channel);
    const group = this.isGroup(channel) ? this.groups.get(chat) : undefined;
    return Math.max(
      this.chatNext.get(chat) ?? 0,
      this.global.readyAt(),
      this.global.last() + 500 / this.deps.limits.globalPerSecond,
      group?.readyAt() ?? 0,
    );
  }

  /** Books a slot now for one message to the channel, or says when to ask again. */
  reserve(channel: ChannelRef): Reservation {
    const now = this.deps.clock.now();
    const { perChatPerSecond, perGroupPerMinute, globalPerSecond } = this.deps.limits;
    if (++this.calls % 1000 === 0) this.prune(now);
    const chat = this.chatKey(channel);
    const group = this.isGroup(channel) ? this.groupWindow(chat, perGroupPerMinute) : null;
    const ready = Math.max(
      this.chatNext.get(chat) ?? 0,
      this.global.readyAt(),
      this.global.last() + 500 / globalPerSecond,
      group?.readyAt() ?? 0,
    );
    if (ready > now) return { ready: false, retryAt: ready };
    this.global.add(now);
    group?.add(now);
    this.chatNext.set(chat, now + 1000 / perChatPerSecond);
    return { ready: true, at: now };
  }

  /** Keeps a chat quiet until `until` (a platform asked to retry after a while). */
  hold(channel: ChannelRef, until: number): void {
    const chat = this.chatKey(channel);
    this.chatNext.set(chat, Math.max(this.chatNext.get(chat) ?? 0, until));
  }

  private isGroup(channel: ChannelRef): boolean {
    return (this.deps.isGroupChat ?? noGroups)(channel);
  }

  private groupWindow(chat: string, perMinute: number): Window {
    let window = this.groups.get(chat);
    if (!window) this.groups.set(chat, (window = new Window(Math.max(1, Math.floor(perMinute)), 60_000 + JITTER_MARGIN_MS)));
    return window;
  }

  private chatKey(channel: ChannelRef): string {
    return `${channel.platform}:${channel.chatId}`;
  }

  private prune(now: number): void {
    for (const [chat, next] of this.chatNext) if (next < now) this.chatNext.delete(chat);
    for (const [chat, window] of this.groups) if (window.last() < now - 60_000) this.groups.delete(chat);
  }
}
