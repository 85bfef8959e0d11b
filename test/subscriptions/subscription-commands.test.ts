import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../commands/command.ts';
import { runCommand } from '../../commands/run-command.ts';
import { briefing } from '../../commands/briefing.ts';
import { pause } from '../../commands/pause.ts';
import { resume } from '../../commands/resume.ts';
import { subscribe } from '../../commands/subscribe.ts';
import { subscriptions } from '../../commands/subscriptions.ts';
import { unsubscribe } from '../../commands/unsubscribe.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { channelSubscriptions } from '../../src/subscriptions/subscription-services.ts';
import { testContext } from '../support/command-context.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews } from '../support/delivery-news.ts';
import { memoryStore } from '../support/delivery-store.ts';

const harbourLedger = { id: 'harbour-ledger', name: 'Harbour Ledger', feeds: ['https://ledger.example/rss'] };

function services() {
  const clock = new ManualClock(Date.parse('2026-03-02T12:00:00Z'));
  const news = new FixtureNews([
    {
      id: 's1',
      headline: 'Dam breach floods valley',
      text: 'Flash floods followed a dam breach in the valley.',
      lastUpdated: '2026-03-02T11:00:00Z',
      firstSeen: '2026-03-02T09:00:00Z',
      consensus: 'The dam gave way at night.',
      reports: [
        { outlet: 'A', country: 'DE' },
        { outlet: 'B', country: 'FR' },
      ],
    },
  ]);
  const book = new SubscriptionBook({ store: memoryStore(), clock });
  return { book, subscriptions: channelSubscriptions({ book, news, clock }) };
}

describe('subscription commands', () => {
  it('refuses configuration to a non-moderator with a clear message and changes nothing', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: false });
    for (const [command, options] of [
      [subscribe, { topic: 'floods' }],
      [unsubscribe, {}],
      [pause, {}],
    ] as const) {
      const result = await runCommand(command, ctx, options);
      expect(result.kind).toBe('refused');
      expect(result.kind === 'refused' && result.message).toMatch(/Only moderators can change what this channel follows/);
    }
    expect(await book.all()).toEqual([]);
  });

  it('lets a moderator subscribe with options, and anyone list and see the briefing', async () => {
    const { subscriptions: subs } = services();
    const { ctx: mod } = testContext({ subscriptions: subs }, { moderator: true });
    const result = await runCommand(subscribe, mod, {
      topic: 'flash floods',
      time: '7:30',
      timezone: 'Europe/Berlin',
      countries: 'DE, fr, -RU',
      languages: 'en,UK',
      min_outlets: '2',
    });
    expect(result).toMatchObject({
      kind: 'subscribed',
      created: true,
      subscription: {
        topics: ['flash floods'],
        mode: 'daily',
        daily: { time: '07:30', timezone: 'Europe/Berlin' },
        minOutlets: 2,
        countries: { include: ['DE', 'FR'], exclude: ['RU'] },
        languages: ['en', 'uk'],
        createdBy: { userId: 'u1', name: 'tester' },
      },
    });
    const { ctx: user } = testContext({ subscriptions: subs }, { moderator: false });
    expect(await runCommand(subscriptions, user, {})).toMatchObject({
      kind: 'subscriptions',
      subscriptions: [{ topics: ['flash floods'] }],
    });
    const shown = await runCommand(briefing, user, {});
    expect(shown).toMatchObject({
      kind: 'briefing',
      briefing: { items: [{ storyId: 's1', consensus: 'The dam gave way at night.', outlets: 2 }] },
    });
  });

  it('reads a city alone as its zone, and a zone in any case', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    for (const [typed, zone] of [
      ['new york', 'America/New_York'],
      ['Berlin', 'Europe/Berlin'],
      ['Indianapolis', 'America/Indiana/Indianapolis'],
      ['europe/KYIV', 'Europe/Kyiv'],
      ['UTC', 'UTC'],
    ]) {
      const result = await runCommand(subscribe, ctx, { topic: `floods ${typed}`, timezone: typed });
      expect(result.kind === 'subscribed' && result.subscription.daily?.timezone).toBe(zone);
    }
    expect(await book.all()).toHaveLength(5);
  });

  it('explains invalid timezones, times and contradictory options', async () => {
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    expect(await runCommand(subscribe, ctx, { topic: 'floods', timezone: 'Mars/Base' })).toEqual({
      kind: 'error',
      message: 'timezone must be an IANA name such as Europe/Berlin, America/New_York or UTC, or a city such as Berlin.',
    });
    // Intl takes these, but BST is Bangladesh to it, EST a fixed UTC-5 (an hour off New York all summer).
    for (const abbreviation of ['BST', 'est', 'IST'])
      expect(await runCommand(subscribe, ctx, { topic: 'floods', timezone: abbreviation })).toEqual({
        kind: 'error',
        message: expect.stringMatching(new RegExp(`^timezone "${abbreviation}" is an abbreviation, .*such as America/New_York`)),
      });
    expect(await runCommand(subscribe, ctx, { topic: 'floods', timezone: 'UTC+2' })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('is an offset, which has no summer time'),
    });
    expect(await runCommand(subscribe, ctx, { topic: 'floods', time: '25:00' })).toEqual({
      kind: 'error',
      message: 'time is a 24-hour HH:MM time, for example 07:30.',
    });
    expect(await runCommand(subscribe, ctx, { topic: 'floods', mode: 'live', time: '08:00' })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('time and timezone are for daily briefings'),
    });
  });

  it('refuses a topic with no word in it and a topic too long, without echoing it', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    expect(await runCommand(subscribe, ctx, { topic: ',,' })).toEqual({
      kind: 'error',
      message: 'Give a topic with a word in it, for example: /subscribe earthquake',
    });
    expect(await runCommand(subscribe, ctx, { topic: '???' })).toMatchObject({ kind: 'error' });
    const long = await runCommand(subscribe, ctx, { topic: 'quake '.repeat(1000) });
    expect(long).toEqual({ kind: 'error', message: 'Keep the topic under 200 characters.' });
    expect(await book.list(ctx.channel)).toEqual([]);
  });

  it('says every topic is paused, not that the channel follows nothing, when /briefing finds only paused ones', async () => {
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    expect(await runCommand(briefing, ctx, {})).toMatchObject({ text: expect.stringContaining('follows nothing yet') });
    await runCommand(subscribe, ctx, { topic: 'floods' });
    await runCommand(pause, ctx, {});
    expect(await runCommand(briefing, ctx, {})).toEqual({
      kind: 'text',
      text: 'Every topic this channel follows is paused, so there is no briefing. /resume starts them again.',
    });
  });

  it('subscribing again to a topic changes what is typed and keeps the rest', async () => {
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    await runCommand(subscribe, ctx, { topic: 'quake', time: '08:00', exclude: 'drill', min_outlets: 2 });
    const again = await runCommand(subscribe, ctx, { topic: 'quake', countries: 'DE' });
    expect(again).toMatchObject({
      kind: 'subscribed',
      created: false,
      subscription: { mode: 'daily', daily: { time: '08:00' }, exclude: ['drill'], minOutlets: 2, countries: { include: ['DE'] } },
    });
    // Typed, a setting changes: here back to live posts.
    expect(await runCommand(subscribe, ctx, { topic: 'quake', mode: 'live' })).toMatchObject({
      subscription: { mode: 'live', daily: null, exclude: ['drill'] },
    });
  });

  it('says a topic is already paused, or not paused, rather than that nothing matches', async () => {
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    await runCommand(subscribe, ctx, { topic: 'floods' });
    expect(await runCommand(resume, ctx, { topic: 'floods' })).toEqual({ kind: 'text', text: '"floods" is not paused.' });
    await runCommand(pause, ctx, { topic: 'floods' });
    expect(await runCommand(pause, ctx, { topic: 'floods' })).toEqual({ kind: 'text', text: '"floods" is already paused.' });
    expect(await runCommand(pause, ctx, {})).toEqual({ kind: 'text', text: 'Every topic here is already paused.' });
    expect(await runCommand(pause, ctx, { topic: 'storms' })).toEqual({
      kind: 'text',
      text: 'No subscription here matching "storms" to pause. /subscriptions lists what this channel follows.',
    });
    // Too few characters of an id to name one.
    expect(await runCommand(resume, ctx, { topic: '4b0ff' })).toEqual({
      kind: 'text',
      text: 'No subscription here matching "4b0ff" to resume. An id needs its first six characters or more (see /subscriptions).',
    });
  });

  it('/unsubscribe with no topic removes nothing and lists the topics; "all" removes every one', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    expect(await runCommand(unsubscribe, ctx, {})).toEqual({ kind: 'unsubscribe-which', subscriptions: [] });
    await runCommand(subscribe, ctx, { topic: 'floods', mode: 'daily', time: '06:45' });
    await runCommand(subscribe, ctx, { topic: 'storms' });
    const asked = await runCommand(unsubscribe, ctx, {});
    expect(asked.kind === 'unsubscribe-which' && asked.subscriptions.map((s) => s.topics[0]).sort()).toEqual(['floods', 'storms']);
    expect((await book.all()).map((s) => s.daily?.time ?? null).sort()).toEqual(['06:45', null]);
    const removed = await runCommand(unsubscribe, ctx, { topic: 'ALL' });
    expect(removed.kind === 'unsubscribed' && removed.removed.map((s) => s.topics[0]).sort()).toEqual(['floods', 'storms']);
    expect(await book.all()).toEqual([]);
  });

  it('/unsubscribe of one topic of several takes that topic out and keeps the rest with their settings', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    await runCommand(subscribe, ctx, { topic: 'election, referendum', exclude: 'football' });
    const removed = await runCommand(unsubscribe, ctx, { topic: 'Election' });
    expect(removed.kind === 'unsubscribed' && removed.removed.map((s) => s.topics)).toEqual([['election']]);
    expect(removed.kind === 'unsubscribed' && removed.kept?.map((s) => s.topics)).toEqual([['referendum']]);
    const [kept] = await book.all();
    expect(kept).toMatchObject({ topics: ['referendum'], exclude: ['football'] });
    expect(kept!.history.at(-1)?.change).toBe('topic removed: election');
    await runCommand(unsubscribe, ctx, { topic: 'referendum' });
    expect(await book.all()).toEqual([]);
  });

  it('names a subscription by the first characters of its id in any case; naming nothing followed lists what is', async () => {
    const { presentResult } = await import('../../src/present/present-result.ts');
    const { lineText } = await import('../../src/present/presentation.ts');
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    await runCommand(subscribe, ctx, { topic: 'harbour fire' });
    await runCommand(subscribe, ctx, { topic: 'storms, floods' });
    const [fire] = (await book.all()).filter((s) => s.topics[0] === 'harbour fire');
    const paused = await runCommand(pause, ctx, { topic: fire!.id.slice(0, 8).toUpperCase() });
    // As the subscription's line shows it ("· id …"), with a full stop copied after it.
    const again = await runCommand(resume, ctx, { topic: `id ${fire!.id}.` });
    expect(again.kind === 'subscriptions' && again.subscriptions.map((s) => s.topics)).toEqual([['harbour fire']]);
    await runCommand(pause, ctx, { topic: fire!.id });
    expect(paused.kind === 'subscriptions' && paused.subscriptions.map((s) => s.topics)).toEqual([['harbour fire']]);
    const missed = await runCommand(unsubscribe, ctx, { topic: 'harbour' });
    expect(missed.kind === 'unsubscribe-which' && missed.unmatched).toBe('harbour');
    if (missed.kind !== 'unsubscribe-which') throw new Error(missed.kind);
    const shown = presentResult(missed);
    expect(shown.heading).toBe('Nothing removed: no topic or id here is "harbour"; this channel follows');
    expect(shown.lines.map(lineText).join('\n')).toContain('"harbour fire"');
    expect(await book.all()).toHaveLength(2);
    // A topic taken out of a subscription that goes on is named alone, without the id still followed.
    const cut = await runCommand(unsubscribe, ctx, { topic: 'floods' });
    if (cut.kind !== 'unsubscribed') throw new Error(cut.kind);
    const lines = presentResult(cut).lines.map(lineText);
    expect(lines[0]).toBe('"floods"');
    expect(lines[1]).toMatch(/^Still followed: "storms" — live, .* · id [0-9a-f]+$/u);
  });

  it('reads one topic once whatever its case, and a time typed with spaces', async () => {
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    const result = await runCommand(subscribe, ctx, { topic: 'quake, Quake, QUAKE', time: ' 7:30 ' });
    expect(result).toMatchObject({ kind: 'subscribed', subscription: { topics: ['quake'], daily: { time: '07:30' } } });
  });
});

describe('a subscription line', () => {
  it('shows the filters it sets, so a briefing that leaves stories out says why', async () => {
    const { subscriptionLine } = await import('../../src/present/subscription-line.ts');
    const { subscriptions: subs } = services();
    const outlets = [
      { ...harbourLedger, country: 'DE' },
      { id: 'volga-daily', name: 'Volga Daily', feeds: ['https://volga.example/rss'], country: 'RU' },
    ];
    const { ctx } = testContext({ subscriptions: subs, sources: () => outlets }, { moderator: true });
    const result = await runCommand(subscribe, ctx, {
      topic: 'floods',
      countries: 'DE, -RU',
      languages: 'en, uk',
      sources: 'harbour-ledger',
    });
    if (result.kind !== 'subscribed') throw new Error(result.kind);
    const text = subscriptionLine(result.subscription)
      .map((span) => span.text)
      .join('');
    expect(text).toContain('· outlets from DE, not RU · sources harbour-ledger · preferring en, uk');
    const excluded = await runCommand(subscribe, ctx, { topic: 'storms', countries: '-RU', sources: '-harbour-ledger' });
    if (excluded.kind !== 'subscribed') throw new Error(excluded.kind);
    expect(
      subscriptionLine(excluded.subscription)
        .map((span) => span.text)
        .join(''),
    ).toContain('· outlets not from RU · sources but harbour-ledger');
  });

  it('reads a mode in any case, and refuses what a daily briefing would drop or a country filter no outlet can pass', async () => {
    const { book, subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs, sources: () => [harbourLedger] }, { moderator: true });
    expect(await runCommand(subscribe, ctx, { topic: 'fire', mode: 'quake', min_outlets: 5 })).toMatchObject({ kind: 'error' });
    expect(await runCommand(subscribe, ctx, { topic: 'fire', mode: 'Daily', min_outlets: 5 })).toEqual({
      kind: 'error',
      message: 'min_outlets is for live posts (a daily briefing lists every story of the day): leave it out, or set mode to live.',
    });
    // No source gives its country: a filter on countries would leave out every report, silently and for good.
    expect(await runCommand(subscribe, ctx, { topic: 'fire', countries: 'DE' })).toEqual({
      kind: 'error',
      message: 'No outlet here gives its country, so a country filter would follow nothing: leave countries out.',
    });
    expect(await book.all()).toEqual([]);
    expect(await runCommand(subscribe, ctx, { topic: 'fire', mode: 'DAILY' })).toMatchObject({
      kind: 'subscribed',
      subscription: { mode: 'daily' },
    });
  });

  it('refuses a country, language or source code nothing has, and a topic it excludes; "any" and "none" clear a filter', async () => {
    const { book, subscriptions: subs } = services();
    const outlets = [
      { ...harbourLedger, country: 'GB' },
      { id: 'volga-daily', name: 'Volga Daily', feeds: ['https://volga.example/rss'], country: 'RU' },
      { id: 'rhein-bote', name: 'Rhein-Bote', feeds: ['https://rhein.example/rss'], country: 'DE' },
    ];
    const { ctx } = testContext({ subscriptions: subs, sources: () => outlets }, { moderator: true });
    const refused = async (options: Record<string, string>) => {
      const result = await runCommand(subscribe, ctx, { topic: 'fire', ...options });
      return result.kind === 'error' ? result.message : `not refused: ${result.kind}`;
    };
    expect(await refused({ countries: 'DE, XX' })).toMatch(/^XX: no such country code/u);
    expect(await refused({ languages: 'de, xx' })).toMatch(/^xx: no such language code/u);
    expect(await refused({ sources: 'harbour-ledger, -nowhere-news' })).toBe(
      'No source here has the id nowhere-news: /sources lists them.',
    );
    expect(await refused({ exclude: 'smoke, Fire' })).toMatch(/^exclude leaves out the stories the topic names/u);
    for (const [topic, exclude] of [
      ['harbour fire', 'fire'],
      ['earthquake', 'earthquakes'],
      ['election, referendum', 'referendums'],
    ])
      expect(await runCommand(subscribe, ctx, { topic, exclude })).toMatchObject({
        kind: 'error',
        message: expect.stringMatching(/^exclude leaves out the stories the topic names/u),
      });
    expect(await book.all()).toEqual([]);
    await runCommand(subscribe, ctx, { topic: 'fire', countries: 'uk, -RU', languages: 'en', sources: 'harbour-ledger', exclude: 'drill' });
    expect(await book.all()).toMatchObject([{ countries: { include: ['GB'], exclude: ['RU'] }, exclude: ['drill'] }]);
    await runCommand(subscribe, ctx, { topic: 'fire', countries: 'any', languages: 'ANY', sources: 'all', exclude: 'none' });
    expect(await book.all()).toMatchObject([
      { countries: { include: [], exclude: [] }, languages: [], sources: { include: [], exclude: [] }, exclude: [] },
    ]);
  });

  it('refuses a country no outlet is from, though Intl names it ("UN", "EU")', async () => {
    const { book, subscriptions: subs } = services();
    const outlets = [
      { ...harbourLedger, country: 'DE' },
      { id: 'thames-post', name: 'Thames Post', feeds: ['https://post.example/rss'], country: 'GB' },
    ];
    const { ctx } = testContext({ subscriptions: subs, sources: () => outlets }, { moderator: true });
    for (const countries of ['UN', 'DE, EU', '-FR'])
      expect(await runCommand(subscribe, ctx, { topic: 'fire', countries })).toMatchObject({
        kind: 'error',
        message: expect.stringMatching(/^No outlet here is from (UN|EU|FR): \/sources lists the outlets and their countries\.$/u),
      });
    expect(await book.all()).toEqual([]);
    expect(await runCommand(subscribe, ctx, { topic: 'fire', countries: 'uk, de' })).toMatchObject({ kind: 'subscribed' });
  });

  it('says "1 independent outlet", and heads what /pause and /resume changed as such', async () => {
    const { subscriptionLine } = await import('../../src/present/subscription-line.ts');
    const { presentResult } = await import('../../src/present/present-result.ts');
    const { subscriptions: subs } = services();
    const { ctx } = testContext({ subscriptions: subs }, { moderator: true });
    const result = await runCommand(subscribe, ctx, { topic: 'floods', min_outlets: 1 });
    if (result.kind !== 'subscribed') throw new Error(result.kind);
    expect(
      subscriptionLine(result.subscription)
        .map((span) => span.text)
        .join(''),
    ).toContain('live, from 1 independent outlet ');
    // A new live subscription says when it posts: a story already reported comes with its next report.
    const text = (r: CommandResult) =>
      r.kind === 'subscribed' ? presentResult(r).lines.map((l) => l.map((span) => span.text).join('')) : [];
    expect(text(result)[1]).toBe(
      'Stories are posted here as new reports come in, once they have 1 independent outlet; what matches now is in /briefing.',
    );
    expect(text(await runCommand(subscribe, ctx, { topic: 'floods', min_outlets: 2 }))).toHaveLength(1);
    const paused = await runCommand(pause, ctx, { topic: 'floods' });
    expect(paused.kind === 'subscriptions' && presentResult(paused).heading).toBe('Paused');
    const resumed = await runCommand(resume, ctx, { topic: 'floods' });
    expect(resumed.kind === 'subscriptions' && presentResult(resumed).heading).toBe('Resumed');
  });
});
