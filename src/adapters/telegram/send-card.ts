import { InputFile, type Api } from 'grammy';
import { renderCoverageCardAsync } from '../../card/render-card.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import { cardCaption } from './card-caption.ts';
import { classifyTelegramError } from './errors.ts';
import type { ChatTarget } from './send-messages.ts';

/**
 * Sends a breakdown's coverage card as a photo with a short caption (sendPhoto, multipart upload); returns its id.
 * A card that cannot be drawn, or that Telegram refuses as a photo, is left out (null) so the breakdown still goes;
 * chat-level failures (rate limit, blocked, migrated) are thrown for the caller to classify.
 */
export async function sendCard(api: Api, target: ChatTarget, breakdown: Breakdown): Promise<number | null> {
  const card = await renderCoverageCardAsync(breakdown).catch(() => null);
  if (!card) return null;
  try {
    const sent = await api.sendPhoto(target.chatId, new InputFile(card.png, 'card.png'), {
      caption: cardCaption(breakdown),
      parse_mode: 'HTML',
      ...(target.threadId ? { message_thread_id: Number(target.threadId) } : {}),
      ...(target.replyTo !== undefined ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
    });
    return sent.message_id;
  } catch (error) {
    if (classifyTelegramError(error).kind === 'failed') return null;
    throw error;
  }
}
