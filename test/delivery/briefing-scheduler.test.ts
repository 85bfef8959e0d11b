import { describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { BriefingScheduler } from '../../src/delivery/briefing-scheduler.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews } from '../support/delivery-news.ts';
import { memoryStore } from '../support/delivery-store.ts';

const actor = { platform: 'telegram' as const, userId: '1', name: 'Ana' };
const berlin: ChannelRef = { platform: 'telegram', chatId: '1', threadId: null };
const newYork: ChannelRef = { platform: 'telegram', chatId: '2', threadId: null };

/** Runs the scheduler every minute from `from` to `to` (a cron tick), refreshing the news each hour. */
async function runMinutes({ from, to }: { from: string; to: string }) {
  const clock = new ManualClock(Date.parse(from));
  const store = memoryStore();
  const news = new FixtureNews();
  const book = new SubscriptionBook({ store, clock });
  const outbox = new Outbox({ store, clock });
  const scheduler = new BriefingScheduler({
    outbox,
    coordinator: new MemoryCoordinator(clock),
    owner: 'me',
    news,
    subscriptions: book,
    clock,
    log: silentLogger,
  });
  await book.subscribe(berlin, { topic: 'harbour', mode: 'daily', time: '02:30', timezone: 'Europe/Berlin' }, actor);
  await book.subscribe(newYork, { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'America/New_York' }, actor);
  for (let hour = 0; clock.now() <= Date.parse(to); clock.advance(60_000)) {
    if (clock.now() >= Date.parse(from) + hour * 3_600_000) {
      const at = new Date(clock.now()).toISOString();
      news.put({
        id: `h${hour}`,
        headline: `Harbour report ${hour}`,
        text: 'The harbour reopened.',
        firstSeen: at,
        lastUpdated: at,
        reports: [
          { outlet: 'A', country: 'DE' },
          { outlet: 'B', country: 'US' },
        ],
      });
      hour++;
    }
    await scheduler.tick();
  }
  return (await outbox.all())
    .map((r) => ({
      chat: r.channel.chatId,
      at: new Date(r.createdAt).toISOString(),
      items: r.payload.kind === 'briefing' ? r.payload.briefing.items.length : 0,
    }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

describe('BriefingScheduler', () => {
  it('sends each daily briefing once a day at its local time in two timezones across the spring-forward change', async () => {
    const sent = await runMinutes({ from: '2026-03-27T12:00:00Z', to: '2026-03-31T12:00:00Z' });
    expect(sent.filter((s) => s.chat === '1').map((s) => s.at)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
      '2026-03-31T00:30:00.000Z',
    ]);
    expect(sent.filter((s) => s.chat === '2').map((s) => s.at)).toEqual([
      '2026-03-28T12:00:00.000Z',
      '2026-03-29T12:00:00.000Z',
      '2026-03-30T12:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
    ]);
    expect(sent.every((s) => s.items > 0 && s.items <= 5)).toBe(true);
  });

  it('runs once on each fall-back day (02:30 happens twice in Berlin) and follows New York back to winter time', async () => {
    const sent = await runMinutes({ from: '2026-10-24T12:00:00Z', to: '2026-11-02T14:00:00Z' });
    const berlinDays = sent.filter((s) => s.chat === '1').map((s) => s.at);
    expect(berlinDays.slice(0, 3)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z', '2026-10-27T01:30:00.000Z']);
    expect(berlinDays).toHaveLength(9);
    expect(
      sent
        .filter((s) => s.chat === '2')
        .map((s) => s.at)
        .slice(-3),
    ).toEqual(['2026-10-31T12:00:00.000Z', '2026-11-01T13:00:00.000Z', '2026-11-02T13:00:00.000Z']);
  });

  it('builds each story once per tick however many subscriptions are due together', async () => {
    const clock = new ManualClock(Date.parse('2026-03-02T07:59:00Z'));
    const store = memoryStore();
    const news = new FixtureNews(
      ['a', 'b', 'c'].map((id) => ({
        id,
        headline: `Harbour story ${id}`,
        text: 'The harbour reopened.',
        firstSeen: '2026-03-02T06:00:00Z',
        lastUpdated: '2026-03-02T07:00:00Z',
        reports: [{ outlet: `${id}1` }, { outlet: `${id}2` }],
      })),
    );
    const book = new SubscriptionBook({ store, clock });
    const scheduler = new BriefingScheduler({
      outbox: new Outbox({ store, clock }),
      coordinator: new MemoryCoordinator(clock),
      owner: 'me',
      news,
      subscriptions: book,
      clock,
      log: silentLogger,
    });
    for (let i = 0; i < 40; i++)
      await book.subscribe(
        { platform: 'telegram', chatId: String(i), threadId: null },
        { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'UTC' },
        actor,
      );
    clock.advance(60_000);
    expect(await scheduler.tick()).toBe(40);
    expect(news.breakdownCalls).toBe(3);
  });
});
