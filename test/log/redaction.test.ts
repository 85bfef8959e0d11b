import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/log.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKEN = '7012345678:AAHfake-token-for-tests_0123456789abcdefXYZ';

/** A loopback port nobody listens on: taken, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function logLines(file: string): string {
  return readFileSync(file, 'utf8');
}

describe('log redaction', () => {
  it('hides the bot token in a real grammY network error logged with { err }', async () => {
    const file = join(dir, 'grammy.log');
    const log = createLogger('info', file);
    const bot = new Bot(TOKEN, { client: { apiRoot: `http://127.0.0.1:${await closedPort()}`, timeoutSeconds: 5 } });
    const error = await bot.api.sendMessage(42, 'hello').then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(Error);
    // The error itself does carry the token (this is what used to reach the logs).
    expect(
      JSON.stringify({
        message: (error as Error).message,
        stack: (error as Error).stack,
        cause: String((error as { error?: unknown }).error),
      }),
    ).toContain(TOKEN.split(':')[1]!.slice(0, 12));
    log.error({ err: error }, 'telegram call failed');
    const text = logLines(file);
    expect(text).toContain('telegram call failed');
    expect(text).not.toContain(TOKEN.split(':')[1]!.slice(0, 12));
    expect(text).toContain('bot<hidden>');
  });

  it('hides URL credentials and secrets named in the configuration', () => {
    loadConfig({
      DISCORD_TOKEN: 'plain-discord-secret-value',
      TELEGRAM_WEBHOOK_SECRET: 'webhook_secret_value_123',
      REDIS_URL: 'redis://default:p%40ss-word-9@127.0.0.1:6379',
    });
    const file = join(dir, 'config.log');
    const log = createLogger('info', file);
    log.warn(
      { url: 'redis://default:p%40ss-word-9@127.0.0.1:6379', header: 'webhook_secret_value_123' },
      'connecting with plain-discord-secret-value and https://user:hunter22@proxy.example/',
    );
    const text = logLines(file);
    for (const secret of ['p%40ss-word-9', 'p@ss-word-9', 'webhook_secret_value_123', 'plain-discord-secret-value', 'hunter22'])
      expect(text).not.toContain(secret);
    expect(text).toContain('redis://<hidden>@127.0.0.1:6379');
  });
});
