/**
 * A chat platform's id, as its adapter names it: 'discord', 'telegram', 'terminal' (src/adapters/registry.ts lists
 * the chat platforms). Open, so a new platform needs no change here.
 */
export type Platform = string;

/** Where messages go: a Discord channel (and thread), a Telegram chat (and topic), or the terminal. */
export interface ChannelRef {
  platform: Platform;
  chatId: string;
  threadId: string | null;
}

/** A stable string key for a channel, for store keys and idempotency keys. */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.chatId}${channel.threadId ? `:${channel.threadId}` : ''}`;
}

/** Who made a change, for the audit trail. */
export interface Actor {
  platform: Platform;
  userId: string;
  name: string;
}

/** Platform events about channels that adapters report to the core. */
export interface ChannelEvents {
  /** The channel no longer exists or the bot left it for good (Discord channel deleted, bot removed from guild): its subscriptions are removed. */
  channelGone(channel: ChannelRef, reason: string): Promise<void>;
  /** The bot can no longer post there (Telegram bot kicked or blocked): its subscriptions are paused with the reason. */
  channelPaused(channel: ChannelRef, reason: string): Promise<void>;
  /** The chat has a new id (Telegram group migrated to a supergroup): subscriptions and pending messages move with it. */
  channelMoved(from: ChannelRef, to: ChannelRef): Promise<void>;
}

/**
 * Whether a platform event about `event` concerns `channel`: the same chat, and the same thread unless the
 * event names none (a chat-wide event such as a deleted channel or a removed bot covers all its threads).
 */
export function covers(event: ChannelRef, channel: ChannelRef): boolean {
  return (
    event.platform === channel.platform &&
    event.chatId === channel.chatId &&
    (event.threadId === null || event.threadId === channel.threadId)
  );
}

/** Where `channel` lives after its chat moved from `from` to `to`: a chat-wide move keeps each thread. */
export function movedChannel(channel: ChannelRef, from: ChannelRef, to: ChannelRef): ChannelRef {
  return from.threadId === null && to.threadId === null ? { ...to, threadId: channel.threadId } : to;
}
