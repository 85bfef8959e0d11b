import type { CommandResult } from '../../../commands/command.ts';
import type { ReplyView } from '../platform-adapter.ts';
import { renderResult } from './render-html.ts';
import { capMessages } from './send-messages.ts';
import { TELEGRAM_MESSAGE_LIMIT } from './split-html.ts';

/** How Telegram answers a command result, measured against its limits (for the adapter contract suite). */
export async function replyView(result: CommandResult): Promise<ReplyView> {
  const messages = capMessages(renderResult(result));
  return { parts: messages.map((m) => ({ text: m.html, limit: TELEGRAM_MESSAGE_LIMIT })), messages: messages.length, private: false };
}
