import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { findCommand } from '../../../commands/index.ts';
import { runCommand } from '../../../commands/run-command.ts';
import type { CommandServices } from '../../../commands/services.ts';
import type { CommandResult } from '../../../commands/command.ts';
import { interactionContext } from './interaction-context.ts';
import { LIMITS } from './limits.ts';
import { replyOptions } from './message.ts';
import { ProgressThrottle } from './progress-throttle.ts';
import { renderReply } from './render-reply.ts';
import { fitWords } from './text-fit.ts';

/** Quick commands are deferred too if they have not answered by then (Discord allows 3 s). */
const REPLY_WITHIN_MS = 2000;

export interface HandlerDeps {
  services: CommandServices;
  progressIntervalMs: number;
}

/**
 * Runs a slash command through runCommand. Slow commands defer at once and edit the reply with throttled
 * progress, then the result; quick ones reply directly (refusals and errors only to the asker).
 */
export async function handleCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const command = findCommand(interaction.commandName);
  if (!command) {
    await interaction.reply({
      content: `Unknown command /${interaction.commandName}.`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  let deferred: Promise<unknown> | null = command.slow ? quiet(interaction.deferReply()) : null;
  const throttle = new ProgressThrottle(async (text) => {
    await deferred;
    await interaction.editReply({ content: fitWords(text, LIMITS.content), embeds: [], components: [], allowedMentions: { parse: [] } });
  }, deps.progressIntervalMs);
  const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  const ctx = await interactionContext(interaction, deps.services, (text) => (deferred ? throttle.update(text) : Promise.resolve()));
  const running = runCommand(command, ctx, options);
  if (!deferred) {
    const late = await Promise.race([
      running.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), REPLY_WITHIN_MS).unref()),
    ]);
    if (late) deferred = quiet(interaction.deferReply());
  }
  const result = await running;
  await throttle.settle();
  const message = replyOptions(await renderReply(result));
  if (deferred) {
    await deferred;
    await interaction.editReply(message);
  } else {
    await interaction.reply(privateWhenRefused(result) ? { ...message, flags: MessageFlags.Ephemeral } : message);
  }
}

/** Marks a promise as handled now (it is awaited later), so an early rejection cannot crash the process. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Refusals and errors are shown to the asker alone (an ephemeral reply) when the command answers directly. */
export function privateWhenRefused(result: CommandResult): boolean {
  return result.kind === 'refused' || result.kind === 'error';
}

/** Answers autocomplete with the command's suggestions (25 at most, names and values within 100). */
export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const command = findCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  if (!command?.suggest) return interaction.respond([]);
  const ctx = await interactionContext(interaction, deps.services, async () => {});
  const suggestions = await command.suggest(ctx, focused.name, String(focused.value ?? '')).catch(() => []);
  await interaction.respond(
    suggestions
      .slice(0, LIMITS.choices)
      .map((s) => ({ name: fitWords(s.name, LIMITS.choiceName) || s.value.slice(0, 100), value: s.value.slice(0, 100) })),
  );
}
