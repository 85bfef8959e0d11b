import { parseArgs } from 'node:util';
import { TerminalAdapter } from '../adapters/terminal/terminal-adapter.ts';
import { createApp } from '../main.ts';
import { cliConfig, cliLogger, type CliIo } from './cli-context.ts';
import { untilSignal } from './signals.ts';

/**
 * `parallax start` (what `npm start` runs): ingests on schedule and serves commands. Without Discord or
 * Telegram tokens it serves a terminal prompt; with `--no-prompt` (or no terminal) it only ingests.
 */
export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { sources: { type: 'string' }, data: { type: 'string' }, 'no-prompt': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const config = cliConfig(io, values);
  const log = cliLogger(config, false);
  const app = await createApp({ config, log });
  app.ingestJob.start();
  try {
    if (config.DISCORD_TOKEN || config.TELEGRAM_BOT_TOKEN) {
      log.warn('Discord and Telegram adapters are not part of this release yet; serving the terminal prompt instead.');
    }
    const interactive = !values['no-prompt'] && process.stdin.isTTY === true;
    if (!interactive) {
      log.info('no terminal attached: ingesting on schedule only (Ctrl+C or SIGTERM to stop)');
      await untilSignal();
      return 0;
    }
    const terminal = new TerminalAdapter({ services: app.services, input: process.stdin, output: io.stdout, log, prompt: true });
    await Promise.race([terminal.run(), untilSignal()]);
    return 0;
  } finally {
    await app.close();
  }
}
