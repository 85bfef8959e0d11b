import { pino, type Logger } from 'pino';

export type { Logger };

/** The process logger: JSON lines on stderr, so stdout stays for command output. */
export function createLogger(level = 'info'): Logger {
  return pino({ name: 'parallax', level }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
