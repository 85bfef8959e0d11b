import type { Context } from 'grammy';
import type { Command, CommandContext } from '../../../commands/command.ts';
import type { CommandServices } from '../../../commands/services.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { Logger } from '../../log.ts';
import { canConfigureChat } from './admin-check.ts';
import { TELEGRAM_CONFIGURE_RIGHT } from './platform.ts';
import { channelOf } from './channel-ref.ts';
import { ChatProgress } from './chat-progress.ts';
import { escapeHtml } from './escape-html.ts';
import { parseArguments } from '../../../commands/text-arguments.ts';
import { renderResult } from './render-html.ts';
import { sendCard } from './send-card.ts';
import { sendMessages } from './send-messages.ts';

/**
 * Answers one command message or channel post: reads its arguments, runs it through `runCommand` with a
 * context that checks administrator rights and shows progress, and replies with the rendered result.
 */
export async function handleCommand({
  ctx,
  command,
  services,
  log,
  withArguments = true,
}: {
  ctx: Context;
  command: Command;
  services: CommandServices;
  log: Logger;
  /** False for /start, whose text after the command is a deep-link payload, not options. */
  withArguments?: boolean;
}): Promise<void> {
  const message = ctx.msg;
  const chat = ctx.chat;
  if (!message || !chat) return;
  const channel = channelOf(chat, message);
  const target = { chatId: channel.chatId, threadId: channel.threadId, replyTo: message.message_id };
  const parsed = parseArguments(command, withArguments && typeof ctx.match === 'string' ? ctx.match : '');
  if ('error' in parsed) {
    await sendMessages(ctx.api, target, [{ html: `⚠️ ${escapeHtml(parsed.error)}` }]);
    return;
  }
  const progress = new ChatProgress({ api: ctx.api, target, log });
  progress.startTyping();
  const from = ctx.from;
  const senderChat = message.sender_chat;
  const sender = { chat, ...(from ? { from } : {}), ...(senderChat ? { senderChat } : {}) };
  const commandContext: CommandContext = {
    platform: 'telegram',
    user: senderChat
      ? { id: String(senderChat.id), name: 'title' in senderChat && senderChat.title ? senderChat.title : 'chat' }
      : { id: String(from?.id ?? chat.id), name: from?.username ? `@${from.username}` : (from?.first_name ?? 'someone') },
    channel,
    services,
    canConfigure: () => canConfigureChat({ api: ctx.api, sender, log }),
    configureRight: TELEGRAM_CONFIGURE_RIGHT,
    progress: (text) => progress.update(text),
  };
  const result = await runCommand(command, commandContext, parsed.options);
  if (result.kind === 'error') log.debug({ command: command.name, message: result.message }, 'telegram: command error');
  if (result.kind === 'breakdown') await progress.finishAfter(() => sendCard(ctx.api, target, result.breakdown), renderResult(result));
  else await progress.finish(renderResult(result));
}
