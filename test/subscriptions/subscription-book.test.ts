import { describe, expect, it } from 'vitest';
import type { Actor, ChannelRef } from '../../src/domain/channel.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { memoryStore } from '../support/delivery-store.ts';

const channel: ChannelRef = { platform: 'telegram', chatId: '-100123', threadId: null };
const other: ChannelRef = { platform: 'discord', chatId: '555', threadId: '9' };
const ana: Actor = { platform: 'telegram', userId: '1', name: 'Ana' };
const ben: Actor = { platform: 'telegram', userId: '2', name: 'Ben' };

function setup() {
  const clock = new ManualClock(Date.parse('2026-03-01T10:00:00Z'));
  return { clock, book: new SubscriptionBook({ store: memoryStore(), clock }) };
}

describe('SubscriptionBook', () => {
  it('creates a subscription with defaults and records who created it', async () => {
    const { book } = setup();
    const { subscription, created } = await book.subscribe(channel, { topic: 'earthquake, tsunami', mode: 'live' }, ana);
    expect(created).toBe(true);
    expect(subscription).toMatchObject({
      topics: ['earthquake', 'tsunami'],
      mode: 'live',
      minOutlets: 3,
      maxStories: 5,
      daily: null,
      createdBy: ana,
      paused: null,
    });
    expect(subscription.history).toEqual([{ at: '2026-03-01T10:00:00.000Z', by: ana, change: 'subscribed to earthquake, tsunami (live)' }]);
  });

  it('changes the subscription with the same topics instead of adding one, and records the change', async () => {
    const { book, clock } = setup();
    await book.subscribe(channel, { topic: 'Earthquake', mode: 'live' }, ana);
    clock.advance(60_000);
    const { subscription, created } = await book.subscribe(
      channel,
      { topic: 'earthquake', mode: 'daily', time: '07:30', timezone: 'Europe/Kyiv' },
      ben,
    );
    expect(created).toBe(false);
    expect(await book.list(channel)).toHaveLength(1);
    expect(subscription.daily).toEqual({ time: '07:30', timezone: 'Europe/Kyiv' });
    expect(subscription.updatedBy).toEqual(ben);
    expect(subscription.history[1]).toMatchObject({ at: '2026-03-01T10:01:00.000Z', by: ben });
    expect(subscription.history[1]!.change).toContain('mode "live" → "daily"');
  });

  it('pauses, resumes and removes by topic or id, only in the given channel', async () => {
    const { book } = setup();
    const { subscription: a } = await book.subscribe(channel, { topic: 'floods', mode: 'live' }, ana);
    await book.subscribe(channel, { topic: 'elections', mode: 'live' }, ana);
    await book.subscribe(other, { topic: 'floods', mode: 'live' }, ana);
    const paused = await book.pause(channel, 'FLOODS', ben);
    expect(paused.map((s) => s.id)).toEqual([a.id]);
    expect(paused[0]!.paused).toMatchObject({ by: ben, reason: 'paused by Ben' });
    expect((await book.resume(channel, a.id, ana))[0]!.paused).toBeNull();
    expect((await book.unsubscribe(channel, null, ana)).map((s) => s.topics[0]).sort()).toEqual(['elections', 'floods']);
    expect(await book.list(channel)).toEqual([]);
    expect(await book.list(other)).toHaveLength(1);
  });

  it('applies channel events: paused with the reason, moved with history, gone removes', async () => {
    const { book } = setup();
    await book.subscribe(channel, { topic: 'floods', mode: 'live' }, ana);
    await book.channelPaused(channel, 'bot was blocked');
    const [paused] = await book.list(channel);
    expect(paused!.paused).toMatchObject({ reason: 'bot was blocked', by: null });
    const moved: ChannelRef = { platform: 'telegram', chatId: '-100999', threadId: null };
    await book.channelMoved(channel, moved);
    expect(await book.list(channel)).toEqual([]);
    const [after] = await book.list(moved);
    expect(after!.history.at(-1)!.change).toBe('moved from telegram:-100123 to telegram:-100999');
    await book.channelGone(moved, 'chat deleted');
    expect(await book.all()).toEqual([]);
  });

  it('applies a chat-wide event to every thread of the chat, and nothing to other chats', async () => {
    const { book } = setup();
    const topic = (threadId: string | null): ChannelRef => ({ platform: 'telegram', chatId: '-100123', threadId });
    await book.subscribe(topic(null), { topic: 'floods', mode: 'live' }, ana);
    await book.subscribe(topic('7'), { topic: 'elections', mode: 'live' }, ana);
    await book.subscribe(topic('8'), { topic: 'storms', mode: 'live' }, ana);
    await book.subscribe({ platform: 'telegram', chatId: '-100456', threadId: '7' }, { topic: 'floods', mode: 'live' }, ana);

    await book.channelPaused(topic('8'), 'no rights in topic 8');
    expect((await book.all()).filter((s) => s.paused).map((s) => s.topics[0])).toEqual(['storms']);

    await book.channelMoved(topic(null), { platform: 'telegram', chatId: '-100999', threadId: null });
    const moved = (await book.all()).filter((s) => s.channel.chatId === '-100999');
    expect(moved.map((s) => [s.topics[0], s.channel.threadId]).sort()).toEqual([
      ['elections', '7'],
      ['floods', null],
      ['storms', '8'],
    ]);

    await book.channelGone({ platform: 'telegram', chatId: '-100999', threadId: null }, 'bot removed');
    expect((await book.all()).map((s) => s.channel.chatId)).toEqual(['-100456']);
  });
});
