import { Routes, type REST } from 'discord.js';
import { renderedCards, type RenderedCards } from '../../delivery/rendered-cards.ts';
import type { ChannelRef } from '../../domain/channel.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits, SendOptions } from '../../domain/delivery.ts';
import { nonceFor, restFiles, withCard } from './card-attachment.ts';
import { openDiscussion } from './discussion.ts';
import { publishError } from './errors.ts';
import { restBody, type DiscordMessage } from './message.ts';
import { renderBreakdownPage } from './render-page.ts';
import { renderBriefing } from './render-briefing.ts';

/** Discord allows 5 messages per 5 s in a channel and 50 requests per second overall; stay under both. */
export const DISCORD_LIMITS: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 60, globalPerSecond: 40 };

/** The payload as a Discord message: a breakdown's first page (with paging buttons) or a briefing. */
export function renderPayload(payload: DeliveryPayload): DiscordMessage {
  return payload.kind === 'breakdown' ? renderBreakdownPage(payload.breakdown, 0) : renderBriefing(payload.briefing);
}

/**
 * As renderPayload, with a breakdown's coverage card attached as its summary embed's image (left out if it cannot be
 * drawn). The card is drawn once per story version (`cards`).
 */
export async function renderPayloadWithCard(payload: DeliveryPayload, cards: RenderedCards = renderedCards): Promise<DiscordMessage> {
  const message = renderPayload(payload);
  if (payload.kind !== 'breakdown') return message;
  const card = await cards.card(payload.breakdown);
  return card ? withCard(message, card.png) : message;
}

/**
 * Posts to subscribed channels over discord.js REST (which queues by bucket and waits out 429s);
 * a thread subscription posts into the thread. A breakdown carries its coverage card, and with `discussion`
 * opens a thread under the post. The outbox key becomes an enforced nonce, so Discord refuses a repeated send
 * after a crash and answers with the original message. Platform errors become a PublishResult.
 *
 * The card is drawn once per story version but uploaded with every message: an embed may show another message's
 * attachment only by its CDN URL, and Discord signs those URLs with an expiry (about a day), after which a reused
 * URL shows nothing; the post (and each later edit) would also depend on a message in another channel that its
 * moderators can delete.
 */
export class DiscordPublisher implements Publisher {
  readonly platform = 'discord' as const;
  readonly limits = DISCORD_LIMITS;

  constructor(
    private readonly rest: REST,
    private readonly cards: RenderedCards = renderedCards,
  ) {}

  async send(channel: ChannelRef, payload: DeliveryPayload, options: SendOptions = {}): Promise<PublishResult> {
    try {
      const message = await renderPayloadWithCard(payload, this.cards);
      const nonce = options.idempotencyKey ? { nonce: nonceFor(options.idempotencyKey), enforce_nonce: true } : {};
      const files = restFiles(message);
      const sent = (await this.rest.post(Routes.channelMessages(target(channel)), {
        body: { ...restBody(message), ...nonce },
        ...(files ? { files } : {}),
      })) as { id: string };
      if (payload.kind === 'breakdown' && payload.discussion && !channel.threadId) {
        await openDiscussion({ rest: this.rest, channelId: channel.chatId, messageId: sent.id, breakdown: payload.breakdown }).catch(
          () => null,
        );
      }
      return { kind: 'sent', messageIds: [sent.id] };
    } catch (error) {
      return publishError(error);
    }
  }

  async edit(channel: ChannelRef, messageIds: string[], payload: DeliveryPayload): Promise<PublishResult> {
    const [first] = messageIds;
    if (!first) return { kind: 'failed', reason: 'no message to edit' };
    try {
      const message = await renderPayloadWithCard(payload, this.cards);
      const files = restFiles(message);
      await this.rest.patch(Routes.channelMessage(target(channel), first), { body: restBody(message), ...(files ? { files } : {}) });
      return { kind: 'sent', messageIds };
    } catch (error) {
      return publishError(error);
    }
  }
}

function target(channel: ChannelRef): string {
  return channel.threadId ?? channel.chatId;
}
