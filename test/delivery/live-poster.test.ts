import { describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { LivePoster } from '../../src/delivery/live-poster.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews, type FixtureStory } from '../support/delivery-news.ts';
import { memoryStore } from '../support/delivery-store.ts';

const actor = { platform: 'discord' as const, userId: '1', name: 'Ana' };
const channel: ChannelRef = { platform: 'discord', chatId: '77', threadId: null };
const quake = (outlets: { outlet: string; country?: string; independent?: boolean; text?: string }[]): FixtureStory => ({
  id: 'q1',
  headline: 'Earthquake hits coastal town',
  text: 'An earthquake of magnitude 6 hit the town.',
  reports: outlets,
});

function setup(stories: FixtureStory[]) {
  const clock = new ManualClock();
  const store = memoryStore();
  const news = new FixtureNews(stories);
  const book = new SubscriptionBook({ store, clock });
  const outbox = new Outbox({ store, clock });
  const poster = new LivePoster({
    outbox,
    coordinator: new MemoryCoordinator(clock),
    owner: 'me',
    news,
    subscriptions: book,
    log: silentLogger,
  });
  return { news, book, outbox, poster };
}

describe('LivePoster', () => {
  it('waits for the minimum of independent outlets, then queues one record that later versions update', async () => {
    const { news, book, outbox, poster } = setup([quake([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C', independent: false }])]);
    await book.subscribe(channel, { topic: 'earthquake', mode: 'live' }, actor);
    expect(await poster.storiesChanged(['q1'])).toBe(0);
    news.put(quake([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C', independent: false }, { outlet: 'D' }]));
    expect(await poster.storiesChanged(['q1'])).toBe(1);
    expect(await poster.storiesChanged(['q1'])).toBe(0);
    news.put(quake([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'D' }, { outlet: 'E' }]));
    expect(await poster.storiesChanged(['q1'])).toBe(1);
    const records = await outbox.all();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ subject: 'story:q1', version: 4, state: 'pending' });
  });

  it('updates the post when the story shows other outlets, fewer included, and posts no story that never reached the minimum', async () => {
    const { news, book, outbox, poster } = setup([quake([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }, { outlet: 'D' }])]);
    await book.subscribe(channel, { topic: 'earthquake', mode: 'live' }, actor);
    expect(await poster.storiesChanged(['q1'])).toBe(1);
    // Two of its reports went to another story: the post must not keep showing them.
    news.put(quake([{ outlet: 'A' }, { outlet: 'B' }]));
    expect(await poster.storiesChanged(['q1'])).toBe(1);
    expect((await outbox.all())[0]).toMatchObject({ version: 5, shows: 'A\nB', state: 'pending' });
    // As many outlets as before, but another one: an update too; the same outlets again are none.
    news.put(quake([{ outlet: 'A' }, { outlet: 'E' }]));
    expect(await poster.storiesChanged(['q1'])).toBe(1);
    expect(await poster.storiesChanged(['q1'])).toBe(0);
    expect((await outbox.all())[0]).toMatchObject({ version: 6, shows: 'A\nE' });
    // A story under the minimum that was never posted is not posted.
    news.put({ ...quake([{ outlet: 'A' }, { outlet: 'B' }]), id: 'q2' });
    expect(await poster.storiesChanged(['q2'])).toBe(0);
    expect(await outbox.all()).toHaveLength(1);
  });

  it('posts no story that mentions the topic in passing, and one about it', async () => {
    const filler = 'The quake damaged the harbour. Schools stay closed on Monday. Roads reopened by noon.';
    const passing = quake([
      { outlet: 'A' },
      { outlet: 'B' },
      { outlet: 'C' },
      { outlet: 'D', text: `An earthquake of magnitude 6 hit the town. ${filler} The mayor's election is next spring.` },
    ]);
    const { news, book, outbox, poster } = setup([passing]);
    await book.subscribe(channel, { topic: 'election', mode: 'live' }, actor);
    expect(await poster.storiesChanged(['q1'])).toBe(0);
    expect(await outbox.all()).toEqual([]);
    news.put({ ...passing, id: 'v1', headline: 'Town votes in a snap election', text: 'Polls opened at dawn.' });
    expect(await poster.storiesChanged(['v1'])).toBe(1);
  });

  it('skips stories that miss the topic, hit an exclusion or come from excluded countries, without building breakdowns for misses', async () => {
    const four = [
      { outlet: 'A', country: 'RU' },
      { outlet: 'B', country: 'RU' },
      { outlet: 'C', country: 'DE' },
      { outlet: 'D', country: 'FR' },
    ];
    const { news, book, outbox, poster } = setup([
      quake(four),
      { id: 'f1', headline: 'Football final tonight', text: 'The final is tonight.', reports: four },
    ]);
    await book.subscribe(channel, { topic: 'earthquake', mode: 'live', countries: { include: [], exclude: ['RU'] } }, actor);
    await book.subscribe(channel, { topic: 'final', exclude: ['football'], mode: 'live' }, actor);
    expect(await poster.storiesChanged(['q1', 'f1'])).toBe(0);
    expect(news.breakdownCalls).toBe(1);
    expect(await outbox.all()).toEqual([]);
  });
});
