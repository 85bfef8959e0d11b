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
  const tokens = tokenize(text.trim());
  if ('error' in tokens) return { error: `/${command.name}: ${tokens.error}` };
  const flagged = readFlags(command, tokens.words);
  if ('error' in flagged) return { error: `/${command.name}: ${flagged.error}` };
  const words = joinSpacedOptions(command, flagged.words);
  const options: Record<string, unknown> = {};
  const rest: string[] = [];
  // The last option typed after words that are no option: a word after it would split those words in two.
  let after: Word | null = null;
  // The option typed before every word that is no option, if any: "topic:quake iran" as Discord users type it.
  let leading: string | null = null;
  for (const word of words) {
    const named = word.quoted ? null : /^(?:--)?([a-z][a-z_-]*)=(.*)$/is.exec(word.text);
    if (named) {
      const name = optionName(command, named[1]!);
      options[name] = unquote(named[2]!);
      if (rest.length > 0) after = word;
      else leading = name;
    } else if (after !== null) {
      return { error: splitTopic(command, after.text, word.text) };
    } else rest.push(word.text);
  }
  const choice = choiceTyped(command, words, options);
  if (choice !== null) return { error: choice };
  const unnamed = command.options.filter((o) => !(o.name in options));
  const positional = command.options.some((o) => o.required) ? unnamed.filter((o) => o.required) : unnamed;
  for (const [i, option] of positional.entries()) {
    if (rest.length === 0) break;
    options[option.name] = i === positional.length - 1 ? rest.splice(0).join(' ') : rest.shift()!;
  }
  if (rest.length > 0 && leading !== null && leading === takesTheRest(command) && typeof options[leading] === 'string') {
    options[leading] = `${options[leading] as string} ${rest.splice(0).join(' ')}`;
  }
  if (rest.length > 0) return { error: `/${command.name} got more than it takes: "${rest.join(' ')}".` };
  for (const option of command.options) {
    if (typeof options[option.name] === 'string') options[option.name] = convert(option, options[option.name] as string);
  }
  return { options };
}

/**
 * The option that takes the rest of the words typed: the last required one (all options when none is required). Named
 * with its first word ("topic:quake iran"), it takes the words after it that no other option takes, as it would
 * unnamed; they had been refused as more than the command takes.
 */
function takesTheRest(command: Command): string | undefined {
  const required = command.options.filter((o) => o.required);
  return (required.length > 0 ? required : command.options).at(-1)?.name;
}

/**
 * An option name as typed, read as the command's own: lower case, "-" as "_", and a singular or plural or a name
 * without its "_" where only that form is an option (`country=DE` for `countries`, `minoutlets=2` for `min_outlets`).
 * A name no option is like stays as typed, for the command to refuse with its list of options.
 */
function optionName(command: Command, typed: string): string {
  const name = typed.toLowerCase().replace(/-/g, '_');
  const names = command.options.map((o) => o.name);
  if (names.includes(name)) return name;
  const bare = (n: string): string => n.replace(/_/g, '').replace(/ies$/u, 'y').replace(/s$/u, '');
  return names.find((n) => bare(n) === bare(name)) ?? name;
}

/** An option typed as on a command line: "--country", or "—country" as a phone's keyboard turns the two dashes. */
const FLAG = /^(?:--|[—–])([a-z][a-z_-]*)$/iu;

/**
 * Options typed as on a command line, "--country US", read as `country=US`: left as words, "--country" had been taken
 * as the country ("country must be a two-letter code") and "--bogus 1" as part of a topic the subscription then
 * followed. A flag no option is like reaches the command as typed, which refuses it with its list of options; a flag
 * of the command's own with no value after it is refused here.
 */
function readFlags(command: Command, words: Word[]): { words: Word[] } | { error: string } {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const flag = w.quoted ? null : FLAG.exec(w.text);
    if (flag === null) {
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    const isValue = next !== undefined && (next.quoted || (!/=/u.test(next.text) && !FLAG.test(next.text)));
    const name = optionName(command, flag[1]!);
    if (!isValue && command.options.some((o) => o.name === name)) return { error: `give ${w.text} a value, as ${name}=…` };
    out.push({ text: `${flag[1]}=${isValue ? wordValue(next) : ''}`, quoted: false });
    if (isValue) i += 1;
  }
  return { words: out };
}

/**
 * Options typed with spaces or another sign, joined into one `name=value` word: "mode = daily", "mode= daily",
 * "mode =daily", "mode:daily", "time: 08:00" (for an option the command has). Left apart, each had become part of the topic and the
 * subscription followed "earthquake mode = daily", a phrase no story holds.
 */
function joinSpacedOptions(command: Command, words: Word[]): Word[] {
  const isOption = (w: Word | undefined): boolean =>
    w !== undefined && !w.quoted && command.options.some((o) => o.name === optionName(command, w.text.replace(/^--/u, '')));
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const colon = w.quoted ? null : /^(?:--)?([a-z][a-z_-]*):(.+)$/isu.exec(w.text);
    // "mode= daily", "time: 08:00": a name and its sign, the value the next word.
    const dangling = w.quoted ? null : /^([a-z][a-z_-]*)([=:])$/iu.exec(w.text);
    if (colon && isOption({ text: colon[1]!, quoted: false })) out.push({ text: `${colon[1]}=${colon[2]}`, quoted: false });
    else if (isOption(w) && next !== undefined && !next.quoted && next.text === '=' && words[i + 2] !== undefined) {
      out.push({ text: `${w.text}=${wordValue(words[i + 2]!)}`, quoted: false });
      i += 2;
    } else if (isOption(w) && next !== undefined && !next.quoted && /^=./u.test(next.text)) {
      out.push({ text: `${w.text}${next.text}`, quoted: false });
      i += 1;
    } else if (
      dangling &&
      next !== undefined &&
      !/=/u.test(next.text) &&
      (dangling[2] === '=' || isOption({ text: dangling[1]!, quoted: false }))
    ) {
      out.push({ text: `${dangling[1]}=${wordValue(next)}`, quoted: false });
      i += 1;
    } else out.push(w);
  }
  return out;
}

/**
 * Why a bare last word that is the value of an option with choices is refused ("/subscribe earthquake daily"): it
 * was meant as the option, and taken as a topic word it would follow a phrase no story holds. Quoted, the words are
 * meant as typed.
 */
function choiceTyped(command: Command, words: Word[], options: Record<string, unknown>): string | null {
  const bare = words.filter((w) => w.quoted || !/=/u.test(w.text));
  const last = bare.at(-1);
  if (last === undefined || last.quoted || bare.length < 2) return null;
  const value = last.text.toLowerCase();
  const option = command.options.find((o) => !(o.name in options) && o.choices?.includes(value));
  if (!option) return null;
  const typed = bare.map((w) => w.text).join(' ');
  return `/${command.name}: "${last.text}" reads as ${option.name}=${value}. Type ${option.name}=${value}, or put the words in quotes to mean them as typed: "${typed}".`;
}

/** A word as the value of a `name=` before it: a quoted stretch keeps its quotes, so it stays one value. */
const wordValue = (w: Word): string => (w.quoted ? `"${w.text}"` : w.text);

/** Why words on both sides of an option are refused: they were meant as one topic, or as a value with spaces. */
function splitTopic(command: Command, option: string, stray: string): string {
  const [name, value] = option.split('=');
  return `/${command.name}: "${stray}" comes after ${option}. Put options after the topic, and quote a value with spaces: ${name}="${value} ${stray}".`;
}

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', "'": "'", '‘': '’' };
/** Single quotes quote only when closed: left open they are an apostrophe ("'90s", "'Tis"). */
const SINGLE_QUOTES = new Set(["'", '‘']);

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
    if (close && !SINGLE_QUOTES.has(text[i]!)) return unclosed(text, i, close);
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
