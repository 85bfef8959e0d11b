import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../log.ts';
import { pathOf, type Route } from '../../web/http-server.ts';

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
 * grammY's webhook callback as a route of a shared HTTP server: POST to the webhook path with the right secret
 * header is handled as an update, a wrong or missing secret gets 401; other paths are left to other routes.
 */
export function webhookRoute({ bot, webhook, log }: { bot: Bot; webhook: WebhookOptions; log: Logger }): Route {
  if (!/^[\w-]{1,256}$/.test(webhook.secret)) throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1–256 characters of A–Z, a–z, 0–9, _ and -');
  const path = new URL(webhook.url).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: 9000 });
  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== path) return false;
    handle(req, res).catch((err: unknown) => {
      log.warn({ err }, 'telegram: webhook update failed');
      if (!res.headersSent) res.writeHead(400).end();
    });
    return true;
  };
}

/**
 * Serves the webhook route on its own node:http server (when no shared server is handed in): any other path
 * or method gets 404.
 */
export async function startWebhookServer({ bot, webhook, log }: { bot: Bot; webhook: WebhookOptions; log: Logger }): Promise<http.Server> {
  const route = webhookRoute({ bot, webhook, log });
  const server = http.createServer((req, res) => {
    if (!route(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(webhook.port, webhook.host ?? '0.0.0.0', () => resolve());
  });
  log.info({ port: (server.address() as AddressInfo).port, path: new URL(webhook.url).pathname }, 'telegram: webhook server listening');
  return server;
}
