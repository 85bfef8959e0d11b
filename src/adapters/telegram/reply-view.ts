import type { CommandResult } from '../../../commands/command.ts';
import type { ReplyPart, ReplyView } from '../platform-adapter.ts';
import { renderBreakdownPages, renderResult, type RenderedMessage } from './render-html.ts';
import { capMessages } from './send-messages.ts';
import { TELEGRAM_MESSAGE_LIMIT } from './split-html.ts';

/** Telegram's limit on a button's callback data, in bytes. */
const CALLBACK_DATA = 64;

/**
 * How Telegram answers a command result, measured against its limits (for the adapter contract suite): the reply, and
 * for a breakdown every page its buttons open.
 */
export async function replyView(result: CommandResult): Promise<ReplyView> {
  const messages = capMessages(renderResult(result));
  const pages: ReplyPart[][] = [];
  if (result.kind === 'breakdown') pages.push(...renderBreakdownPages(result.breakdown).slice(1).map(messageParts));
  return { parts: messages.flatMap(messageParts), pages, messages: messages.length, private: false };
}

/** A message's HTML and its buttons' callback data (measured in bytes, as Telegram counts them). */
function messageParts(message: RenderedMessage): ReplyPart[] {
  const buttons = message.keyboard?.inline_keyboard.flat() ?? [];
  return [
    { text: message.html, limit: TELEGRAM_MESSAGE_LIMIT },
    ...buttons.map((b) => ({ text: 'x'.repeat(Buffer.byteLength('callback_data' in b ? b.callback_data : '')), limit: CALLBACK_DATA })),
  ];
}
