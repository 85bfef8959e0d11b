import type { Command } from '../../../commands/command.ts';
import { parseArguments } from '../../../commands/text-arguments.ts';

/** A typed line turned into a command call, or a reason it could not be. */
export type ParsedLine = { command: string; options: Record<string, unknown> } | { error: string } | null;

/**
 * Parses a terminal line such as `/compare earthquake in Turkey`, `/sources country=DE` or
 * `/subscribe "harbour fire" mode=daily time=08:00`, the same way Telegram reads command text.
 */
export function parseLine(line: string, find: (name: string) => Command | undefined): ParsedLine {
  const text = line.trim();
  if (text === '') return null;
  if (!text.startsWith('/')) return { error: 'Commands start with "/". Type /help for the list.' };
  const head = /^\/(\S+)/.exec(text)?.[1];
  if (head === undefined) return { error: 'Type a command after "/", such as /compare earthquake. Type /help for the list.' };
  const command = find(head);
  if (!command) return { error: `Unknown command "/${head}". Type /help for the list.` };
  const parsed = parseArguments(command, text.slice(head.length + 1));
  return 'error' in parsed ? parsed : { command: command.name, options: parsed.options };
}
