import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/domain/source.ts';
import { IDS } from '../support/fake-discord/fake-discord.ts';
import { breakdown, report } from './breakdown-fixture.ts';
import { callback, edit, startBot } from './bot-harness.ts';
import { fakeSubscriptions } from './subscription-fake.ts';

const SOURCES: Source[] = [
  {
    id: 'lantern-post',
    name: 'Lantern Post',
    country: 'DE',
    language: 'de',
    ownership: 'private',
    feeds: ['https://lantern.example/feed'],
  },
  {
    id: 'harbour-radio',
    name: 'Harbour Radio',
    country: 'GB',
    language: 'en',
    ownership: 'public-broadcaster',
    feeds: ['https://harbour.example/rss'],
  },
  { id: 'ferry-times', name: 'Ferry Times @everyone', country: 'DE', language: 'en', feeds: ['https://ferry.example/atom'] },
];
const here = { platform: 'discord' as const, chatId: IDS.channel, threadId: null };
const hostile = breakdown({
  id: 's-hostile',
  headline: '@everyone Harbour <@123> reopens <@&456> @here',
  reports: [report(0, { title: 'Crews @everyone <@&456> cheer' }), { ...report(1), summary: ['The mayor told <@123> and @here to wait.'] }],
});

describe('Discord adapter: sources, subscriptions, permissions and mention safety', () => {
  const subs = fakeSubscriptions(() => ({
    subscriptionId: 'sub-1',
    title: 'Daily harbour briefing',
    since: '2026-11-28T08:00:00Z',
    generatedAt: '2026-11-29T08:00:00Z',
    items: [
      {
        storyId: 's-1',
        headline: 'Ferries inspected <@&456>',
        consensus: 'The harbour reopened.',
        divergence: 'ferries: 12 (Outlet A) vs 15 (Outlet B)',
        outlets: 5,
        independentOutlets: 4,
        countries: ['GB', 'DE'],
        url: 'https://outlet.example/a',
      },
    ],
  }));
  let bot: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    bot = await startBot({
      sources: () => SOURCES,
      subscriptions: subs.services,
      compare: async () => hostile,
      breakdown: async () => hostile,
    });
  });
  afterAll(() => bot.close());

  it('/sources filters by country and answers at once', async () => {
    const answer = await callback(bot.fake, bot.fake.command('sources', { country: 'de' }, { asker: 'member' }));
    expect(answer.type).toBe(4);
    const text = answer.data.embeds[0].description as string;
    expect(answer.data.embeds[0].title).toBe('2 outlets for country DE (of 3)');
    expect(text).toContain('**Lantern Post** — DE, de, private');
    expect(text).not.toContain('Harbour Radio');
  });

  it('/sources with a bad code is refused privately with the validation message', async () => {
    const answer = await callback(bot.fake, bot.fake.command('sources', { country: 'Germany' }, { asker: 'member' }));
    expect(answer.data.flags).toBe(64);
    expect(answer.data.content).toBe('country must be a two-letter code such as DE');
  });

  it('a member without Manage Channels cannot subscribe: refused privately, nothing stored', async () => {
    const answer = await callback(bot.fake, bot.fake.command('subscribe', { topic: 'harbour' }, { asker: 'member' }));
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answer.data.content).toMatch(/^Not allowed: Only moderators/);
    expect(subs.calls.filter((c) => c.method === 'subscribe')).toEqual([]);
  });

  it('/help lists every command, the configuring ones marked with the Discord right', async () => {
    const answer = await callback(bot.fake, bot.fake.command('help', {}, { asker: 'member' }));
    expect(answer.data.embeds[0].title).toBe('Commands');
    const text = answer.data.embeds[0].description as string;
    for (const name of ['compare', 'sources', 'stories', 'subscribe', 'briefing', 'help']) expect(text).toContain(`**/${name}**`);
    expect(text).toMatch(/\*\*\/subscribe\*\* \\<topic\\>.* · \*Manage Channels only\*/);
  });

  it('a moderator subscribes this channel, lists and unsubscribes', async () => {
    const added = await callback(
      bot.fake,
      bot.fake.command('subscribe', { topic: 'harbour', mode: 'daily', time: '07:30', timezone: 'Europe/Berlin' }),
    );
    expect(added.data.flags ?? 0).toBe(0);
    expect(added.data.content).toBe('Subscribed: **"harbour"** — daily briefing at 07:30 Europe/Berlin · id `sub-1`');
    const call = subs.calls.find((c) => c.method === 'subscribe')!;
    expect(call.channel).toEqual(here);
    expect(call.by).toEqual({ platform: 'discord', userId: IDS.moderator, name: 'moderator' });
    const listed = await callback(bot.fake, bot.fake.command('subscriptions', {}, { asker: 'member' }));
    expect(listed.data.embeds[0].description).toContain('**"harbour"** — daily briefing at 07:30');
    const refused = await callback(bot.fake, bot.fake.command('unsubscribe', { topic: 'harbour' }, { asker: 'member' }));
    expect(refused.data.content).toMatch(/^Not allowed/);
    const suggested = await callback(bot.fake, bot.fake.command('unsubscribe', { topic: 'HAR' }, { focused: 'topic' }));
    expect(suggested.data.choices).toEqual([{ name: 'harbour', value: 'sub-1' }]);
    const bare = await callback(bot.fake, bot.fake.command('unsubscribe', {}));
    expect(bare.data.embeds[0]).toMatchObject({
      title: 'Nothing removed; this channel follows',
      description: expect.stringContaining('`/unsubscribe all`'),
    });
    expect(subs.calls.some((c) => c.method === 'unsubscribe')).toBe(false);
    const removed = await callback(bot.fake, bot.fake.command('unsubscribe', { topic: 'harbour' }));
    expect(removed.data.embeds[0]).toMatchObject({ title: 'Removed', description: expect.stringMatching(/^\*\*"harbour"\*\* — /) });
    const empty = await callback(bot.fake, bot.fake.command('subscriptions', {}, { asker: 'member' }));
    expect(empty.data.content).toMatch(/follows nothing yet/);
  });

  it('a subscription made in a thread belongs to the parent channel and the thread, cached or fetched', async () => {
    await callback(bot.fake, bot.fake.command('subscribe', { topic: 'ferries' }, { channelId: IDS.thread }));
    await callback(bot.fake, bot.fake.command('subscribe', { topic: 'tunnel' }, { channelId: IDS.archivedThread }));
    const channels = subs.calls
      .filter((c) => c.method === 'subscribe')
      .slice(-2)
      .map((c) => c.channel);
    expect(channels).toEqual([
      { platform: 'discord', chatId: IDS.channel, threadId: IDS.thread },
      { platform: 'discord', chatId: IDS.otherChannel, threadId: IDS.archivedThread },
    ]);
    expect(bot.fake.callsTo('GET', new RegExp(`^/channels/${IDS.archivedThread}$`))).toHaveLength(1);
  });

  it('/briefing defers, then shows the briefing as an embed', async () => {
    const id = bot.fake.command('briefing', {});
    expect((await callback(bot.fake, id)).type).toBe(5);
    const body = await edit(bot.fake, id, (b) => b.embeds?.length > 0);
    expect(body.embeds[0].title).toBe('Daily harbour briefing');
    expect(body.embeds[0].fields[0].name).toBe('1. Ferries inspected \\<@&456\\>');
    expect(body.embeds[0].fields[0].value).toContain('🇬🇧 🇩🇪');
  });

  it('every message body sent carries allowed_mentions { parse: [] }, even for hostile feed text', async () => {
    const id = bot.fake.command('compare', { topic: '@everyone harbour' });
    await edit(bot.fake, id, (b) => b.embeds?.length > 0);
    await callback(bot.fake, bot.fake.press('px:div:s-hostile:0', bot.fake.id()));
    await bot.adapter.publisher.send(here, { kind: 'breakdown', breakdown: hostile });
    const bodies = bot.fake.calls
      .map((c) => (c.path.endsWith('/callback') ? c.body?.data : c.body))
      .filter((b) => b && typeof b === 'object' && ('content' in b || 'embeds' in b));
    expect(bodies.length).toBeGreaterThanOrEqual(12);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
    const posted = bot.fake.callsTo('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).at(-1)!.body;
    expect(posted.embeds[0].title).toBe('@everyone Harbour \\<@123\\> reopens \\<@&456\\> @here');
  });
});
