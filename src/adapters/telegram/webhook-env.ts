import type { WebhookOptions } from './webhook-server.ts';

/** The local port the webhook server listens on when TELEGRAM_WEBHOOK_PORT is not set. */
export const DEFAULT_WEBHOOK_PORT = 8080;

/**
 * Webhook settings from the environment: none without TELEGRAM_WEBHOOK_URL (long polling); otherwise an
 * https URL, a TELEGRAM_WEBHOOK_SECRET Telegram will send with every update, and TELEGRAM_WEBHOOK_PORT.
 * Throws a message naming the variable that is wrong.
 */
export function webhookFromEnv(env: Record<string, string | undefined> = process.env): WebhookOptions | undefined {
  const url = env.TELEGRAM_WEBHOOK_URL?.trim();
  if (!url) return undefined;
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') throw new Error(`TELEGRAM_WEBHOOK_URL: must be an https:// URL Telegram can reach (got ${JSON.stringify(url)})`);
  const secret = env.TELEGRAM_WEBHOOK_SECRET?.trim() ?? '';
  if (!/^[\w-]{16,256}$/.test(secret)) throw new Error('TELEGRAM_WEBHOOK_SECRET: set 16–256 characters of A–Z, a–z, 0–9, _ and - when TELEGRAM_WEBHOOK_URL is set');
  const rawPort = env.TELEGRAM_WEBHOOK_PORT?.trim() || String(DEFAULT_WEBHOOK_PORT);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) throw new Error(`TELEGRAM_WEBHOOK_PORT: must be a port number 1–65535 (got ${JSON.stringify(rawPort)})`);
  return { url, secret, port };
}
