import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandServices } from '../../../commands/services.ts';
import { replyOptions } from './message.ts';
import { parsePageId } from './paging.ts';
import { renderBreakdownPage } from './render-breakdown.ts';
import { renderDivergencePage } from './render-divergences.ts';

/** Turns a paging button press into the requested page of the story's current breakdown. */
export async function handleButton(interaction: ButtonInteraction, services: CommandServices): Promise<void> {
  const ref = parsePageId(interaction.customId);
  if (!ref) return;
  const breakdown = await services.breakdown(ref.storyId);
  if (!breakdown) {
    await interaction.reply({ content: 'This story has expired. Run /compare again for the latest.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const page = ref.kind === 'div' ? renderDivergencePage(breakdown, ref.page) : renderBreakdownPage(breakdown, ref.page);
  await interaction.update(replyOptions(page));
}
