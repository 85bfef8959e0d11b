import { z } from 'zod';

/** What a process can do; a deployment gives each process some of them (PARALLAX_ROLES). */
export const ROLES = ['ingest', 'deliver', 'discord', 'telegram', 'web'] as const;
export type Role = (typeof ROLES)[number];

const port = (what: string) =>
  z.coerce.number({ error: `must be a port number 0–65535 (${what})` }).int(`must be a port number 0–65535 (${what})`).min(0, `must be a port number 0–65535 (${what})`).max(65535, `must be a port number 0–65535 (${what})`);

const roles = z
  .string()
  .transform((v) => v.split(',').map((r) => r.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.enum(ROLES, { error: `each role must be one of ${ROLES.join(', ')}` })).min(1, `must list at least one of ${ROLES.join(', ')}`))
  .transform((list) => [...new Set(list)])
  .optional();

const shards = z
  .string()
  .default('auto')
  .transform((v) => v.trim().toLowerCase() || 'auto')
  .pipe(z.string().regex(/^(auto|\d+(\s*,\s*\d+)*)$/, 'must be "auto" or shard ids such as "0,1"'))
  .transform((v): 'auto' | number[] => (v === 'auto' ? 'auto' : [...new Set(v.split(',').map(Number))]));

/**
 * The settings of a deployment of several processes (issue 16): which roles this process runs, the Redis key
 * prefix, the Discord shards it connects, and the HTTP server for /healthz, /metrics and the Telegram webhook.
 */
export const DEPLOYMENT_SETTINGS = {
  /** Comma list of ingest, deliver, discord, telegram, web; unset: all of them (and the terminal without tokens). */
  PARALLAX_ROLES: roles,
  /** Prefix of every Redis key and channel, so several deployments (or test runs) can share one server. */
  REDIS_KEY_PREFIX: z.string().trim().regex(/^[\w.-]{1,64}$/, 'must be 1–64 characters of A–Z, a–z, 0–9, _, . and -').default('parallax'),
  /** "auto" (every shard Discord recommends, in this process) or the shard ids this process connects. */
  DISCORD_SHARDS: shards,
  /** Total shards across every Discord process; required with a list of DISCORD_SHARDS. */
  DISCORD_SHARD_COUNT: z.coerce.number({ error: 'must be a whole number 1–10000' }).int('must be a whole number 1–10000').min(1, 'must be a whole number 1–10000').max(10_000, 'must be a whole number 1–10000').optional(),
  /** Port of the HTTP server (/healthz, /metrics, the Telegram webhook); unset: TELEGRAM_WEBHOOK_PORT (8080). 0 picks a free one. */
  HTTP_PORT: port('0 picks a free one').optional(),
  /** Address the HTTP server binds. */
  HTTP_HOST: z.string().trim().min(1, 'must be an address such as 0.0.0.0 or 127.0.0.1').default('0.0.0.0'),
};

/** The deployment variables, in the order .env.example lists them. */
export const DEPLOYMENT_KEYS = ['PARALLAX_ROLES', 'REDIS_KEY_PREFIX', 'DISCORD_SHARDS', 'DISCORD_SHARD_COUNT', 'HTTP_PORT', 'HTTP_HOST'] as const;

type DeploymentValues = { DISCORD_SHARDS: 'auto' | number[]; DISCORD_SHARD_COUNT?: number | undefined };

/** Rules across deployment settings: a shard list needs the total, and every id must be below it. */
export function checkDeployment(config: DeploymentValues, ctx: z.RefinementCtx): void {
  const { DISCORD_SHARDS: ids, DISCORD_SHARD_COUNT: count } = config;
  if (ids === 'auto') return;
  if (count === undefined) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'must be set when DISCORD_SHARDS lists shard ids (the total over every Discord process)' });
    return;
  }
  const outside = ids.filter((id) => id >= count);
  if (outside.length > 0) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: `shard ids must be below DISCORD_SHARD_COUNT (${count}); ${outside.join(', ')} is not` });
}
