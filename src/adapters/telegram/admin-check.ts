import type { Api } from 'grammy';
import type { Chat, User } from 'grammy/types';
import type { Logger } from '../../log.ts';

/** The user Telegram shows as the sender when a group administrator posts anonymously. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/** Who sent a command: the chat, the user (absent for channel posts) and the chat it was sent on behalf of. */
export interface Sender {
  chat: Pick<Chat, 'id' | 'type'>;
  from?: Pick<User, 'id'>;
  senderChat?: Pick<Chat, 'id'>;
}

/**
 * Whether the sender may configure the chat: anyone in a private chat; in groups and channels only administrators,
 * asked with getChatMember. A message sent on behalf of the chat itself (an anonymous administrator, whose sender is
 * GroupAnonymousBot, or a channel post) comes from an administrator; a message on behalf of another chat does not.
 */
export async function canConfigureChat({ api, sender, log }: { api: Api; sender: Sender; log: Logger }): Promise<boolean> {
  const { chat, from, senderChat } = sender;
  if (chat.type === 'private') return true;
  if (senderChat) return senderChat.id === chat.id;
  if (!from || from.id === GROUP_ANONYMOUS_BOT_ID) return false;
  try {
    const member = await api.getChatMember(chat.id, from.id);
    return member.status === 'creator' || member.status === 'administrator';
  } catch (error) {
    log.warn({ chatId: chat.id, userId: from.id, err: error }, 'telegram: could not check chat administrator rights');
    return false;
  }
}
