import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { CommandContext } from '../../../commands/command.ts';
import type { CommandServices } from '../../../commands/services.ts';
import type { ChannelRef } from '../../domain/channel.ts';

/** The channel an interaction came from: a thread is its parent channel plus the thread id. */
export function channelOf(interaction: Interaction): ChannelRef {
  const channel = interaction.channel;
  if (channel?.isThread() && channel.parentId) return { platform: 'discord', chatId: channel.parentId, threadId: channel.id };
  return { platform: 'discord', chatId: interaction.channelId ?? 'unknown', threadId: null };
}

/** Whether the member may configure this channel: Manage Channels in it (never in DMs). */
export function canManageChannel(interaction: Interaction): boolean {
  return interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false);
}

/** A command context for a Discord interaction; progress goes to the given sink. */
export function interactionContext(interaction: Interaction, services: CommandServices, progress: (text: string) => Promise<void>): CommandContext {
  return {
    platform: 'discord',
    user: { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username },
    channel: channelOf(interaction),
    services,
    canConfigure: async () => canManageChannel(interaction),
    progress,
  };
}
