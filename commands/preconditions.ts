import type { Precondition } from './command.ts';

/** Only users who may configure the channel (moderators, chat administrators) pass. */
export const canConfigureChannel: Precondition = async (ctx) =>
  (await ctx.canConfigure())
    ? null
    : 'Only moderators can change what this channel follows (Discord: Manage Channels; Telegram: chat administrators).';
