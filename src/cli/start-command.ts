import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { platforms } from '../adapters/registry.ts';
import { TerminalAdapter } from '../adapters/terminal/terminal-adapter.ts';
import { TerminalPublisher } from '../adapters/terminal/terminal-publisher.ts';
import { formatSummary, type IngestReport } from '../ingest/feed-outcome.ts';
import { createApp } from '../main.ts';
import { cliConfig, cliLogger, type CliIo } from './cli-context.ts';
import { rolesOf, startRoles, type RunningRoles } from './roles.ts';
import { untilSignal } from './signals.ts';

/**
 * `parallax start` (what `npm start` runs): ingests on schedule and serves commands. Without Discord or
 * Telegram tokens it serves the terminal: a prompt when stdin is a terminal, else it reads commands from the pipe
 * (after the first ingestion), answers them and exits at the end of input. With `--no-prompt` it only ingests.
 * In terminal mode the logs go to `<data dir>/parallax.log`. With tokens, `--no-prompt` or PARALLAX_ROLES it runs as a
 * service: the roles of PARALLAX_ROLES (default all; see roles.ts) until SIGINT or SIGTERM.
 */
export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { sources: { type: 'string' }, data: { type: 'string' }, 'no-prompt': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const tokens = platforms.some((platform) => platform.enabled(config));
  const terminalMode = !tokens && !values['no-prompt'] && !rolesOf(config).explicit;
  const interactive = terminalMode && process.stdin.isTTY === true;
  const logFile = terminalMode ? join(config.PARALLAX_DATA_DIR, 'parallax.log') : undefined;
  const log = cliLogger(config, false, logFile);
  let terminal: TerminalAdapter | null = null;
  const say = (text: string) => (terminal && interactive ? terminal.notify(text) : void io.stdout.write(`${text}\n`));
  // Piped, stdout holds the answers only; ingestion summaries go to stderr.
  const tellIngest = (text: string) => (interactive ? say(text) : void io.stderr.write(`${text}\n`));
  const app = await createApp({
    config,
    log,
    ...(terminalMode
      ? { onIngest: (report: IngestReport) => tellIngest(`[ingest] ${formatSummary(report)}. Feed health: npx parallax feeds`) }
      : {}),
  });
  let roles: RunningRoles | null = null;
  try {
    if (!terminalMode) {
      // A service: the roles of PARALLAX_ROLES (all by default) on the platforms whose tokens are set (see roles.ts).
      roles = await startRoles({ config, app, log, print: say });
      log.info(`${roles.summary}${tokens ? '' : '; subscribed posts are printed to stdout'} (Ctrl+C or SIGTERM to stop)`);
      await untilSignal({ log });
      return 0;
    }
    await app.startIngesting();
    app.delivery.addPublisher(new TerminalPublisher(say));
    await app.delivery.start();
    terminal = new TerminalAdapter({ services: app.services, input: process.stdin, output: io.stdout, log, prompt: interactive });
    if (interactive) {
      io.stdout.write(`Logs go to ${logFile}.\n`);
    } else {
      io.stderr.write(`Reading commands from standard input, one a line, after the first ingestion. Logs go to ${logFile}.\n`);
      await firstIngestion(app.ingestJob);
    }
    await Promise.race([terminal.run(), untilSignal({ log })]);
    return 0;
  } finally {
    await roles?.stop();
    await app.close();
  }
}

/** Resolves when the ingestion run under way (the one at start, when this process holds the ingest lease) has ended. */
async function firstIngestion(job: { readonly running: boolean }): Promise<void> {
  while (job.running) await new Promise((resolve) => setTimeout(resolve, 100));
}
