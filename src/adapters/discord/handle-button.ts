import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandServices } from '../../../commands/services.ts';
import { PAGE_ANSWERS } from '../../present/breakdown-words.ts';
import { CARD_FILE, pointAtCard } from './card-attachment.ts';
import { openDiscussion, parseDiscussId, withDiscussButton } from './discussion.ts';
import { NO_MENTIONS, replyOptions } from './message.ts';
import { parsePageId } from './paging.ts';
import { renderBreakdownPage, renderDivergencePage } from './render-page.ts';

/** Turns a paging button press into the requested page of the story's current breakdown, and "Discuss" into a thread. */
export async function handleButton(interaction: ButtonInteraction, services: CommandServices): Promise<void> {
  const discuss = parseDiscussId(interaction.customId);
  if (discuss) return startDiscussion(interaction, services, discuss);
  const ref = parsePageId(interaction.customId);
  if (!ref) return;
  const breakdown = await services.breakdown(ref.storyId);
  if (!breakdown) {
    await interaction.reply({
      content: PAGE_ANSWERS.expired,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const page = ref.kind === 'div' ? renderDivergencePage(breakdown, ref.page) : renderBreakdownPage(breakdown, ref.page);
  const carded =
    ref.kind === 'out' && ref.page === 0 && interaction.message.attachments.some((file) => file.name === CARD_FILE)
      ? pointAtCard(page)
      : page;
  await interaction.update(replyOptions(hadDiscussButton(interaction) ? withDiscussButton(carded, ref.storyId) : carded));
}

/** Opens a thread under the pressed message and tells the presser where it is (only them). */
async function startDiscussion(interaction: ButtonInteraction, services: CommandServices, storyId: string): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const breakdown = await services.breakdown(storyId).catch(() => null);
  const opened = await openDiscussion({
    rest: interaction.client.rest,
    channelId: interaction.channelId,
    messageId: interaction.message.id,
    breakdown,
  });
  const content =
    opened.kind === 'opened'
      ? `Discussion opened: <#${opened.threadId}>`
      : 'A discussion is already open under this breakdown: look for the thread on the message.';
  await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
}

function hadDiscussButton(interaction: ButtonInteraction): boolean {
  return interaction.message.components.some(
    (row) =>
      'components' in row &&
      row.components.some((component) => 'customId' in component && parseDiscussId(component.customId ?? '') !== null),
  );
}
