import { afterEach, describe, expect, it } from 'vitest';
import { commandMessage, privateChat, user } from '../support/telegram-double/updates.ts';
import { webhookFromConfig } from '../../src/adapters/telegram/webhook-env.ts';
import { loadConfig } from '../../src/config/config.ts';

const webhookFromEnv = (env: Record<string, string>) => webhookFromConfig(loadConfig(env));
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const secret = 'test-secret_123';

describe('Telegram webhook mode', () => {
  it('registers the webhook with its secret and handles only updates that carry it', async () => {
    harness = await startHarness({
      adapter: { webhook: { url: 'https://bot.example/telegram/hook', secret, port: 0, host: '127.0.0.1' } },
    });
    const { double, adapter } = harness;
    const setWebhook = double.callsTo('setWebhook')[0]!;
    expect(setWebhook.params).toMatchObject({ url: 'https://bot.example/telegram/hook', secret_token: secret });
    expect(double.callsTo('getUpdates')).toHaveLength(0);
    const port = adapter.webhookPort;
    expect(port).toBeGreaterThan(0);
    const alice = user(501, 'Alice');
    const post = (headers: Record<string, string>, path = '/telegram/hook') =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ update_id: 7, ...commandMessage({ chat: privateChat(alice.id), from: alice, text: '/help' }) }),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': secret }, '/elsewhere')).status).toBe(404);
    expect(double.callsTo('sendMessage')).toHaveLength(0);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': secret })).status).toBe(200);
    const reply = await double.waitFor('sendMessage');
    expect(reply.params).toMatchObject({ chat_id: String(alice.id) });
    expect(String(reply.params.text)).toContain('/compare');
  });
});

describe('webhook settings from the environment', () => {
  it('uses long polling without a URL, and demands https, a secret and a valid port with one', () => {
    expect(webhookFromEnv({})).toBeUndefined();
    expect(webhookFromEnv({ TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook', TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' })).toEqual({
      url: 'https://bot.example/hook',
      secret: 'a-long-enough-secret',
      port: 8080,
    });
    expect(
      webhookFromEnv({
        TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook',
        TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret',
        TELEGRAM_WEBHOOK_PORT: '8443',
      })?.port,
    ).toBe(8443);
    expect(() =>
      webhookFromEnv({ TELEGRAM_WEBHOOK_URL: 'http://bot.example/hook', TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' }),
    ).toThrow(/TELEGRAM_WEBHOOK_URL/);
    expect(() => webhookFromEnv({ TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() =>
      webhookFromEnv({ TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook', TELEGRAM_WEBHOOK_SECRET: 'bad secret with spaces' }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() =>
      webhookFromEnv({
        TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook',
        TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret',
        TELEGRAM_WEBHOOK_PORT: '99999',
      }),
    ).toThrow(/TELEGRAM_WEBHOOK_PORT/);
  });
});
