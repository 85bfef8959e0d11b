import type { Command } from '../../../commands/command.ts';

/** A typed line turned into a command call, or a reason it could not be. */
export type ParsedLine = { command: string; options: Record<string, string> } | { error: string } | null;

/**
 * Parses a terminal line: `/compare earthquake in Turkey`, `/sources country=DE language=de`, `/sources DE`.
 * `key=value` words set options by name; the remaining words fill the command's options in order,
 * the last one taking the rest of the line.
 */
export function parseLine(line: string, find: (name: string) => Command | undefined): ParsedLine {
  const text = line.trim();
  if (text === '') return null;
  if (!text.startsWith('/')) return { error: 'Commands start with "/". Type /help for the list.' };
  const [head = '', ...words] = text.slice(1).split(/\s+/);
  const command = find(head);
  if (!command) return { error: `Unknown command "/${head}". Type /help for the list.` };
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (const word of words) {
    const named = /^([a-z][a-z_-]*)=(.*)$/i.exec(word);
    if (named) options[named[1]!.toLowerCase()] = named[2]!;
    else rest.push(word);
  }
  const positional = command.options.filter((o) => !(o.name in options));
  for (const [i, option] of positional.entries()) {
    if (rest.length === 0) break;
    const last = i === positional.length - 1;
    options[option.name] = last ? rest.splice(0).join(' ') : rest.shift()!;
  }
  if (rest.length > 0) return { error: `/${command.name} got more than it takes: "${rest.join(' ')}".` };
  return { command: command.name, options };
}
