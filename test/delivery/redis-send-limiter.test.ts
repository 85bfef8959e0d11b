import { afterAll, describe, expect, it } from 'vitest';
import { RedisSendLimiter } from '../../src/delivery/redis-send-limiter.ts';
import type { LimiterFactory, SendLimiter } from '../../src/delivery/send-rate-limiter.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { TELEGRAM_LIMITS } from '../support/delivery-publisher.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('send limits on Redis');
const chat = (chatId: string): ChannelRef => ({ platform: 'telegram', chatId, threadId: null });

/** Books a slot the way the sender does: waits (on the fake clock) until the limiter says, then asks again. */
async function book(limiter: SendLimiter, clock: ManualClock, channel: ChannelRef): Promise<number> {
  for (;;) {
    const slot = await limiter.reserve(channel);
    if (slot.ready) return slot.at;
    await clock.sleep(slot.retryAt - clock.now());
  }
}

describe.skipIf(!runRedis)('RedisSendLimiter: two senders sharing one Redis', () => {
  let n = 0;
  const closers: (() => Promise<void>)[] = [];
  /** Limiters on their own connections, as separate processes would have, sharing a fresh key prefix (and a clock, unless told). */
  const pair = async (clock: ManualClock, isGroup?: (c: ChannelRef) => boolean, otherClock = clock) => {
    const prefix = `parallax-test-rate-${process.pid}-${++n}`;
    const make = async (owner: string, clock: ManualClock) => {
      const { factory, close } = await RedisSendLimiter.connect({ url: testRedisUrl, prefix, clock, owner });
      closers.push(close);
      return (factory as LimiterFactory)({ platform: 'telegram', limits: TELEGRAM_LIMITS, ...(isGroup ? { isGroup } : {}) });
    };
    return [await make('a', clock), await make('b', otherClock), await make('c', clock)] as const;
  };
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('holds the overall limit across both: 300 messages to different chats, never more than 30 in a second', async () => {
    const clock = new ManualClock(1_000_000);
    const [a, b] = await pair(clock);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) times.push(await book(i % 2 === 0 ? a : b, clock, chat(String(i))));
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)! - times[0]!).toBeLessThan(10_500);
  });

  it('holds one chat to one message a second and one group to 20 a minute, whichever sender asks', async () => {
    const clock = new ManualClock(1_000_000);
    const [a, b] = await pair(clock, (c) => c.chatId.startsWith('-'));
    const privateTimes: number[] = [];
    const groupTimes: number[] = [];
    for (let i = 0; i < 25; i++) {
      privateTimes.push(await book(i % 2 ? a : b, clock, chat('42')));
      groupTimes.push(await book(i % 2 ? b : a, clock, chat('-1001')));
    }
    for (let i = 1; i < 25; i++) expect(privateTimes[i]! - privateTimes[i - 1]!).toBeGreaterThanOrEqual(1000);
    for (let i = 20; i < 25; i++) expect(groupTimes[i]! - groupTimes[i - 20]!).toBeGreaterThanOrEqual(60_000);
    expect(groupTimes[19]! - groupTimes[0]!).toBeLessThan(60_000);
  });

  it('keeps the window whole when a sender with a later clock looks first (its look must not drop sends the other still counts)', async () => {
    const early = new ManualClock(1_000_000);
    const late = new ManualClock(1_000_000);
    const [a, b, c] = await pair(early, undefined, late);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) times.push(await book(a, early, chat(`c${i}`)));
    early.time = times[0]! + 1040;
    late.time = times[0]! + 1200;
    await b.readyAt(chat('x'));
    expect(await c.reserve(chat('y'))).toEqual({ ready: false, retryAt: times[0]! + 1050 });
  });

  it("keeps a chat quiet on both after one sender's retry-after, and lets other chats go", async () => {
    const clock = new ManualClock(1_000_000);
    const [a, b] = await pair(clock);
    await a.hold(chat('2'), 1_030_000);
    expect(await b.reserve(chat('2'))).toEqual({ ready: false, retryAt: 1_030_000 });
    expect(await b.readyAt(chat('2'))).toBe(1_030_000);
    expect(await b.reserve(chat('3'))).toEqual({ ready: true, at: 1_000_000 });
    await b.hold(chat('2'), 1_010_000);
    expect(await a.readyAt(chat('2'))).toBe(1_030_000);
  });

  it("applies the group limit to the chats the publisher's policy calls groups", async () => {
    const clock = new ManualClock(1_000_000);
    const [a, b] = await pair(clock, (c) => c.chatId.startsWith('g'));
    const times: number[] = [];
    for (let i = 0; i < 21; i++) times.push(await book(i % 2 ? a : b, clock, chat('g1')));
    expect(times[20]! - times[0]!).toBeGreaterThanOrEqual(60_000);
    const negative: number[] = [];
    for (let i = 0; i < 21; i++) negative.push(await book(i % 2 ? a : b, clock, chat('-5')));
    expect(negative[20]! - negative[0]!).toBeLessThan(60_000);
  });
});
