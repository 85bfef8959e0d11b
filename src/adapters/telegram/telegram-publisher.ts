import type { Api } from 'grammy';
import type { ChannelEvents, ChannelRef } from '../../domain/channel.ts';
import type { DeliveryPayload, PublishResult, Publisher, RateLimits } from '../../domain/delivery.ts';
import type { Logger } from '../../log.ts';
import { classifyTelegramError } from './errors.ts';
import { renderPayload } from './render-html.ts';
import { editMessage, sendMessages } from './send-messages.ts';

/** Telegram's documented send limits: 1 message/s per chat, 20/min per group, 30/s overall. */
export const TELEGRAM_RATE_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 };

/**
 * Posts the core's breakdowns and briefings to Telegram chats. Rate limits that outlast auto-retry become
 * `retry`, blocked or kicked becomes `gone`; a group that became a supergroup is reported as moved and the
 * message goes to the new chat.
 */
export class TelegramPublisher implements Publisher {
  readonly platform = 'telegram' as const;
  readonly limits = TELEGRAM_RATE_LIMITS;

  constructor(private readonly options: { api: Api; channels: ChannelEvents; log: Logger }) {}

  async send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    const messages = renderPayload(payload);
    const { api, channels, log } = this.options;
    try {
      return sent(await sendMessages(api, channel, messages));
    } catch (error) {
      const failure = classifyTelegramError(error);
      if (failure.kind !== 'moved') return failure;
      const moved: ChannelRef = { platform: 'telegram', chatId: failure.toChatId, threadId: null };
      log.info({ from: channel.chatId, to: moved.chatId }, 'telegram: chat migrated to a supergroup');
      await channels.channelMoved(channel, moved);
      try {
        return sent(await sendMessages(api, moved, messages));
      } catch (retryError) {
        const again = classifyTelegramError(retryError);
        return again.kind === 'moved' ? { kind: 'failed', reason: `chat moved twice: ${again.reason}` } : again;
      }
    }
  }

  async edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    const messages = renderPayload(payload);
    if (messages.length > messageIds.length) return { kind: 'failed', reason: `the update needs ${messages.length} messages; only ${messageIds.length} can be edited` };
    try {
      for (const [i, message] of messages.entries()) await editMessage(this.options.api, channel, Number(messageIds[i]), message);
      return { kind: 'sent', messageIds: messageIds.slice(0, messages.length) };
    } catch (error) {
      const failure = classifyTelegramError(error);
      return failure.kind === 'moved' ? { kind: 'failed', reason: `messages stay in the old chat: ${failure.reason}` } : failure;
    }
  }
}

function sent(ids: number[]): PublishResult {
  return { kind: 'sent', messageIds: ids.map(String) };
}
