import { createHash } from 'node:crypto';
import type { RawFile } from 'discord.js';
import type { DiscordMessage } from './message.ts';

/** The file name the card is uploaded under and the embed image points at. */
export const CARD_FILE = 'card.png';

/** The message with the coverage card uploaded beside it and shown as its first (summary) embed's image. */
export function withCard(message: DiscordMessage, png: Buffer): DiscordMessage {
  const [summary, ...rest] = message.embeds;
  if (!summary) return message;
  return {
    ...message,
    embeds: [{ ...summary, image: { url: `attachment://${CARD_FILE}` } }, ...rest],
    files: [{ name: CARD_FILE, data: png }],
  };
}

/** The message with its summary embed pointing at a card already uploaded with it (a page turned back to the first). */
export function pointAtCard(message: DiscordMessage): DiscordMessage {
  const [summary, ...rest] = message.embeds;
  return summary ? { ...message, embeds: [{ ...summary, image: { url: `attachment://${CARD_FILE}` } }, ...rest] } : message;
}

/** The message's files as @discordjs/rest uploads (sent as multipart with `payload_json`). */
export function restFiles(message: DiscordMessage): RawFile[] | undefined {
  return message.files?.map((file) => ({ name: file.name, data: file.data, contentType: 'image/png' }));
}

/** A Discord message nonce (at most 25 characters) derived from the outbox key, so a repeated send is refused. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
}
