import type { Command, CommandOption } from './command.ts';

/** The options a command's text argument sets, or why it cannot. */
export type ParsedArguments = { options: Record<string, unknown> } | { error: string };

/**
 * Reads the text typed after a command (Telegram, the terminal): `key=value` words set options by name
 * (`/subscribe floods mode=daily time=08:00`); the other words fill the required options in order (all options
 * when none is required), the last taking the rest, so `/subscribe climate summit` follows "climate summit".
 * Values may be quoted ("…", “…”, «…») to hold spaces; integers and booleans are converted.
 */
export function parseArguments(command: Command, text: string): ParsedArguments {
  const words = tokenize(text.trim());
  if ('error' in words) return { error: `/${command.name}: ${words.error}` };
  const options: Record<string, unknown> = {};
  const rest: string[] = [];
  for (const word of words.words) {
    const named = word.quoted ? null : /^([a-z][a-z_-]*)=(.*)$/is.exec(word.text);
    if (named) options[named[1]!.toLowerCase().replace(/-/g, '_')] = unquote(named[2]!);
    else rest.push(word.text);
  }
  const unnamed = command.options.filter((o) => !(o.name in options));
  const positional = command.options.some((o) => o.required) ? unnamed.filter((o) => o.required) : unnamed;
  for (const [i, option] of positional.entries()) {
    if (rest.length === 0) break;
    options[option.name] = i === positional.length - 1 ? rest.splice(0).join(' ') : rest.shift()!;
  }
  if (rest.length > 0) return { error: `/${command.name} got more than it takes: "${rest.join(' ')}".` };
  for (const option of command.options) {
    if (typeof options[option.name] === 'string') options[option.name] = convert(option, options[option.name] as string);
  }
  return { options };
}

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

type Word = { text: string; quoted: boolean };

/**
 * Splits typed text into words, a quoted stretch being one word. A quote that opens a word or a `key=` value and
 * is never closed is refused: taken literally it would become part of the topic (`/subscribe "harbour fire`).
 * A quote inside a word (`5"`) stays text.
 */
function tokenize(text: string): { words: Word[] } | { error: string } {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    const close = OPEN_QUOTES[text[i]!];
    const end = close ? text.indexOf(close, i + 1) : -1;
    if (close && end > i) {
      words.push({ text: text.slice(i + 1, end), quoted: true });
      i = end + 1;
      continue;
    }
    if (close) return unclosed(text, i, close);
    let j = i;
    while (j < text.length && !/\s/.test(text[j]!)) {
      const q = OPEN_QUOTES[text[j]!];
      const qEnd = q && j > i ? text.indexOf(q, j + 1) : -1;
      if (q && qEnd < 0 && text[j - 1] === '=') return unclosed(text, j, q);
      j = qEnd > j ? qEnd + 1 : j + 1;
    }
    words.push({ text: text.slice(i, j), quoted: false });
    i = j;
  }
  return { words };
}

function unclosed(text: string, at: number, close: string): { error: string } {
  const rest = text.slice(at);
  const shown = rest.length > 40 ? `${rest.slice(0, 39)}…` : rest;
  return { error: `the quote in ${shown} is not closed. Add the closing ${close}, or leave the quote out.` };
}

function unquote(value: string): string {
  const close = OPEN_QUOTES[value[0] ?? ''];
  return close && value.length >= 2 && value.endsWith(close) ? value.slice(1, -1) : value;
}

function convert(option: CommandOption, value: string): unknown {
  if (option.type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  if (option.type === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
  }
  return value;
}
