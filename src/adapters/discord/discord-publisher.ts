import { Routes, type REST } from 'discord.js';
import type { ChannelRef } from '../../domain/channel.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../../domain/delivery.ts';
import { publishError } from './errors.ts';
import { restBody, type DiscordMessage } from './message.ts';
import { renderBreakdownPage } from './render-breakdown.ts';
import { renderBriefing } from './render-briefing.ts';

/** Discord allows 5 messages per 5 s in a channel and 50 requests per second overall; stay under both. */
export const DISCORD_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 60, globalPerSecond: 40 };

/** The payload as a Discord message: a breakdown's first page (with paging buttons) or a briefing. */
export function renderPayload(payload: DeliveryPayload): DiscordMessage {
  return payload.kind === 'breakdown' ? renderBreakdownPage(payload.breakdown, 0) : renderBriefing(payload.briefing);
}

/**
 * Posts to subscribed channels over discord.js REST (which queues by bucket and waits out 429s);
 * a thread subscription posts into the thread. Platform errors become a PublishResult.
 */
export class DiscordPublisher implements Publisher {
  readonly platform = 'discord' as const;
  readonly limits = DISCORD_LIMITS;

  constructor(private readonly rest: REST) {}

  async send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    try {
      const message = (await this.rest.post(Routes.channelMessages(target(channel)), { body: restBody(renderPayload(payload)) })) as { id: string };
      return { kind: 'sent', messageIds: [message.id] };
    } catch (error) {
      return publishError(error);
    }
  }

  async edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    const [first] = messageIds;
    if (!first) return { kind: 'failed', reason: 'no message to edit' };
    try {
      await this.rest.patch(Routes.channelMessage(target(channel), first), { body: restBody(renderPayload(payload)) });
      return { kind: 'sent', messageIds };
    } catch (error) {
      return publishError(error);
    }
  }
}

function target(channel: ChannelRef): string {
  return channel.threadId ?? channel.chatId;
}
