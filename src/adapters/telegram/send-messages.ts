import type { Api } from 'grammy';
import { isNotModified } from './errors.ts';
import type { RenderedMessage } from './render-html.ts';

/** Where messages go: a chat, its forum topic, and optionally the message they answer. */
export interface ChatTarget {
  chatId: string;
  threadId: string | null;
  replyTo?: number;
}

/** Options every message carries: HTML, link previews off, the forum topic. */
export function messageOptions(target: ChatTarget, message: RenderedMessage) {
  return {
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    ...(target.threadId ? { message_thread_id: Number(target.threadId) } : {}),
    ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
  };
}

/** Messages one reply or post may take in a chat; a longer one ends with a note of what was left out. */
export const MAX_MESSAGES_PER_REPLY = 5;

/** At most MAX_MESSAGES_PER_REPLY messages: the first ones, then a note saying how many were left out. */
export function capMessages(messages: RenderedMessage[], max = MAX_MESSAGES_PER_REPLY): RenderedMessage[] {
  if (messages.length <= max) return messages;
  const kept = messages.slice(0, max - 1);
  const left = messages.length - kept.length;
  return [
    ...kept,
    { html: `… ${left} more messages left out: this answer is too long for a chat. Narrow it down (for example /sources country=DE).` },
  ];
}

/** Sends messages in order (the first as a reply when the target names one), at most MAX_MESSAGES_PER_REPLY; returns their ids. */
export async function sendMessages(api: Api, target: ChatTarget, all: RenderedMessage[]): Promise<number[]> {
  const ids: number[] = [];
  const messages = capMessages(all);
  for (const [i, message] of messages.entries()) {
    const reply =
      i === 0 && target.replyTo !== undefined
        ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } }
        : {};
    const sent = await api.sendMessage(target.chatId, message.html, { ...messageOptions(target, message), ...reply });
    ids.push(sent.message_id);
  }
  return ids;
}

/** Replaces a message's text and buttons; an edit that would change nothing counts as done. */
export async function editMessage(api: Api, target: ChatTarget, messageId: number, message: RenderedMessage): Promise<void> {
  try {
    const { message_thread_id: _topic, ...options } = messageOptions(target, message);
    await api.editMessageText(target.chatId, messageId, message.html, options);
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}
