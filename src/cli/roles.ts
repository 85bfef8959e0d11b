import { PlatformRefused, type AnyPlatform, type PlatformDeps, type StandardStreams } from '../adapters/platform-adapter.ts';
import { enabledPlatforms, isEnabled, platforms, type EnabledPlatform } from '../adapters/registry.ts';
import type { Config } from '../config/config.ts';
import { allRoles, type Role } from '../config/deployment-config.ts';
import { runOnce } from '../coordination/run-once.ts';
import type { Logger } from '../log.ts';
import type { App } from '../main.ts';
import { webRoutes } from '../web/health.ts';
import { HttpServer } from '../web/http-server.ts';
import { UsageError } from './cli-context.ts';

/** Every role a process can have: ingest, deliver, each registered platform's id, web. */
const ROLES = allRoles(platforms.map((platform) => platform.id));

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
  /** Settles when a platform served here ends its session by itself (the terminal's input ended); never otherwise. */
  finished: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts what this process's roles ask for (`roles`, else PARALLAX_ROLES, else all), in order: the HTTP server (`web`,
 * or a Telegram webhook here), scheduled ingestion (`ingest`, under its lease), then every platform of the registry
 * that is enabled (a token set; the terminal when none is) and that this process receives on (its id a role) or posts
 * to (`deliver`): Discord's shards, Telegram's webhook or its one long poller, the terminal's prompt on `stdio`. With
 * `deliver`, the sender posts through their publishers. A role that cannot start throws a UsageError saying why and
 * what to change, after stopping what had started.
 */
export async function startRoles({
  config,
  app,
  log,
  roles: chosen,
  stdio,
}: {
  config: Config;
  app: App;
  log: Logger;
  /** The roles to run and whether PARALLAX_ROLES chose them; rolesOf(config) by default. */
  roles?: { roles: ReadonlySet<Role>; explicit: boolean };
  stdio?: StandardStreams;
}): Promise<RunningRoles> {
  const { roles, explicit } = chosen ?? rolesOf(config);
  for (const warning of roleWarnings(config, roles, explicit)) log.warn(warning);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((err: unknown) => log.warn({ err }, 'a role did not stop cleanly'));
  };
  try {
    const settings = config as unknown as Record<string, unknown>;
    const receiving = platforms.filter((platform) => roles.has(platform.id) && isEnabled(platform, settings));
    const http =
      roles.has('web') || receiving.some((platform) => platform.receivesOverHttp?.(settings))
        ? await HttpServer.start({ host: config.HTTP_HOST, port: config.HTTP_PORT ?? config.TELEGRAM_WEBHOOK_PORT, log })
        : null;
    if (http) stops.push(() => http.close());
    if (http && roles.has('web'))
      http.add(
        webRoutes({
          health: { store: app.store, coordinator: app.coordinator, redis: Boolean(config.REDIS_URL), lastIngestAt: app.lastIngestAt },
          metrics: app.metrics,
        }),
      );
    if (roles.has('ingest')) await app.startIngesting();

    const deps: PlatformDeps = {
      services: app.services,
      channels: app.delivery.book,
      log,
      ...(http ? { http } : {}),
      ...(stdio ? { stdio } : {}),
      runOnce: (key, work) => runOnce({ coordinator: app.coordinator, key, owner: app.delivery.owner, ttlMs: 86_400_000, work }),
      coordination: { coordinator: app.coordinator, owner: app.delivery.owner, shared: Boolean(config.REDIS_URL) },
    };
    const { built, finished } = await startPlatforms({ roles, settings, deps, stops });
    if (roles.has('deliver')) {
      for (const { adapter } of built) app.delivery.addPublisher(app.metrics.countSends(adapter.publisher));
      await app.delivery.start();
    }
    const served = receiving.map((platform) => platform.name);
    const summary = `${served.length ? `serving ${served.join(' and ')}` : 'serving no chat platform'} (roles: ${[...roles].join(', ')})`;
    return { summary, http, finished, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Builds every enabled platform this process receives on (its id a role) or posts to (`deliver`), and starts receiving
 * on the first kind; each one's stop goes on `stops`. `finished` settles when a platform received here ends by itself.
 */
async function startPlatforms({
  roles,
  settings,
  deps,
  stops,
}: {
  roles: ReadonlySet<Role>;
  settings: Record<string, unknown>;
  deps: PlatformDeps;
  stops: (() => Promise<void>)[];
}): Promise<{ built: EnabledPlatform[]; finished: Promise<void> }> {
  const built = await enabledPlatforms(settings, deps, platforms, (platform) => roles.has(platform.id) || roles.has('deliver'));
  // Built but not yet receiving: stopped too if a later one fails (destroying a client clears its timers, so the process can exit).
  const pending = [...built];
  stops.push(async () => {
    for (const { adapter } of pending) await adapter.stop();
  });
  const finishing: Promise<void>[] = [];
  while (pending.length > 0) {
    const { definition, adapter } = pending[0]!;
    const receives = roles.has(definition.id);
    const stopIt = receives ? await receive(definition, adapter, settings, deps) : () => adapter.stop();
    pending.shift();
    stops.push(stopIt);
    if (receives && adapter.finished) finishing.push(adapter.finished);
  }
  return { built, finished: finishing.length > 0 ? Promise.race(finishing) : new Promise<void>(() => undefined) };
}

/** Starts a platform receiving commands here; a refusal (bad token, another poller) becomes a UsageError saying what to change. */
async function receive(
  platform: AnyPlatform,
  adapter: Awaited<ReturnType<AnyPlatform['create']>>,
  settings: Record<string, unknown>,
  deps: PlatformDeps,
): Promise<() => Promise<void>> {
  try {
    if (platform.receive) return await platform.receive(adapter, settings, deps);
    await adapter.start();
    return () => adapter.stop();
  } catch (error) {
    if (error instanceof PlatformRefused) throw new UsageError(error.message);
    throw new UsageError(
      `${platform.name} did not accept the connection: ${(error as Error).message}. Check ${platform.credential ?? 'its settings'} and the network.`,
    );
  }
}

/** What is odd about a role choice, said once at start-up: a role with nothing to do, or roles split without Redis. */
export function roleWarnings(
  config: Pick<Config, 'REDIS_URL'> & Record<string, unknown>,
  roles: ReadonlySet<Role>,
  explicit: boolean,
): string[] {
  const warnings: string[] = [];
  for (const platform of platforms) {
    if (!explicit || !roles.has(platform.id) || isEnabled(platform, config)) continue;
    warnings.push(
      platform.fallback
        ? `PARALLAX_ROLES has ${platform.id} but a chat platform's token is set: this process does not serve ${platform.name}`
        : `PARALLAX_ROLES has ${platform.id} but ${platform.credential ?? 'its settings'} is not set: this process does not serve ${platform.name}`,
    );
  }
  if (explicit && roles.size < ROLES.length && !config.REDIS_URL) {
    warnings.push(
      `PARALLAX_ROLES splits the roles (${[...roles].join(', ')}) but REDIS_URL is not set: processes on one SQLite file share no leases, claims or story changes. Set REDIS_URL, or run every role in one process`,
    );
  }
  return warnings;
}
