import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger: JSON lines on stderr, so stdout stays for command output; or appended to a file
 * (the interactive terminal keeps its screen for the prompt).
 */
export function createLogger(level = 'info', file?: string): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  return pino({ name: 'parallax', level }, pino.destination(file ? { dest: file, sync: true, append: true } : { dest: 2, sync: true }));
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
