import { DiscordAdapter } from '../adapters/discord/discord-adapter.ts';
import { TelegramAdapter } from '../adapters/telegram/telegram-adapter.ts';
import { webhookFromConfig } from '../adapters/telegram/webhook-env.ts';
import { TerminalPublisher } from '../adapters/terminal/terminal-publisher.ts';
import type { Config } from '../config/config.ts';
import { ROLES, type Role } from '../config/deployment-config.ts';
import { runOnce } from '../coordination/run-once.ts';
import { Lease } from '../coordination/lease.ts';
import type { Logger } from '../log.ts';
import type { App } from '../main.ts';
import { webRoutes } from '../web/health.ts';
import { HttpServer } from '../web/http-server.ts';
import { UsageError } from './cli-context.ts';

/** The roles this process runs (PARALLAX_ROLES, else all), and whether they were chosen explicitly. */
export function rolesOf(config: Pick<Config, 'PARALLAX_ROLES'>): { roles: ReadonlySet<Role>; explicit: boolean } {
  return { roles: new Set(config.PARALLAX_ROLES ?? ROLES), explicit: config.PARALLAX_ROLES !== undefined };
}

/** What `startRoles` started, to report and to stop. */
export interface RunningRoles {
  /** e.g. "serving Discord and Telegram (roles: ingest, deliver, discord, telegram, web)". */
  summary: string;
  /** The HTTP server, where one runs. */
  http: HttpServer | null;
  stop(): Promise<void>;
}

/** How long a second Telegram process waits for the polling lease (a restarted poller's old hold expires) before refusing. */
const POLL_LEASE_TTL_MS = 15_000;

/**
 * Starts what this process's roles ask for, in order: the HTTP server (`web`, or a Telegram webhook here), scheduled
 * ingestion (`ingest`, under its lease), the Discord gateway (`discord`: the shards of DISCORD_SHARDS, commands
 * registered once per command set), Telegram updates (`telegram`: a webhook, or long polling held by one process
 * only), and sending (`deliver`: the platforms whose tokens are set, else `print`, stdout by default). A role that cannot start
 * throws a UsageError saying why and what to change.
 */
export async function startRoles({ config, app, log, print = (text) => void process.stdout.write(`${text}\n`) }: { config: Config; app: App; log: Logger; print?: (text: string) => void }): Promise<RunningRoles> {
  const { roles, explicit } = rolesOf(config);
  for (const warning of roleWarnings(config, roles, explicit)) log.warn(warning);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((err: unknown) => log.warn({ err }, 'a role did not stop cleanly'));
  };
  try {
    const webhook = roles.has('telegram') && config.TELEGRAM_BOT_TOKEN ? webhookFromConfig(config) : undefined;
    const http = roles.has('web') || webhook ? await HttpServer.start({ host: config.HTTP_HOST, port: config.HTTP_PORT ?? config.TELEGRAM_WEBHOOK_PORT, log }) : null;
    if (http) stops.push(() => http.close());
    if (http && roles.has('web')) http.add(webRoutes({ health: { store: app.store, coordinator: app.coordinator, redis: Boolean(config.REDIS_URL), lastIngestAt: app.lastIngestAt }, metrics: app.metrics }));
    if (roles.has('ingest')) await app.startIngesting();

    const discord = config.DISCORD_TOKEN && (roles.has('discord') || roles.has('deliver'))
      ? new DiscordAdapter({
          token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL, services: app.services, channels: app.delivery.book, log,
          shards: config.DISCORD_SHARDS, shardCount: config.DISCORD_SHARD_COUNT,
          registerOnce: (key, register) => runOnce({ coordinator: app.coordinator, key, owner: app.delivery.owner, ttlMs: 86_400_000, work: register }),
        })
      : null;
    // Stopped also when only its publisher is used: destroying the client clears its REST sweepers, so the process can exit.
    if (discord) stops.push(() => discord.stop());
    if (discord && roles.has('discord')) {
      await discord.start().catch((error: unknown) => {
        throw new UsageError(`Discord did not accept the connection: ${(error as Error).message}. Check DISCORD_TOKEN, DISCORD_SHARDS and the network.`);
      });
    }

    const telegram = config.TELEGRAM_BOT_TOKEN && (roles.has('telegram') || roles.has('deliver'))
      ? new TelegramAdapter({ token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), ...(webhook ? { webhook } : {}), ...(http ? { httpServer: http } : {}), services: app.services, channels: app.delivery.book, log })
      : null;
    if (telegram && roles.has('telegram')) stops.push(await receiveTelegram({ telegram, webhook: Boolean(webhook), config, app, log }));

    if (roles.has('deliver')) {
      const publishers = [discord?.publisher, telegram?.publisher].filter((p) => p !== undefined);
      if (publishers.length === 0) publishers.push(new TerminalPublisher(print));
      for (const publisher of publishers) app.delivery.addPublisher(app.metrics.countSends(publisher));
      await app.delivery.start();
    }
    const platforms = [discord && roles.has('discord') && 'Discord', telegram && roles.has('telegram') && 'Telegram'].filter(Boolean);
    const summary = `${platforms.length ? `serving ${platforms.join(' and ')}` : 'serving no chat platform'} (roles: ${[...roles].join(', ')})`;
    return { summary, http, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts receiving Telegram updates; returns how to stop. A webhook can be served by several processes (Telegram
 * posts each update once, to the URL, behind which any of them may answer). Long polling can be done by one
 * process only (a second getUpdates makes Telegram answer 409 Conflict to both): with Redis, the process holding
 * the `telegram-polling` lease polls, and another one refuses to start, saying so, instead of fighting over updates.
 */
async function receiveTelegram({ telegram, webhook, config, app, log }: { telegram: TelegramAdapter; webhook: boolean; config: Config; app: App; log: Logger }): Promise<() => Promise<void>> {
  const start = () =>
    telegram.start().catch((error: unknown) => {
      throw new UsageError(`Telegram did not accept the connection: ${(error as Error).message}. Check TELEGRAM_BOT_TOKEN and the network.`);
    });
  if (webhook) {
    await start();
    log.info({ url: config.TELEGRAM_WEBHOOK_URL }, 'telegram: webhook mode: Telegram posts each update once to TELEGRAM_WEBHOOK_URL; any process with the telegram role behind it may answer');
    return () => telegram.stop();
  }
  if (!config.REDIS_URL) {
    await start();
    log.info('telegram: long polling in this process (alone on its store; with REDIS_URL and several processes, set TELEGRAM_WEBHOOK_URL)');
    return () => telegram.stop();
  }
  let receiving = false;
  let stopping = false;
  let started = false;
  const lease = new Lease({
    coordinator: app.coordinator, name: 'telegram-polling', owner: app.delivery.owner, ttlMs: POLL_LEASE_TTL_MS, log,
    // Polling starts below once the lease is first held; this resumes it after a lost lease came back.
    onAcquired: async () => {
      if (!started || receiving || stopping) return;
      await start().then(
        () => {
          receiving = true;
          log.info('telegram: long-polling lease back; polling again');
        },
        (err: unknown) => log.error({ err }, 'telegram: could not resume long polling'),
      );
    },
    onLost: async () => {
      if (!receiving) return;
      if (!stopping) log.error('telegram: lost the long-polling lease (Redis unreachable?); stopped polling so that two processes never poll at once; polling resumes when the lease is back');
      receiving = false;
      await telegram.stop();
    },
  });
  await lease.start();
  for (let waited = 0; !lease.isHeld && waited < POLL_LEASE_TTL_MS + 2000; waited += 500) await new Promise((resolve) => setTimeout(resolve, 500));
  if (!lease.isHeld) {
    await lease.stop();
    throw new UsageError(
      'Telegram long polling already runs in another process on this Redis, and Telegram allows one poller per bot (a second one gets 409 Conflict). ' +
        'To receive Telegram updates in several processes, set TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET (webhook mode); otherwise leave telegram out of PARALLAX_ROLES in this process.',
    );
  }
  try {
    await start();
  } catch (error) {
    await lease.stop();
    throw error;
  }
  started = true;
  receiving = true;
  log.info('telegram: long polling in this process only (it holds the telegram-polling lease on Redis); other processes with the telegram role refuse to poll. Set TELEGRAM_WEBHOOK_URL to receive in several');
  return async () => {
    stopping = true;
    await lease.stop();
    if (receiving) await telegram.stop();
  };
}

/** What is odd about a role choice, said once at start-up: a role with nothing to do, or roles split without Redis. */
export function roleWarnings(config: Pick<Config, 'DISCORD_TOKEN' | 'TELEGRAM_BOT_TOKEN' | 'REDIS_URL'>, roles: ReadonlySet<Role>, explicit: boolean): string[] {
  const warnings: string[] = [];
  if (explicit && roles.has('discord') && !config.DISCORD_TOKEN) warnings.push('PARALLAX_ROLES has discord but DISCORD_TOKEN is not set: this process does not connect to Discord');
  if (explicit && roles.has('telegram') && !config.TELEGRAM_BOT_TOKEN) warnings.push('PARALLAX_ROLES has telegram but TELEGRAM_BOT_TOKEN is not set: this process receives no Telegram updates');
  if (explicit && roles.size < ROLES.length && !config.REDIS_URL) {
    warnings.push(`PARALLAX_ROLES splits the roles (${[...roles].join(', ')}) but REDIS_URL is not set: processes on one SQLite file share no leases, claims or story changes. Set REDIS_URL, or run every role in one process`);
  }
  return warnings;
}
