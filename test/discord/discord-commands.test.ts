import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Breakdown } from '../../src/domain/breakdown.ts';
import { IDS } from '../support/fake-discord/fake-discord.ts';
import { breakdown } from './breakdown-fixture.ts';
import { callback, callsFor, edit, startBot } from './bot-harness.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Discord adapter: start-up and /compare against the fake Discord', () => {
  const stories = new Map<string, Breakdown>();
  let bot: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    bot = await startBot({
      async compare(topic, progress) {
        for (let i = 1; i <= 12; i++) {
          await progress(`Fetching 12 outlets… ${i}/12`);
          await sleep(25);
        }
        const b = breakdown({ outlets: 30, sentences: 4, words: 40, headline: `Lantern Harbour: ${topic}` });
        stories.set(b.story.id, b);
        return b;
      },
      breakdown: async (id) => stories.get(id) ?? null,
      stories: async () =>
        Array.from({ length: 40 }, (_, i) => ({
          id: `s-${String(i).padStart(12, '0')}`,
          headline: `Harbour story number ${i} ${'with a long tail '.repeat(i % 3 === 0 ? 8 : 0)}`,
          articles: 3,
          outlets: 2 + i,
          lastUpdated: '2026-11-29T12:00:00Z',
        })),
    });
  });
  afterAll(() => bot.close());

  it('connects through GET /gateway/bot with v10 JSON, identifies with the Guilds intent only, and registers every command globally', () => {
    expect(bot.fake.callsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    expect(bot.fake.gateway.connections[0]).toBe('?v=10&encoding=json');
    expect(bot.fake.gateway.identifies).toEqual([{ token: 'fake-bot-token', intents: 1, shard: [0, 1] }]);
    const [put] = bot.fake.callsTo('PUT', /^\/applications\/\d+\/commands$/);
    expect(put?.path).toBe(`/applications/${IDS.application}/commands`);
    const byName = Object.fromEntries((put!.body as any[]).map((c) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(['compare', 'sources', 'subscribe', 'unsubscribe', 'subscriptions', 'briefing']),
    );
    expect(byName.compare.options[0]).toMatchObject({ name: 'topic', type: 3, required: true, autocomplete: true });
    expect(byName.compare.default_member_permissions).toBeNull();
    expect(byName.subscribe.default_member_permissions).toBe('16');
    expect(byName.unsubscribe.default_member_permissions).toBe('16');
    expect(byName.subscribe.contexts).toEqual([0]);
    const required = (byName.subscribe.options as any[]).map((o) => o.required);
    expect(required.indexOf(false)).toBeGreaterThan(required.lastIndexOf(true));
  });

  it('/compare defers at once, shows throttled progress, then the breakdown', async () => {
    const id = bot.fake.command('compare', { topic: 'reopening' });
    expect((await callback(bot.fake, id)).type).toBe(5);
    const final = await edit(bot.fake, id, (b) => b.embeds?.length > 0);
    const progress = callsFor(bot.fake, id).filter((c) => c.method === 'PATCH' && /^Fetching 12 outlets… \d+\/12$/.test(c.body.content));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThan(12);
    expect(progress[0]!.body.content).toBe('Fetching 12 outlets… 1/12');
    for (const [a, b] of progress.slice(1).map((c, i) => [progress[i]!, c] as const)) expect(b.at - a.at).toBeGreaterThanOrEqual(90);
    const last = callsFor(bot.fake, id)
      .filter((c) => c.method === 'PATCH')
      .at(-1)!;
    expect(last.body).toBe(final);
    expect(final.content).toBe('');
    expect(final.embeds[0].title).toBe('Lantern Harbour: reopening');
    expect(final.embeds[0].fields[0].name).toBe('🇬🇧 Outlet 0 Daily');
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(final.components[0].components.map((c: any) => c.custom_id)).toEqual([
      'px:out:s-0123456789ab:0',
      'px:out:s-0123456789ab:1',
      'px:div:s-0123456789ab:0',
    ]);
  });

  it('paging buttons update the message with the next page and with all divergences', async () => {
    const press = bot.fake.press('px:out:s-0123456789ab:1', bot.fake.id());
    const next = await callback(bot.fake, press);
    expect(next.type).toBe(7);
    const firstOnPage = next.data.embeds[0].fields[0].name as string;
    expect(firstOnPage).toMatch(/Outlet \d+ Daily/);
    expect(firstOnPage).not.toContain('Outlet 0 Daily');
    expect(next.data.embeds[0].footer.text).toMatch(
      /^Outlets \d+–\d+ of 30 · page 2 of \d+ · \/compare s-[0-9a-f]{12} opens this story again$/,
    );
    expect(next.data.allowed_mentions).toEqual({ parse: [] });
    const div = await callback(bot.fake, bot.fake.press('px:div:s-0123456789ab:0', bot.fake.id()));
    expect(div.type).toBe(7);
    expect(div.data.embeds[0].description).toContain('cause of the delay');
    expect(div.data.embeds[0].description).toContain('Only one outlet reports');
    expect(div.data.components[0].components[0]).toMatchObject({ label: 'Back to outlets', custom_id: 'px:out:s-0123456789ab:0' });
  });

  it('a button on an expired story answers privately', async () => {
    const answer = await callback(bot.fake, bot.fake.press('px:out:s-gone:1', bot.fake.id()));
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answer.data.content).toMatch(/expired/);
  });

  it('autocomplete offers at most 25 current stories, each name within 100 characters', async () => {
    const id = bot.fake.command('compare', { topic: 'harbour' }, { focused: 'topic' });
    const answer = await callback(bot.fake, id);
    expect(answer.type).toBe(8);
    expect(answer.data.choices).toHaveLength(25);
    for (const choice of answer.data.choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(answer.data.choices[0].name).toMatch(/^Harbour story number 0/);
    expect(answer.data.choices[0].value).toBe('s-000000000000');
  });

  it('/help offers the command names as the user types, and explains the one picked', async () => {
    const choices = (await callback(bot.fake, bot.fake.command('help', { command: 'su' }, { focused: 'command' }))).data.choices;
    expect(choices.map((c: any) => c.value)).toEqual(['subscribe', 'subscriptions']);
    const answer = await callback(bot.fake, bot.fake.command('help', { command: 'subscribe' }));
    const embed = answer.data.embeds[0];
    expect(embed.title).toMatch(/^\/subscribe <topic> \[mode=…\]/);
    expect(embed.description).toMatch(/\*\*topic\*\* — Topics, comma-separated.*\* · required\*/);
    expect(embed.description).not.toContain('/compare');
  });

  it('a picked suggestion carries the story id, and /compare with it opens that story without searching', async () => {
    const picked = breakdown({ outlets: 3, headline: 'Harbour story number 7', id: 's-000000000007' });
    stories.set(picked.story.id, picked);
    const choices = (await callback(bot.fake, bot.fake.command('compare', { topic: 'number 7' }, { focused: 'topic' }))).data.choices;
    expect(choices.map((c: any) => c.value)).toEqual(['s-000000000007']);
    const id = bot.fake.command('compare', { topic: choices[0].value });
    const final = await edit(bot.fake, id, (b) => b.embeds?.length > 0);
    expect(final.embeds[0].title).toBe('Harbour story number 7');
    expect(callsFor(bot.fake, id).some((c) => c.method === 'PATCH' && /Fetching/.test(c.body.content ?? ''))).toBe(false);
  });

  it('an interaction Discord no longer knows (expired token) fails quietly and the bot keeps answering', async () => {
    bot.fake.fail({ method: 'POST', path: /\/callback$/, status: 404, code: 10062, message: 'Unknown interaction' });
    const lost = bot.fake.command('compare', { topic: 'too late' });
    await bot.fake.waitFor(() => callsFor(bot.fake, lost).length > 0);
    await sleep(400);
    const answer = await callback(bot.fake, bot.fake.command('compare', { topic: 'harbour' }, { focused: 'topic' }));
    expect(answer.type).toBe(8);
  });
});
