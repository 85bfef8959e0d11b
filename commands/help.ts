import { z } from 'zod';
import { configures, defineCommand, usageOf, type Command, type CommandSummary } from './command.ts';

/**
 * `/help [command]`: every command with how to type it, those that change what a channel follows marked; or one
 * command with each of its options explained ("/help subscribe"). Made from the list it describes (commands/index.ts
 * passes its own), so it never falls behind and no import goes in a circle.
 */
export function helpCommand(list: () => readonly Command[]) {
  return defineCommand({
    name: 'help',
    description: 'What Parallax can do: every command, or one in detail',
    options: [{ name: 'command', description: 'A command to explain, e.g. subscribe', type: 'string', autocomplete: true, maxLength: 40 }],
    schema: z.object({ command: z.string().optional() }),
    preconditions: [],
    async run(ctx, { command }) {
      const configureRight = ctx.configureRight ?? 'moderators';
      if (command === undefined) return { kind: 'help', commands: list().map(summaryOf), configureRight };
      const wanted = command.trim().replace(/^\//, '').toLowerCase();
      const found = list().find((c) => c.name === wanted);
      if (!found) {
        return {
          kind: 'error',
          message: `There is no /${wanted}. Commands: ${list()
            .map((c) => `/${c.name}`)
            .join(', ')}.`,
        };
      }
      return { kind: 'help', commands: [{ ...summaryOf(found), options: found.options.map(optionHelp) }], configureRight };
    },
    /** Command names that start with what is typed; picking one explains it. */
    async suggest(_ctx, _option, typed) {
      const start = typed.trim().replace(/^\//, '').toLowerCase();
      return list()
        .filter((c) => c.name.startsWith(start))
        .map((c) => ({ name: `/${c.name}`, value: c.name }));
    },
  });
}

function summaryOf(c: Command): CommandSummary {
  return { name: c.name, usage: usageOf(c), description: c.description, configures: configures(c) };
}

/** One option as /help <command> explains it: its name, what it takes, and whether it must be given. */
function optionHelp(o: Command['options'][number]): NonNullable<CommandSummary['options']>[number] {
  // The choices, unless the description already names each ("live: post…; daily: one briefing…").
  const values = o.choices && !o.choices.every((c) => o.description.includes(c)) ? ` (${o.choices.join(' or ')})` : '';
  return {
    name: o.name,
    description: `${o.description}${values}`,
    required: o.required === true,
    ...(o.choices ? { example: o.choices.at(-1)! } : {}),
  };
}
