import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.PARALLAX_DATA_DIR).toBe('./data');
    expect(config.INGEST_CRON).toBe('*/10 * * * *');
    expect(config.PARALLAX_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(config.PARALLAX_MAX_BODY_BYTES).toBe(5 * 1024 * 1024);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty strings from .env as unset', () => {
    const config = loadConfig({ REDIS_URL: '', DISCORD_TOKEN: '  ', TELEGRAM_API_ROOT: '' });
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.TELEGRAM_API_ROOT).toBeUndefined();
  });

  it('reads flags and URLs', () => {
    const config = loadConfig({
      PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true',
      REDIS_URL: 'redis://127.0.0.1:6379',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000',
      TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    });
    expect(config.PARALLAX_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:9999/api');
  });

  it.each([
    ['INGEST_CRON', 'every ten minutes'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['PARALLAX_ALLOW_PRIVATE_NETWORKS', 'maybe'],
    ['DISCORD_API_URL', 'not a url'],
    ['DISCORD_GUILD_ID', 'my-guild'],
    ['PARALLAX_MAX_BODY_BYTES', '-5'],
  ])('refuses a wrong %s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: .*got "${value}"`));
  });

  it.each([
    ['TELEGRAM_BOT_TOKEN', '123456:short-but-secret'],
    ['TELEGRAM_WEBHOOK_SECRET', 'has spaces in the secret'],
    ['REDIS_URL', 'http://admin:s3cret-pass@redis.internal:6379'],
  ])('refuses a wrong secret %s without echoing its value', (name, value) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`${name}: .*\\(got <hidden>\\)`));
    expect(message).not.toContain(value);
    expect(message).not.toMatch(/s3cret|short-but-secret|has spaces/);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({ INGEST_CRON: 'x', REDIS_URL: 'y' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/INGEST_CRON/);
      expect((error as Error).message).toMatch(/REDIS_URL/);
    }
  });
});
