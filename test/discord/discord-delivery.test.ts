import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBase } from '../../src/adapters/discord/discord-adapter.ts';
import { IDS } from '../support/fake-discord/fake-discord.ts';
import { breakdown } from './breakdown-fixture.ts';
import { startBot } from './bot-harness.ts';

const channel = { platform: 'discord' as const, chatId: IDS.channel, threadId: null };
const other = { platform: 'discord' as const, chatId: IDS.otherChannel, threadId: null };
const payload = { kind: 'breakdown' as const, breakdown: breakdown({ outlets: 4 }) };
const messagesOf = (id: string) => new RegExp(`^/channels/${id}/messages$`);

describe('Discord publisher and channel events against the fake Discord', () => {
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    bot = await startBot({}, { guildId: IDS.guild });
  });
  afterAll(() => bot.close());

  it('registers commands to DISCORD_GUILD_ID when one is set', () => {
    expect(bot.fake.callsTo('PUT', /commands$/).map((c) => c.path)).toEqual([
      `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    ]);
  });

  it('posts a breakdown to a subscribed channel and edits it in place', async () => {
    const sent = await bot.adapter.publisher.send(channel, payload);
    expect(sent.kind).toBe('sent');
    const ids = sent.kind === 'sent' ? sent.messageIds : [];
    const post = bot.fake.callsTo('POST', messagesOf(IDS.channel)).at(-1)!;
    expect(post.body.embeds[0].title).toBe(payload.breakdown.story.headline);
    expect(await bot.adapter.publisher.edit(channel, ids, payload)).toEqual({ kind: 'sent', messageIds: ids });
    expect(bot.fake.callsTo('PATCH', new RegExp(`^/channels/${IDS.channel}/messages/${ids[0]}$`))).toHaveLength(1);
  });

  it('posts a briefing as an embed with a field per story', async () => {
    const briefing = {
      subscriptionId: 'sub-1',
      title: 'Harbour briefing',
      since: null,
      generatedAt: '2026-11-29T08:00:00Z',
      items: [
        {
          storyId: 's-1',
          headline: 'Ferries inspected',
          consensus: null,
          divergence: null,
          outlets: 4,
          independentOutlets: 3,
          countries: ['FR'],
          url: null,
        },
      ],
    };
    expect((await bot.adapter.publisher.send(channel, { kind: 'briefing', briefing })).kind).toBe('sent');
    const body = bot.fake.callsTo('POST', messagesOf(IDS.channel)).at(-1)!.body;
    expect(body.embeds[0].title).toBe('Harbour briefing');
    expect(body.embeds[0].fields).toEqual([{ name: '1. Ferries inspected', value: '4 outlets, 3 independent · 🇫🇷 · `/compare s-1`' }]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('waits out a 429 as discord.js does and the message still arrives', async () => {
    bot.fake.fail({ method: 'POST', path: messagesOf(IDS.channel), status: 429, retryAfter: 0.5 });
    const before = bot.fake.callsTo('POST', messagesOf(IDS.channel)).length;
    const started = Date.now();
    const result = await bot.adapter.publisher.send(channel, payload);
    expect(result.kind).toBe('sent');
    const [limited, retried] = bot.fake.callsTo('POST', messagesOf(IDS.channel)).slice(before);
    expect(retried).toBeDefined();
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(450);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
  });

  it('maps 403 Missing Access, 403 Missing Permissions and 404 Unknown Channel to gone', async () => {
    bot.fake.fail({ method: 'POST', path: messagesOf(IDS.channel), status: 403 });
    expect(await bot.adapter.publisher.send(channel, payload)).toMatchObject({ kind: 'gone', reason: expect.stringContaining('50001') });
    bot.fake.fail({ method: 'POST', path: messagesOf(IDS.channel), status: 403, code: 50013, message: 'Missing Permissions' });
    expect(await bot.adapter.publisher.send(channel, payload)).toMatchObject({ kind: 'gone', reason: expect.stringContaining('50013') });
    const missing = { platform: 'discord' as const, chatId: '400000000000000099', threadId: null };
    expect(await bot.adapter.publisher.send(missing, payload)).toMatchObject({ kind: 'gone', reason: expect.stringContaining('10003') });
  });

  it('an edit of a deleted message fails without declaring the channel gone', async () => {
    bot.fake.fail({ method: 'PATCH', path: /^\/channels\/\d+\/messages\/\d+$/, status: 404, code: 10008, message: 'Unknown Message' });
    expect(await bot.adapter.publisher.edit(channel, ['500000000000000777'], payload)).toMatchObject({ kind: 'failed' });
  });

  it('a wait longer than a minute becomes retry instead of blocking the sender', async () => {
    bot.fake.fail({ method: 'POST', path: messagesOf(IDS.otherChannel), status: 429, retryAfter: 120 });
    expect(await bot.adapter.publisher.send(other, payload)).toMatchObject({ kind: 'retry', afterSeconds: expect.any(Number) });
  });

  it('a post into a thread goes to the thread', async () => {
    const result = await bot.adapter.publisher.send({ platform: 'discord', chatId: IDS.channel, threadId: IDS.thread }, payload);
    expect(result.kind).toBe('sent');
    expect(bot.fake.callsTo('POST', messagesOf(IDS.thread))).toHaveLength(1);
  });

  it('reports a deleted thread, a deleted channel, then every channel of a server the bot was removed from', async () => {
    bot.fake.deleteThread(IDS.thread, IDS.channel);
    await bot.fake.waitFor(() => bot.gone.length === 1);
    expect(bot.gone[0]).toEqual({ channel: { ...channel, threadId: IDS.thread }, reason: 'thread deleted' });
    bot.fake.deleteChannel(IDS.channel);
    await bot.fake.waitFor(() => bot.gone.length === 2);
    expect(bot.gone[1]).toEqual({ channel, reason: 'channel deleted' });
    bot.fake.leaveGuild();
    await bot.fake.waitFor(() => bot.gone.length === 3);
    expect(bot.gone[2]).toEqual({ channel: other, reason: 'bot removed from the server' });
    await new Promise((r) => setTimeout(r, 50));
    expect(bot.gone).toHaveLength(3);
  });

  it('a deleted channel also takes its active threads', async () => {
    const fresh = await startBot();
    try {
      fresh.fake.deleteChannel(IDS.channel);
      await fresh.fake.waitFor(() => fresh.gone.length === 2);
      expect(fresh.gone.map((g) => g.channel)).toEqual([channel, { ...channel, threadId: IDS.thread }]);
    } finally {
      await fresh.close();
    }
  });
});

describe('DISCORD_API_URL', () => {
  it('accepts the base with or without a version', () => {
    expect(apiBase('http://127.0.0.1:9000/api/v10/')).toBe('http://127.0.0.1:9000/api');
    expect(apiBase('https://discord.com/api')).toBe('https://discord.com/api');
  });
});
