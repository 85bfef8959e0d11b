import type { Precondition } from './command.ts';

/**
 * Only users who may configure the channel pass. The right is named by the platform (`ctx.configureRight`), so this
 * wording holds for any platform; commands with `requires: 'configure'` get this check first (runCommand).
 */
export const canConfigureChannel: Precondition = async (ctx) =>
  (await ctx.canConfigure())
    ? null
    : `Only moderators can change what this channel follows${ctx.configureRight ? ` (${ctx.configureRight})` : ''}.`;

/** Marks a precondition to run after the options are validated (a mistyped command should not use up a cooldown). */
export function afterValidation(precondition: Precondition): Precondition {
  return Object.assign(precondition, { afterValidation: true });
}

/** Whether a precondition runs after validation (see afterValidation); others run before anything else. */
export function runsAfterValidation(precondition: Precondition): boolean {
  return (precondition as Precondition & { afterValidation?: boolean }).afterValidation === true;
}

/**
 * /compare is expensive (news searches and page fetches): a user, and a chat, may run it once per cooldown
 * (COMPARE_USER_COOLDOWN_SECONDS, COMPARE_CHAT_COOLDOWN_SECONDS). The operator's own prompt (`ctx.operator`) is not limited.
 */
export const compareCooldown: Precondition = afterValidation(async (ctx) => {
  if (ctx.operator || !ctx.services.cooldowns) return null;
  const wait = ctx.services.cooldowns.take('compare', `${ctx.platform}:${ctx.user.id}`, `${ctx.channel.platform}:${ctx.channel.chatId}`);
  return wait > 0 ? `/compare was used here a moment ago. Please try again in ${wait} s.` : null;
});
