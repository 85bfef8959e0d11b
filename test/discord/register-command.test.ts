import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { registerCommand } from '../../src/cli/register-command.ts';
import { FakeDiscord, IDS } from '../support/fake-discord/fake-discord.ts';

function io(env: Record<string, string>) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  return { io: { stdout, stderr: new PassThrough(), env: { PARALLAX_DATA_DIR: '/tmp/none', ...env } }, out: () => out };
}

describe('parallax register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.close());

  it('registers every command globally, asking the API for the application id', async () => {
    const run = io({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_API_URL: fake.apiUrl });
    expect(await registerCommand([], run.io)).toBe(0);
    const [put] = fake.callsTo('PUT', /commands$/);
    expect(fake.callsTo('GET', /^\/applications\/@me$/)).toHaveLength(1);
    expect(put!.path).toBe(`/applications/${IDS.application}/commands`);
    expect((put!.body as { name: string }[]).map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(run.out()).toContain(`Registered ${commands.length} slash commands for application ${IDS.application}, global`);
  });

  it('registers to one guild with DISCORD_GUILD_ID and DISCORD_APPLICATION_ID', async () => {
    const run = io({
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_API_URL: `${fake.apiUrl}/v10`,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
    });
    expect(await registerCommand([], run.io)).toBe(0);
    expect(fake.callsTo('PUT', /commands$/).at(-1)!.path).toBe(`/applications/${IDS.application}/guilds/${IDS.guild}/commands`);
  });

  it('refuses without a token', async () => {
    await expect(registerCommand([], io({}).io)).rejects.toThrow(/DISCORD_TOKEN is not set/);
  });
});
