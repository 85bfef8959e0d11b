import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { CommandContext } from '../../../commands/command.ts';
import type { CommandServices } from '../../../commands/services.ts';
import type { ChannelRef } from '../../domain/channel.ts';
import { DISCORD_CONFIGURE_RIGHT } from './platform.ts';

/** The channel an interaction came from: a thread is its parent channel plus the thread id (fetched when not cached). */
export async function channelOf(interaction: Interaction): Promise<ChannelRef> {
  const id = interaction.channelId ?? 'unknown';
  const channel = interaction.channel ?? (interaction.inGuild() ? await interaction.client.channels.fetch(id).catch(() => null) : null);
  if (channel?.isThread() && channel.parentId) return { platform: 'discord', chatId: channel.parentId, threadId: channel.id };
  return { platform: 'discord', chatId: id, threadId: null };
}

/** Whether the member may configure this channel: Manage Channels in it (never in DMs). */
export function canManageChannel(interaction: Interaction): boolean {
  return interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false);
}

/** A command context for a Discord interaction; progress goes to the given sink. */
export async function interactionContext(
  interaction: Interaction,
  services: CommandServices,
  progress: (text: string) => Promise<void>,
): Promise<CommandContext> {
  return {
    platform: 'discord',
    user: { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username },
    channel: await channelOf(interaction),
    services,
    canConfigure: async () => canManageChannel(interaction),
    configureRight: DISCORD_CONFIGURE_RIGHT,
    progress,
  };
}
