import { describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { SendRateLimiter } from '../../src/delivery/send-rate-limiter.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { TELEGRAM_LIMITS } from '../support/delivery-publisher.ts';

const chat = (chatId: string): ChannelRef => ({ platform: 'telegram', chatId, threadId: null });

/** Books a slot the way the sender does: waits (on the fake clock) until the chat is free, then until the slot. */
async function book(limiter: SendRateLimiter, clock: ManualClock, channel: ChannelRef): Promise<number> {
  for (;;) {
    const slot = limiter.reserve(channel);
    if (slot.ready) return slot.at;
    await clock.sleep(slot.retryAt - clock.now());
  }
}

describe('SendRateLimiter with Telegram limits', () => {
  it('spreads 300 messages to different chats at no more than 30 per second', async () => {
    const clock = new ManualClock(0);
    const limiter = new SendRateLimiter({ limits: TELEGRAM_LIMITS, clock });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) times.push(await book(limiter, clock, chat(String(i))));
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000 - 1e-6);
    expect(times.at(-1)!).toBeLessThan(10_000);
  });

  it('keeps one private chat to one message a second and one group (as the publisher names groups) to 20 in any minute', async () => {
    const clock = new ManualClock(0);
    const limiter = new SendRateLimiter({ limits: TELEGRAM_LIMITS, clock, isGroupChat: (c) => c.chatId.startsWith('-') });
    const privateTimes: number[] = [];
    const groupTimes: number[] = [];
    for (let i = 0; i < 25; i++) {
      privateTimes.push(await book(limiter, clock, chat('42')));
      groupTimes.push(await book(limiter, clock, chat('-1001')));
    }
    for (let i = 1; i < 25; i++) expect(privateTimes[i]! - privateTimes[i - 1]!).toBeGreaterThanOrEqual(1000);
    for (let i = 20; i < 25; i++) expect(groupTimes[i]! - groupTimes[i - 20]!).toBeGreaterThanOrEqual(60_000);
  });

  it('holds no chat to the group limit unless its publisher names it a group', async () => {
    const clock = new ManualClock(0);
    const limiter = new SendRateLimiter({ limits: TELEGRAM_LIMITS, clock });
    const times: number[] = [];
    for (let i = 0; i < 25; i++) times.push(await book(limiter, clock, chat('-1001')));
    expect(times[20]! - times[0]!).toBeLessThan(60_000);
  });

  it('does not lose the rate when senders wake late', async () => {
    const clock = new ManualClock(0);
    const limiter = new SendRateLimiter({ limits: TELEGRAM_LIMITS, clock });
    const times: number[] = [];
    for (let i = 0; times.length < 300; i++) {
      const slot = limiter.reserve(chat(String(i)));
      if (slot.ready) times.push(slot.at);
      else await clock.sleep(slot.retryAt - clock.now() + 10);
    }
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)!).toBeLessThan(10_000 + 500);
  });

  it('lets other chats go while one chat is busy or held', () => {
    const clock = new ManualClock(0);
    const limiter = new SendRateLimiter({ limits: TELEGRAM_LIMITS, clock });
    expect(limiter.reserve(chat('1'))).toEqual({ ready: true, at: 0 });
    limiter.hold(chat('2'), 30_000);
    expect(limiter.reserve(chat('1'))).toEqual({ ready: false, retryAt: 1000 });
    expect(limiter.reserve(chat('2'))).toEqual({ ready: false, retryAt: 30_000 });
    const third = limiter.reserve(chat('3'));
    expect(!third.ready && third.retryAt).toBeCloseTo(500 / 30);
    clock.advance(17);
    expect(limiter.reserve(chat('3'))).toEqual({ ready: true, at: 17 });
  });
});
