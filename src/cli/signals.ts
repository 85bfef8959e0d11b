import type { Logger } from '../log.ts';

/** How long shutdown may take after SIGINT or SIGTERM before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 20_000;

/** What a bounded shutdown needs: where to log, the deadline, and how to exit (tests hand in their own). */
export interface ShutdownOptions {
  log?: Pick<Logger, 'info' | 'error'>;
  deadlineMs?: number;
  exit?: (code: number) => void;
}

/**
 * Resolves on the first SIGINT or SIGTERM, so a long-running command can shut down cleanly. From then on
 * shutdown is bounded: when it has not finished within the deadline (a store or a platform that does not
 * answer), or a second signal comes, the process logs it and exits with code 1.
 */
export function untilSignal(options: ShutdownOptions = {}): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      armForcedExit(signal, options);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/** Starts the shutdown deadline: an unref'd timer (a clean exit is not held up by it) and a second-signal exit. */
export function armForcedExit(
  signal: NodeJS.Signals,
  { log, deadlineMs = SHUTDOWN_DEADLINE_MS, exit = (code) => process.exit(code) }: ShutdownOptions = {},
): () => void {
  const write = (message: string, extra: Record<string, unknown>) =>
    log ? log.error(extra, message) : process.stderr.write(`${message}\n`);
  log?.info({ signal, deadlineMs }, `${signal}: shutting down (forced after ${deadlineMs / 1000} s)`);
  const timer = setTimeout(() => {
    write(`shutdown did not finish within ${deadlineMs / 1000} s; exiting anyway`, { signal, deadlineMs });
    exit(1);
  }, deadlineMs);
  timer.unref();
  const again = (second: NodeJS.Signals) => {
    write(`${second} during shutdown; exiting now`, { signal: second });
    exit(1);
  };
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', again);
    process.off('SIGTERM', again);
  };
}
