import { briefing } from './briefing.ts';
import type { Command } from './command.ts';
import { compare } from './compare.ts';
import { helpCommand } from './help.ts';
import { pause } from './pause.ts';
import { resume } from './resume.ts';
import { sources } from './sources.ts';
import { stories } from './stories.ts';
import { subscribe } from './subscribe.ts';
import { subscriptions } from './subscriptions.ts';
import { unsubscribe } from './unsubscribe.ts';

/** `/help` lists the commands below, itself included. */
const help = helpCommand(() => commands);

/** Every command Parallax offers, defined once for all platforms. */
export const commands: readonly Command[] = [
  compare,
  sources,
  stories,
  subscribe,
  unsubscribe,
  subscriptions,
  pause,
  resume,
  briefing,
  help,
] as Command[];

/** Looks a command up by name (case-insensitive, leading slash ignored). */
export function findCommand(name: string): Command | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === wanted);
}

export { configures, defineCommand, usageOf } from './command.ts';
export type { Command, CommandContext, CommandOption, CommandResult, CommandSummary, Precondition, StoryLine } from './command.ts';
export type { CommandServices } from './services.ts';
