import { BOT_USER } from './methods.ts';

/** A chat as it appears in updates. */
export type TestChat = { id: number; type: 'private' | 'group' | 'supergroup' | 'channel'; title?: string; is_forum?: boolean };

export const GROUP_ANONYMOUS_BOT = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };

let messageIds = 1;
const now = () => Math.floor(Date.now() / 1000);

/** A user with a first name. */
export const user = (id: number, name = `User ${id}`) => ({ id, is_bot: false, first_name: name });

/** A private chat with a user. */
export const privateChat = (userId: number): TestChat => ({ id: userId, type: 'private' });

/** A supergroup (optionally a forum). */
export const supergroup = (id: number, forum = false): TestChat => ({
  id,
  type: 'supergroup',
  title: `Group ${id}`,
  ...(forum ? { is_forum: true } : {}),
});

/** A message update carrying a command (`/compare flood`), as a user, an anonymous admin or a channel sends it. */
export function commandMessage({
  chat,
  from,
  text,
  senderChat,
  threadId,
}: {
  chat: TestChat;
  from?: ReturnType<typeof user> | typeof GROUP_ANONYMOUS_BOT;
  text: string;
  senderChat?: TestChat;
  threadId?: number;
}): Record<string, unknown> {
  const commandLength = text.split(/\s/)[0]!.length;
  const message = {
    message_id: messageIds++,
    date: now(),
    chat,
    ...(from ? { from } : {}),
    ...(senderChat ? { sender_chat: senderChat } : {}),
    ...(threadId ? { message_thread_id: threadId, is_topic_message: true } : {}),
    text,
    entities: [{ type: 'bot_command', offset: 0, length: commandLength }],
  };
  return chat.type === 'channel' ? { channel_post: message } : { message };
}

/** A press on an inline button under a bot message. */
export function callbackQuery({
  from,
  chat,
  messageId,
  data,
}: {
  from: ReturnType<typeof user>;
  chat: TestChat;
  messageId: number;
  data: string;
}): Record<string, unknown> {
  return {
    callback_query: {
      id: `cq-${messageIds++}`,
      from,
      chat_instance: `ci-${chat.id}`,
      data,
      message: { message_id: messageId, date: now(), chat, from: BOT_USER, text: '…' },
    },
  };
}

/** The bot's own membership changing in a chat (added, removed, blocked). */
export function myChatMember({
  chat,
  from,
  oldStatus,
  newStatus,
}: {
  chat: TestChat;
  from: ReturnType<typeof user>;
  oldStatus: string;
  newStatus: string;
}): Record<string, unknown> {
  return {
    my_chat_member: {
      chat,
      from,
      date: now(),
      old_chat_member: { status: oldStatus, user: BOT_USER },
      new_chat_member: { status: newStatus, user: BOT_USER, ...(newStatus === 'kicked' ? { until_date: 0 } : {}) },
    },
  };
}

/** The service message a group gets when it becomes a supergroup. */
export function migrationMessage({ chat, toChatId }: { chat: TestChat; toChatId: number }): Record<string, unknown> {
  return { message: { message_id: messageIds++, date: now(), chat, from: user(1), migrate_to_chat_id: toChatId } };
}
