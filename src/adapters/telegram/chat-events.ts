import type { ChatMemberUpdated } from 'grammy/types';
import type { ChannelEvents } from '../../domain/channel.ts';
import type { Logger } from '../../log.ts';
import { channelOf } from './channel-ref.ts';

/**
 * Reports the bot's own membership changes: removed, kicked or blocked (or no longer able to post in a
 * channel) pauses the chat's subscriptions. Being added needs nothing: a chat subscribes with /subscribe.
 */
export async function onMyChatMember({
  update,
  channels,
  log,
}: {
  update: ChatMemberUpdated;
  channels: ChannelEvents;
  log: Logger;
}): Promise<void> {
  const reason = pauseReason(update);
  if (!reason) return;
  log.info({ chatId: update.chat.id, status: update.new_chat_member.status }, 'telegram: bot can no longer post; pausing subscriptions');
  await channels.channelPaused(channelOf(update.chat), reason);
}

function pauseReason(update: ChatMemberUpdated): string | null {
  const member = update.new_chat_member;
  const who = update.from.username ? `@${update.from.username}` : update.from.first_name;
  if (member.status === 'kicked')
    return update.chat.type === 'private' ? 'the user blocked Parallax' : `Parallax was removed from the chat by ${who}`;
  if (member.status === 'left') return `Parallax left the chat (${who})`;
  if (member.status === 'restricted' && !member.can_send_messages) return `Parallax may no longer post here (restricted by ${who})`;
  const wasAdmin = ['administrator', 'creator'].includes(update.old_chat_member.status);
  if (update.chat.type === 'channel' && wasAdmin && member.status !== 'administrator')
    return `Parallax is no longer an administrator of the channel (${who})`;
  return null;
}

/** Reports a group that became a supergroup, so its subscriptions follow the new chat id. */
export async function onMigration({
  from,
  toChatId,
  channels,
  log,
}: {
  from: { id: number };
  toChatId: number;
  channels: ChannelEvents;
  log: Logger;
}): Promise<void> {
  log.info({ from: from.id, to: toChatId }, 'telegram: group migrated to a supergroup');
  await channels.channelMoved(channelOf(from), { platform: 'telegram', chatId: String(toChatId), threadId: null });
}
