import type { ChannelRef } from '../../domain/channel.ts';

/** The channel a Telegram message belongs to: its chat, and its forum topic when it was sent in one. */
export function channelOf(chat: { id: number }, message?: { is_topic_message?: boolean; message_thread_id?: number }): ChannelRef {
  const threadId = message?.is_topic_message && message.message_thread_id !== undefined ? String(message.message_thread_id) : null;
  return { platform: 'telegram', chatId: String(chat.id), threadId };
}
