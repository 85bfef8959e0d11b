import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** What a secret is written as in logs and messages. */
export const HIDDEN = '<hidden>';

/**
 * Secrets that have a shape: a Telegram bot token (grammY puts it in every API URL, `…/bot<TOKEN>/sendMessage`,
 * which its network errors repeat), a Discord bot token, and the user:password part of any URL.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/(\bbot)?\d{5,}:[A-Za-z0-9_-]{30,}/g, `$1${HIDDEN}`],
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g, HIDDEN],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@"'\\]*@/gi, `$1${HIDDEN}@`],
];

/** Secret values known by value (set from the configuration): hidden wherever they appear. */
const knownSecrets = new Set<string>();

/** Hides `value` in every log line from now on (values shorter than 8 characters are not secrets worth the name). */
export function addSecret(value: string | undefined | null): void {
  if (value && value.length >= 8) knownSecrets.add(value);
}

/** The text with every bot token, URL credential and known secret replaced by `<hidden>`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(HIDDEN);
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A destination that redacts each finished line (message, fields, error messages and stacks alike) before writing it. */
function redacting(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(redactSecrets(line)) };
}

/**
 * The process logger: JSON lines on stderr, so stdout stays for command output; or appended to a file
 * (the interactive terminal keeps its screen for the prompt). Every line goes through `redactSecrets`.
 */
export function createLogger(level = 'info', file?: string): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  return pino(
    { name: 'parallax', level },
    redacting(pino.destination(file ? { dest: file, sync: true, append: true } : { dest: 2, sync: true })),
  );
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
