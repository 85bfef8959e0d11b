import type { Api } from 'grammy';
import type { ChannelEvents, ChannelRef } from '../../domain/channel.ts';
import type { DeliveryPayload, PublishResult, Publisher, RateLimits } from '../../domain/delivery.ts';
import type { Logger } from '../../log.ts';
import { askForDiscussion, ChatKinds } from './discussion-reply.ts';
import { classifyTelegramError } from './errors.ts';
import { renderPayload, type RenderedMessage } from './render-html.ts';
import { sendCard, type CardReuse } from './send-card.ts';
import { capMessages, editMessage, sendMessages } from './send-messages.ts';

/** Telegram's documented send limits: 1 message/s per chat, 20/min per group, 30/s overall. */
export const TELEGRAM_RATE_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 };

/**
 * Posts the core's breakdowns and briefings to Telegram chats. Rate limits that outlast auto-retry become
 * `retry`, blocked or kicked becomes `gone`; a group that became a supergroup is reported as moved and the
 * message goes to the new chat. A breakdown is preceded by its coverage card (a photo with a short caption) and,
 * with `discussion` in a group, followed by a reply asking how outlets in the readers' country reported it.
 * Only the text messages' ids are returned, since only they are edited later. The card is drawn and uploaded once
 * per story version; later chats get it by its Telegram `file_id`.
 */
export class TelegramPublisher implements Publisher {
  readonly platform = 'telegram' as const;
  readonly limits = TELEGRAM_RATE_LIMITS;

  /** Group and channel chat ids are negative: they share Telegram's 20-a-minute group limit. */
  isGroupChat(channel: ChannelRef): boolean {
    return channel.chatId.startsWith('-');
  }

  private readonly kinds: ChatKinds;

  /** `cardReuse`: where drawn cards and uploaded file ids are kept (the process's by default; tests hand in their own). */
  constructor(private readonly options: { api: Api; channels: ChannelEvents; log: Logger; cardReuse?: CardReuse }) {
    this.kinds = new ChatKinds(options.api);
  }

  async send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    const messages = renderPayload(payload);
    const { channels, log } = this.options;
    try {
      return sent(await this.deliver(channel, payload, messages));
    } catch (error) {
      const failure = classifyTelegramError(error);
      if (failure.kind !== 'moved') return failure;
      const moved: ChannelRef = { platform: 'telegram', chatId: failure.toChatId, threadId: null };
      log.info({ from: channel.chatId, to: moved.chatId }, 'telegram: chat migrated to a supergroup');
      await channels.channelMoved(channel, moved);
      try {
        return sent(await this.deliver(moved, payload, messages));
      } catch (retryError) {
        const again = classifyTelegramError(retryError);
        return again.kind === 'moved' ? { kind: 'failed', reason: `chat moved twice: ${again.reason}` } : again;
      }
    }
  }

  private async deliver(channel: ChannelRef, payload: DeliveryPayload, messages: RenderedMessage[]): Promise<number[]> {
    const { api, log } = this.options;
    if (payload.kind === 'breakdown') await sendCard(api, channel, payload.breakdown, this.options.cardReuse);
    const ids = await sendMessages(api, channel, messages);
    if (payload.kind === 'breakdown' && payload.discussion && ids[0] !== undefined) {
      const isGroup = await this.kinds.isGroup(channel.chatId).catch(() => false);
      if (isGroup)
        await askForDiscussion(api, { ...channel, replyTo: ids[0] }, payload.breakdown).catch((err: unknown) =>
          log.debug({ err }, 'telegram: discussion prompt failed'),
        );
    }
    return ids;
  }

  async edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    const messages = capMessages(renderPayload(payload));
    if (messages.length > messageIds.length)
      return { kind: 'failed', reason: `the update needs ${messages.length} messages; only ${messageIds.length} can be edited` };
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
