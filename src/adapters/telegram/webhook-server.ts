import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../log.ts';

/** Where Telegram posts updates: the public URL, the secret it must send, and the local port to listen on. */
export interface WebhookOptions {
  /** Public HTTPS URL registered with setWebhook (TELEGRAM_WEBHOOK_URL); its path is the path served. */
  url: string;
  /** Checked on every update via X-Telegram-Bot-Api-Secret-Token (TELEGRAM_WEBHOOK_SECRET): 1–256 of A–Z a–z 0–9 _ -. */
  secret: string;
  /** Local port (TELEGRAM_WEBHOOK_PORT); 0 picks a free one. */
  port: number;
  /** Local address to bind, default all interfaces (a reverse proxy usually sits in front). */
  host?: string;
}

/**
 * Serves grammY's webhook callback on node:http: POST to the webhook path with the right secret header is
 * handled as an update; a wrong or missing secret gets 401, any other path 404.
 */
export async function startWebhookServer({ bot, webhook, log }: { bot: Bot; webhook: WebhookOptions; log: Logger }): Promise<http.Server> {
  if (!/^[\w-]{1,256}$/.test(webhook.secret)) throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1–256 characters of A–Z, a–z, 0–9, _ and -');
  const path = new URL(webhook.url).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: 9000 });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://local').pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      log.warn({ err }, 'telegram: webhook update failed');
      if (!res.headersSent) res.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(webhook.port, webhook.host ?? '0.0.0.0', () => resolve());
  });
  log.info({ port: (server.address() as AddressInfo).port, path }, 'telegram: webhook server listening');
  return server;
}
