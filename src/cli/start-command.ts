import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DiscordAdapter } from '../adapters/discord/discord-adapter.ts';
import { TelegramAdapter } from '../adapters/telegram/telegram-adapter.ts';
import { webhookFromConfig } from '../adapters/telegram/webhook-env.ts';
import { TerminalAdapter } from '../adapters/terminal/terminal-adapter.ts';
import { TerminalPublisher } from '../adapters/terminal/terminal-publisher.ts';
import { formatSummary, type IngestReport } from '../ingest/feed-outcome.ts';
import { createApp } from '../main.ts';
import { cliConfig, cliLogger, UsageError, type CliIo } from './cli-context.ts';
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
  const tokens = Boolean(config.DISCORD_TOKEN || config.TELEGRAM_BOT_TOKEN);
  const interactive = !tokens && !values['no-prompt'] && process.stdin.isTTY === true;
  const logFile = interactive ? join(config.PARALLAX_DATA_DIR, 'parallax.log') : undefined;
  const log = cliLogger(config, false, logFile);
  let terminal: TerminalAdapter | null = null;
  const say = (text: string) => (terminal ? terminal.notify(text) : void io.stdout.write(`${text}\n`));
  const app = await createApp({ config, log, ...(interactive ? { onIngest: (report: IngestReport) => say(`[ingest] ${formatSummary(report)}. Feed health: npx parallax feeds`) } : {}) });
  await app.startIngesting();
  const discord = config.DISCORD_TOKEN
    ? new DiscordAdapter({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL, services: app.services, channels: app.delivery.book, log })
    : null;
  const webhook = webhookFromConfig(config);
  const telegram = config.TELEGRAM_BOT_TOKEN
    ? new TelegramAdapter({ token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), ...(webhook ? { webhook } : {}), services: app.services, channels: app.delivery.book, log })
    : null;
  try {
    if (discord || telegram) {
      for (const [name, adapter, variable] of [['Discord', discord, 'DISCORD_TOKEN'], ['Telegram', telegram, 'TELEGRAM_BOT_TOKEN']] as const) {
        if (!adapter) continue;
        await adapter.start().catch((error: unknown) => {
          throw new UsageError(`${name} did not accept the connection: ${(error as Error).message}. Check ${variable} and the network.`);
        });
        app.delivery.addPublisher(adapter.publisher);
      }
      await app.delivery.start();
      log.info(`serving ${[discord && 'Discord', telegram && 'Telegram'].filter(Boolean).join(' and ')} (Ctrl+C or SIGTERM to stop)`);
      await untilSignal({ log });
      return 0;
    }
    app.delivery.addPublisher(new TerminalPublisher(say));
    await app.delivery.start();
    if (!interactive) {
      log.info('no terminal attached: ingesting on schedule and printing subscribed posts to stdout (Ctrl+C or SIGTERM to stop)');
      await untilSignal({ log });
      return 0;
    }
    terminal = new TerminalAdapter({ services: app.services, input: process.stdin, output: io.stdout, log, prompt: true });
    io.stdout.write(`Logs go to ${logFile}.\n`);
    await Promise.race([terminal.run(), untilSignal({ log })]);
    return 0;
  } finally {
    await discord?.stop();
    await telegram?.stop();
    await app.close();
  }
}
