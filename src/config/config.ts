import { z } from 'zod';
import { validate as validateCron } from 'node-cron';
import { platforms, platformSettings } from '../adapters/registry.ts';
import { addSecret, HIDDEN } from '../log.ts';
import { flag, optionalText } from './setting-types.ts';
import { DEPLOYMENT_KEYS, deploymentSettings } from './deployment-config.ts';

/** Every setting Parallax reads from the environment, with its default and its rule. */
export const ConfigSchema = z
  .object({
    PARALLAX_DATA_DIR: z.string().min(1).default('./data'),
    REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
    PARALLAX_SOURCES: optionalText,
    PARALLAX_ALLOW_PRIVATE_NETWORKS: flag.default(false),
    PARALLAX_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(5 * 1024 * 1024),
    INGEST_CRON: z
      .string()
      .default('*/10 * * * *')
      .refine((v) => validateCron(v), 'must be a cron expression such as "*/10 * * * *"'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Each platform's settings, from its folder (src/adapters/<platform>/settings.ts). */
    ...platformSettings,
    /** Seconds a user, and a chat, wait between two /compare (each can start news searches and page fetches); 0 turns the limit off. */
    COMPARE_USER_COOLDOWN_SECONDS: z.coerce
      .number({ error: 'must be a number of seconds, 0–3600' })
      .int('must be whole seconds, 0–3600')
      .min(0, 'must be 0–3600 seconds')
      .max(3600, 'must be 0–3600 seconds')
      .default(30),
    COMPARE_CHAT_COOLDOWN_SECONDS: z.coerce
      .number({ error: 'must be a number of seconds, 0–3600' })
      .int('must be whole seconds, 0–3600')
      .min(0, 'must be 0–3600 seconds')
      .max(3600, 'must be 0–3600 seconds')
      .default(10),
    ...deploymentSettings(platforms.map((platform) => platform.id)),
  })
  .superRefine((config, ctx) => {
    for (const platform of platforms) {
      for (const issue of platform.settingIssues?.(config) ?? [])
        ctx.addIssue({ code: 'custom', path: [issue.key], message: issue.message });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Every variable Parallax reads. */
export const CONFIG_KEYS = [
  'PARALLAX_DATA_DIR',
  'REDIS_URL',
  'PARALLAX_SOURCES',
  'PARALLAX_ALLOW_PRIVATE_NETWORKS',
  'PARALLAX_MAX_BODY_BYTES',
  'INGEST_CRON',
  'LOG_LEVEL',
  ...(Object.keys(platformSettings) as (keyof typeof platformSettings)[]),
  'COMPARE_USER_COOLDOWN_SECONDS',
  'COMPARE_CHAT_COOLDOWN_SECONDS',
  ...DEPLOYMENT_KEYS,
] as const satisfies readonly (keyof Config)[];

/** Variables whose values are secrets: never echoed in an error, hidden in every log line. */
export const SECRET_KEYS: readonly string[] = platforms.flatMap((platform) => platform.secretKeys);

/** The password of a redis:// URL, if it has one (also when the URL is otherwise malformed). */
function passwordOf(url: string | undefined): string | undefined {
  const match = /^[a-z]+:\/\/[^/@\s]*?:([^/@\s]+)@/i.exec(url?.trim() ?? '');
  return match?.[1] ? decodeURIComponentSafe(match[1]) : undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A configuration value that cannot be used; its message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates configuration from an environment object (process.env by default).
 * Throws a ConfigError naming each wrong variable, so start-up stops with a clear message.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(CONFIG_KEYS.map((key) => [key, env[key] === undefined ? undefined : env[key]]));
  for (const key of SECRET_KEYS) addSecret(env[key]?.trim());
  const redisPassword = passwordOf(env.REDIS_URL);
  addSecret(redisPassword);
  const parsed = ConfigSchema.safeParse(known);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'config');
    const secret = SECRET_KEYS.includes(name) || (name === 'REDIS_URL' && /@/.test(env[name] ?? ''));
    return `${name}: ${issue.message} (got ${secret ? HIDDEN : JSON.stringify(env[name] ?? '')})`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}
