import type { Breakdown } from './breakdown.ts';
import type { ChannelRef, Platform } from './channel.ts';

/** One story in a daily briefing. */
export interface BriefingItem {
  storyId: string;
  headline: string;
  /** One line most outlets agree on, quoted from an outlet; null when none. */
  consensus: string | null;
  /** The sharpest divergence in one line ("deaths: 12 (Outlet A) vs 15 (Outlet B)"); null when none. */
  divergence: string | null;
  outlets: number;
  independentOutlets: number;
  countries: string[];
  url: string | null;
}

/** A daily briefing for one subscription: its top stories since the last one. */
export interface Briefing {
  subscriptionId: string;
  title: string;
  since: string | null;
  generatedAt: string;
  items: BriefingItem[];
  /** Stories that also matched but did not make the briefing's few (`maxStories`); absent or 0 when none. */
  more?: number;
}

/**
 * What the core asks an adapter to post: a story breakdown (with whether to open a discussion under it,
 * the subscription's `threads` switch) or a briefing.
 */
export type DeliveryPayload = { kind: 'breakdown'; breakdown: Breakdown; discussion?: boolean } | { kind: 'briefing'; briefing: Briefing };

/** How one send is to be made. */
export interface SendOptions {
  /** The outbox key of the message: a platform that can refuse a repeated send (Discord's enforced nonce) should be given it. */
  idempotencyKey?: string;
}

/**
 * What a platform said about one send or edit, in one small union:
 * sent (with the message ids), retry after N seconds, gone (blocked, kicked, deleted, no permission), failed.
 */
export type PublishResult =
  | { kind: 'sent'; messageIds: string[] }
  | { kind: 'retry'; afterSeconds: number; reason: string }
  | { kind: 'gone'; reason: string }
  | { kind: 'failed'; reason: string };

/** Send-rate limits of a platform, applied by the core's sender so large fan-outs are spread out. */
export interface RateLimits {
  /** Messages per second to one chat. */
  perChatPerSecond: number;
  /** Messages per minute to one group chat (Telegram: 20). */
  perGroupPerMinute: number;
  /** Messages per second overall. */
  globalPerSecond: number;
}

/** The port each chat adapter implements so the core can deliver to it. */
export interface Publisher {
  readonly platform: Platform;
  readonly limits: RateLimits;
  /** Whether a chat is a group, held to `perGroupPerMinute` (Telegram: a negative chat id); no chat is when absent. */
  isGroupChat?(channel: ChannelRef): boolean;
  send(channel: ChannelRef, payload: DeliveryPayload, options?: SendOptions): Promise<PublishResult>;
  /** Edits earlier messages in place (a story that grew); `failed` or `gone` when not possible. */
  edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult>;
}
