import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StandardStreams } from '../adapters/platform-adapter.ts';
import { isEnabled, platforms } from '../adapters/registry.ts';
import { terminalPlatform } from '../adapters/terminal/platform.ts';
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
  const settings = config as unknown as Record<string, unknown>;
  const chosen = rolesOf(config);
  const roles = new Set(chosen.roles);
  if (values['no-prompt']) roles.delete(terminalPlatform.id);
  // The terminal is the registry's fallback: with no chat platform on and its role kept, this is a session at a prompt.
  const terminalMode = roles.has(terminalPlatform.id) && isEnabled(terminalPlatform, settings);
  // A session on one's own machine opens no port unless PARALLAX_ROLES asks for the web role.
  if (terminalMode && !chosen.explicit) roles.delete('web');
  const interactive = terminalMode && process.stdin.isTTY === true;
  const logFile = terminalMode ? join(config.PARALLAX_DATA_DIR, 'parallax.log') : undefined;
  const log = cliLogger(config, false, logFile);
  // At the prompt, ingestion summaries are printed above the line being typed (the terminal's notify, once it is built);
  // piped, stdout holds the answers only and they go to stderr.
  let notify: (text: string) => void = (text) => void io.stdout.write(`${text}\n`);
  const tellIngest = (text: string) => (interactive ? notify(text) : void io.stderr.write(`${text}\n`));
  const app = await createApp({
    config,
    log,
    ...(terminalMode
      ? { onIngest: (report: IngestReport) => tellIngest(`[ingest] ${formatSummary(report)}. Feed health: npx parallax feeds`) }
      : {}),
  });
  let running: RunningRoles | null = null;
  try {
    if (terminalMode) {
      if (interactive) io.stdout.write(`Logs go to ${logFile}.\n`);
      else io.stderr.write(`Reading commands from standard input, one a line, after the first ingestion. Logs go to ${logFile}.\n`);
    }
    const stdio: StandardStreams = {
      input: process.stdin,
      output: io.stdout,
      interactive,
      ...(interactive ? {} : { ready: () => firstIngestion(app.ingestJob) }),
      onNotice: (print) => (notify = print),
    };
    running = await startRoles({ config, app, log, roles: { roles, explicit: chosen.explicit }, stdio });
    if (!terminalMode) {
      const chat = platforms.some((platform) => !platform.fallback && isEnabled(platform, settings));
      log.info(`${running.summary}${chat ? '' : '; subscribed posts are printed to stdout'} (Ctrl+C or SIGTERM to stop)`);
    }
    await Promise.race([running.finished, untilSignal({ log })]);
    return 0;
  } finally {
    await running?.stop();
    await app.close();
  }
}

/** Resolves when the ingestion run under way (the one at start, when this process holds the ingest lease) has ended. */
async function firstIngestion(job: { readonly running: boolean }): Promise<void> {
  while (job.running) await new Promise((resolve) => setTimeout(resolve, 100));
}
