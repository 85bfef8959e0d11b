import { parseArgs } from 'node:util';
import { DiscordAdapter } from '../adapters/discord/discord-adapter.ts';
import { TelegramAdapter } from '../adapters/telegram/telegram-adapter.ts';
import { webhookFromConfig } from '../adapters/telegram/webhook-env.ts';
import { TerminalAdapter } from '../adapters/terminal/terminal-adapter.ts';
import { TerminalPublisher } from '../adapters/terminal/terminal-publisher.ts';
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
      for (const adapter of [discord, telegram]) {
        if (!adapter) continue;
        await adapter.start();
        app.delivery.addPublisher(adapter.publisher);
      }
      await app.delivery.start();
      log.info(`serving ${[discord && 'Discord', telegram && 'Telegram'].filter(Boolean).join(' and ')} (Ctrl+C or SIGTERM to stop)`);
      await untilSignal();
      return 0;
    }
    app.delivery.addPublisher(new TerminalPublisher(io.stdout));
    await app.delivery.start();
    const interactive = !values['no-prompt'] && process.stdin.isTTY === true;
    if (!interactive) {
      log.info('no terminal attached: ingesting on schedule and printing subscribed posts to stdout (Ctrl+C or SIGTERM to stop)');
      await untilSignal();
      return 0;
    }
    const terminal = new TerminalAdapter({ services: app.services, input: process.stdin, output: io.stdout, log, prompt: true });
    await Promise.race([terminal.run(), untilSignal()]);
    return 0;
  } finally {
    await discord?.stop();
    await telegram?.stop();
    await app.close();
  }
}
