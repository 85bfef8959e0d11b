import type { Config } from '../../config/config.ts';
import type { WebhookOptions } from './webhook-server.ts';

/** Webhook settings from validated configuration: none without TELEGRAM_WEBHOOK_URL (long polling is used). */
export function webhookFromConfig(
  config: Pick<Config, 'TELEGRAM_WEBHOOK_URL' | 'TELEGRAM_WEBHOOK_SECRET' | 'TELEGRAM_WEBHOOK_PORT'>,
): WebhookOptions | undefined {
  if (!config.TELEGRAM_WEBHOOK_URL || !config.TELEGRAM_WEBHOOK_SECRET) return undefined;
  return { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT };
}
