import { ButtonStyle, ComponentType, DiscordAPIError, Routes, type APIButtonComponent, type REST } from 'discord.js';
import { discussionPrompt } from '../../card/discussion-prompt.ts';
import type { Breakdown } from '../../domain/breakdown.ts';
import { ACTIONS } from '../../present/breakdown-words.ts';
import { LIMITS } from './limits.ts';
import { NO_MENTIONS, type DiscordMessage } from './message.ts';
import { fitWords } from './text-fit.ts';

const THREAD_NAME = 100;
const THREAD_EXISTS = 160004;
const DISCUSS_PREFIX = 'px:talk:';

/** What opening a discussion gave: the new thread, or word that the message already has one. */
export type Discussion = { kind: 'opened'; threadId: string } | { kind: 'exists' };

/**
 * Opens a public thread under a message (archived after a day of quiet) and posts the question that starts it.
 * The bot only asks: it never reads or stores what readers write there.
 */
export async function openDiscussion({
  rest,
  channelId,
  messageId,
  breakdown,
}: {
  rest: REST;
  channelId: string;
  messageId: string;
  breakdown: Breakdown | null;
}): Promise<Discussion> {
  const name = fitWords(breakdown?.story.headline ?? 'How did your country report it?', THREAD_NAME) || 'Discussion';
  let thread: { id: string };
  try {
    thread = (await rest.post(Routes.threads(channelId, messageId), { body: { name, auto_archive_duration: 1440 } })) as { id: string };
  } catch (error) {
    if (error instanceof DiscordAPIError && Number(error.code) === THREAD_EXISTS) return { kind: 'exists' };
    throw error;
  }
  await rest.post(Routes.channelMessages(thread.id), {
    body: { content: fitWords(discussionPrompt(breakdown), LIMITS.content), allowed_mentions: NO_MENTIONS },
  });
  return { kind: 'opened', threadId: thread.id };
}

/** The "Discuss" button's custom_id for a story (null when it would not fit in 100 characters). */
export function discussId(storyId: string): string | null {
  const id = `${DISCUSS_PREFIX}${storyId}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** The story id a "Discuss" button carries; null for any other custom_id. */
export function parseDiscussId(customId: string): string | null {
  return customId.startsWith(DISCUSS_PREFIX) ? customId.slice(DISCUSS_PREFIX.length) : null;
}

/** The message with a "Discuss" button added (in its own row, after any paging buttons). */
export function withDiscussButton(message: DiscordMessage, storyId: string): DiscordMessage {
  const id = discussId(storyId);
  if (!id || message.components.length >= 5) return message;
  const discuss: APIButtonComponent = {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: ACTIONS.discuss,
    emoji: { name: '💬' },
    custom_id: id,
  };
  return { ...message, components: [...message.components, { type: ComponentType.ActionRow, components: [discuss] }] };
}
