import { z } from 'zod';

/** What a process can do besides serving a chat platform (each platform's id is a role too: PARALLAX_ROLES=discord). */
export const CORE_ROLES = ['ingest', 'deliver', 'web'] as const;
/** A role: one of CORE_ROLES or a platform id from src/adapters/registry.ts. */
export type Role = string;

/** Every role, in the order messages list them: ingest, deliver, the platforms, web. */
export function allRoles(platformIds: readonly string[]): readonly Role[] {
  return ['ingest', 'deliver', ...platformIds, 'web'];
}

const port = (what: string) =>
  z.coerce
    .number({ error: `must be a port number 0–65535 (${what})` })
    .int(`must be a port number 0–65535 (${what})`)
    .min(0, `must be a port number 0–65535 (${what})`)
    .max(65535, `must be a port number 0–65535 (${what})`);

const rolesSetting = (roles: readonly Role[]) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((r) => r.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(roles as [string, ...string[]], { error: `each role must be one of ${roles.join(', ')}` }))
        .min(1, `must list at least one of ${roles.join(', ')}`),
    )
    .transform((list) => [...new Set(list)])
    .optional();

/**
 * The settings of a deployment of several processes (issue 16): which roles this process runs, the Redis key
 * prefix, and the HTTP server for /healthz, /metrics and webhooks (a platform's own, such as Discord's shards, live
 * in its folder's settings.ts).
 */
export const deploymentSettings = (platformIds: readonly string[]) => ({
  /** Comma list of ingest, deliver, the platform ids (discord, telegram), web; unset: all of them (and the terminal without tokens). */
  PARALLAX_ROLES: rolesSetting(allRoles(platformIds)),
  /** Prefix of every Redis key and channel, so several deployments (or test runs) can share one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,64}$/, 'must be 1–64 characters of A–Z, a–z, 0–9, _, . and -')
    .default('parallax'),
  /** Port of the HTTP server (/healthz, /metrics, the Telegram webhook); unset: TELEGRAM_WEBHOOK_PORT (8080). 0 picks a free one. */
  HTTP_PORT: port('0 picks a free one').optional(),
  /** Address the HTTP server binds. */
  HTTP_HOST: z.string().trim().min(1, 'must be an address such as 0.0.0.0 or 127.0.0.1').default('0.0.0.0'),
});

/** The deployment variables, in the order .env.example lists them. */
export const DEPLOYMENT_KEYS = ['PARALLAX_ROLES', 'REDIS_KEY_PREFIX', 'HTTP_PORT', 'HTTP_HOST'] as const;
