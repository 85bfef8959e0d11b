import { z } from 'zod';
import { validate as validateCron } from 'node-cron';
import { addSecret, HIDDEN } from '../log.ts';
import { checkDeployment, DEPLOYMENT_KEYS, DEPLOYMENT_SETTINGS } from './deployment-config.ts';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const optionalText = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const optionalUrl = optionalText.pipe(httpUrl.optional());

const snowflake = optionalText.pipe(z.string().regex(/^\d{15,22}$/, 'must be a Discord snowflake (digits)').optional());

/** Every setting Parallax reads from the environment, with its default and its rule. */
export const ConfigSchema = z.object({
  PARALLAX_DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
  PARALLAX_SOURCES: optionalText,
  PARALLAX_ALLOW_PRIVATE_NETWORKS: flag.default(false),
  PARALLAX_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  INGEST_CRON: z
    .string()
    .default('*/10 * * * *')
    .refine((v) => validateCron(v), 'must be a cron expression such as "*/10 * * * *"'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: optionalUrl,
  TELEGRAM_BOT_TOKEN: optionalText.pipe(z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-DEF… from BotFather').optional()),
  TELEGRAM_API_ROOT: optionalUrl,
  /** Webhook mode instead of long polling: the public https URL Telegram posts updates to. */
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https$/, error: 'must be an https:// URL Telegram can reach' }).optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[\w-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -').optional()),
  /** Seconds a user, and a chat, wait between two /compare (each can start news searches and page fetches); 0 turns the limit off. */
  COMPARE_USER_COOLDOWN_SECONDS: z.coerce.number({ error: 'must be a number of seconds, 0–3600' }).int('must be whole seconds, 0–3600').min(0, 'must be 0–3600 seconds').max(3600, 'must be 0–3600 seconds').default(30),
  COMPARE_CHAT_COOLDOWN_SECONDS: z.coerce.number({ error: 'must be a number of seconds, 0–3600' }).int('must be whole seconds, 0–3600').min(0, 'must be 0–3600 seconds').max(3600, 'must be 0–3600 seconds').default(10),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number({ error: 'must be a port number 1–65535' }).int().min(1, 'must be a port number 1–65535').max(65535, 'must be a port number 1–65535').default(8080),
  ...DEPLOYMENT_SETTINGS,
}).superRefine((config, ctx) => {
  checkDeployment(config, ctx);
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'must be set when TELEGRAM_WEBHOOK_URL is set (Telegram sends it with every update)' });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

/** Every variable Parallax reads. */
export const CONFIG_KEYS = [
  'PARALLAX_DATA_DIR', 'REDIS_URL', 'PARALLAX_SOURCES', 'PARALLAX_ALLOW_PRIVATE_NETWORKS', 'PARALLAX_MAX_BODY_BYTES', 'INGEST_CRON', 'LOG_LEVEL',
  'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_WEBHOOK_PORT',
  'COMPARE_USER_COOLDOWN_SECONDS', 'COMPARE_CHAT_COOLDOWN_SECONDS',
  ...DEPLOYMENT_KEYS,
] as const satisfies readonly (keyof Config)[];

/** Variables whose values are secrets: never echoed in an error, hidden in every log line. */
export const SECRET_KEYS = ['DISCORD_TOKEN', 'TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'] as const satisfies readonly (keyof Config)[];

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
  const known = Object.fromEntries(
    CONFIG_KEYS.map((key) => [key, env[key] === undefined ? undefined : env[key]]),
  );
  for (const key of SECRET_KEYS) addSecret(env[key]?.trim());
  const redisPassword = passwordOf(env.REDIS_URL);
  addSecret(redisPassword);
  const parsed = ConfigSchema.safeParse(known);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'config');
    const secret = (SECRET_KEYS as readonly string[]).includes(name) || (name === 'REDIS_URL' && /@/.test(env[name] ?? ''));
    return `${name}: ${issue.message} (got ${secret ? HIDDEN : JSON.stringify(env[name] ?? '')})`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}
