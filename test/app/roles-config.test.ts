import { describe, expect, it } from 'vitest';
import { roleWarnings, rolesOf } from '../../src/cli/roles.ts';
import { loadConfig } from '../../src/config/config.ts';

/** PARALLAX_ROLES, DISCORD_SHARDS and the HTTP settings as the configuration reads them (issue 16). */
describe('deployment settings', () => {
  it('runs every role when PARALLAX_ROLES is unset, and exactly the listed ones (trimmed, any case, once) when set', () => {
    expect(rolesOf(loadConfig({}))).toEqual({
      roles: new Set(['ingest', 'deliver', 'discord', 'telegram', 'terminal', 'web']),
      explicit: false,
    });
    expect(rolesOf(loadConfig({ PARALLAX_ROLES: ' Deliver, web ,deliver' }))).toEqual({
      roles: new Set(['deliver', 'web']),
      explicit: true,
    });
  });

  it('refuses an unknown or empty role list with a message naming the variable and the roles', () => {
    expect(() => loadConfig({ PARALLAX_ROLES: 'ingest,sender' })).toThrow(
      /PARALLAX_ROLES: each role must be one of ingest, deliver, discord, telegram, terminal, web \(got "ingest,sender"\)/,
    );
    expect(() => loadConfig({ PARALLAX_ROLES: ' , ' })).toThrow(/PARALLAX_ROLES: must list at least one of/);
  });

  it('takes DISCORD_SHARDS as auto or ids below DISCORD_SHARD_COUNT, which a list requires', () => {
    expect(loadConfig({}).DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: '2, 0', DISCORD_SHARD_COUNT: '4' })).toMatchObject({
      DISCORD_SHARDS: [2, 0],
      DISCORD_SHARD_COUNT: 4,
    });
    expect(() => loadConfig({ DISCORD_SHARDS: '0,1' })).toThrow(/DISCORD_SHARD_COUNT: must be set when DISCORD_SHARDS lists shard ids/);
    expect(() => loadConfig({ DISCORD_SHARDS: '0,4', DISCORD_SHARD_COUNT: '4' })).toThrow(
      /DISCORD_SHARDS: shard ids must be below DISCORD_SHARD_COUNT \(4\); 4 is not/,
    );
    expect(() => loadConfig({ DISCORD_SHARDS: 'first' })).toThrow(/DISCORD_SHARDS: must be "auto" or shard ids such as "0,1"/);
  });

  it('reads HTTP_PORT (0 allowed) and HTTP_HOST, and a key prefix of safe characters', () => {
    expect(loadConfig({})).toMatchObject({ HTTP_HOST: '0.0.0.0', REDIS_KEY_PREFIX: 'parallax' });
    expect(loadConfig({}).HTTP_PORT).toBeUndefined();
    expect(loadConfig({ HTTP_PORT: '0' }).HTTP_PORT).toBe(0);
    expect(() => loadConfig({ HTTP_PORT: '70000' })).toThrow(/HTTP_PORT: must be a port number 0–65535/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX: must be 1–64 characters/);
  });

  it('warns about a platform role without its token, and about roles split without Redis', () => {
    const warnings = (env: Record<string, string>) => {
      const config = loadConfig(env);
      const { roles, explicit } = rolesOf(config);
      return roleWarnings(config, roles, explicit);
    };
    expect(warnings({})).toEqual([]);
    expect(warnings({ PARALLAX_ROLES: 'discord,telegram', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([
      expect.stringMatching(/discord but DISCORD_TOKEN is not set/),
      expect.stringMatching(/telegram but TELEGRAM_BOT_TOKEN is not set/),
    ]);
    expect(warnings({ PARALLAX_ROLES: 'deliver' })).toEqual([expect.stringMatching(/REDIS_URL is not set/)]);
  });
});
