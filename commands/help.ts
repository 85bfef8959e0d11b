import { z } from 'zod';
import { configures, defineCommand, usageOf, type Command } from './command.ts';

/**
 * `/help`: every command with how to type it; those that change what a channel follows are marked. Made from the
 * list it describes (commands/index.ts passes its own), so it never falls behind and no import goes in a circle.
 */
export function helpCommand(list: () => readonly Command[]) {
  return defineCommand({
    name: 'help',
    description: 'What Parallax can do: every command',
    options: [],
    schema: z.object({}),
    preconditions: [],
    async run(ctx) {
      const summaries = list().map((c) => ({ name: c.name, usage: usageOf(c), description: c.description, configures: configures(c) }));
      return { kind: 'help', commands: summaries, configureRight: ctx.configureRight ?? 'moderators' };
    },
  });
}
