import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/** A rendered Discord message before it is sent: what every renderer returns. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Files uploaded with the message (the coverage card), referenced from embeds as `attachment://name`. */
  files?: { name: string; data: Buffer }[];
}

/** Mentions are never parsed: feed text with @everyone, roles or users pings nobody. */
export const NO_MENTIONS = { parse: [] as [] };

/** The message as a REST body (snake_case), with mentions disabled. */
export function restBody(message: DiscordMessage): Record<string, unknown> {
  const attachments = message.files?.map((file, id) => ({ id, filename: file.name }));
  return {
    content: message.content ?? '',
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: NO_MENTIONS,
    ...(attachments ? { attachments } : {}),
  };
}

/** The message as discord.js interaction reply options, with mentions disabled. */
export function replyOptions(message: DiscordMessage) {
  const files = message.files?.map((file) => ({ attachment: file.data, name: file.name }));
  return {
    content: message.content ?? '',
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
    ...(files ? { files } : {}),
  };
}

/** Characters Discord counts toward the 6,000 per-message embed total. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}
