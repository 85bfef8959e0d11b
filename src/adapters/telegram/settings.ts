import { z } from 'zod';
import { optionalText, optionalUrl } from '../../config/setting-types.ts';

/** The settings Telegram reads from the environment (README "Configuration"); TELEGRAM_BOT_TOKEN turns it on. */
export const telegramSettings = {
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-DEF… from BotFather')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  /** Webhook mode instead of long polling: the public https URL Telegram posts updates to. */
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https$/, error: 'must be an https:// URL Telegram can reach' }).optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[\w-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -')
      .optional(),
  ),
  TELEGRAM_WEBHOOK_PORT: z.coerce
    .number({ error: 'must be a port number 1–65535' })
    .int()
    .min(1, 'must be a port number 1–65535')
    .max(65535, 'must be a port number 1–65535')
    .default(8080),
};

/** Settings that only make sense together: a webhook needs its secret, which Telegram sends with every update. */
export function telegramSettingIssues(settings: {
  TELEGRAM_WEBHOOK_URL?: string | undefined;
  TELEGRAM_WEBHOOK_SECRET?: string | undefined;
}) {
  return settings.TELEGRAM_WEBHOOK_URL && !settings.TELEGRAM_WEBHOOK_SECRET
    ? [{ key: 'TELEGRAM_WEBHOOK_SECRET', message: 'must be set when TELEGRAM_WEBHOOK_URL is set (Telegram sends it with every update)' }]
    : [];
}
