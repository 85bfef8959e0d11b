import { describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { Outbox, type OutboxRecord } from '../../src/delivery/outbox.ts';
import { Sender } from '../../src/delivery/sender.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import type { PublishResult } from '../../src/domain/delivery.ts';
import { silentLogger } from '../../src/log.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { fixtureBreakdown } from '../support/delivery-news.ts';
import { RecordingPublisher, type PublishCall } from '../support/delivery-publisher.ts';
import { memoryStore } from '../support/delivery-store.ts';

const actor = { platform: 'telegram' as const, userId: '1', name: 'Ana' };
const payload = (outlets: number) => ({
  kind: 'breakdown' as const,
  breakdown: fixtureBreakdown({
    id: 's1',
    headline: 'Bridge closed',
    text: 'The bridge closed.',
    reports: Array.from({ length: outlets }, (_, i) => ({ outlet: `O${i}` })),
  }),
});

async function setup(script?: (call: PublishCall, index: number) => PublishResult | null) {
  const clock = new ManualClock(Date.parse('2026-03-01T00:00:00Z'));
  const store = memoryStore();
  const book = new SubscriptionBook({ store, clock });
  const outbox = new Outbox({ store, clock });
  const publisher = new RecordingPublisher(clock, undefined, script);
  const sender = new Sender({
    outbox,
    coordinator: new MemoryCoordinator(clock),
    owner: 'me',
    subscriptions: book,
    clock,
    sleep: clock.sleep,
    log: silentLogger,
    backoff: { baseMs: 1000, maxMs: 8000, maxAttempts: 5 },
  });
  sender.addPublisher(publisher);
  const channel: ChannelRef = { platform: 'telegram', chatId: '42', threadId: null };
  const { subscription } = await book.subscribe(channel, { topic: 'bridge', mode: 'live' }, actor);
  const put = (version: number) =>
    outbox.put({ channel, subscriptionId: subscription.id, subject: 'story:s1', version, payload: payload(version) });
  const record = async () => (await outbox.all())[0] as OutboxRecord;
  return { clock, store, book, outbox, publisher, sender, channel, put, record };
}

describe('Sender', () => {
  it('sends once, records the message ids, and edits in place when the story grows', async () => {
    const { sender, publisher, put, record } = await setup();
    await put(3);
    expect((await sender.runOnce()).sent).toBe(1);
    expect(await record()).toMatchObject({ state: 'sent', sentVersion: 3, messageIds: ['m1'], inFlight: null });
    expect((await sender.runOnce()).sent).toBe(0);
    expect(await put(3)).toBe('unchanged');
    expect(await put(5)).toBe('updated');
    expect((await sender.runOnce()).edited).toBe(1);
    expect(publisher.calls.map((c) => [c.op, c.messageIds])).toEqual([
      ['send', []],
      ['edit', ['m1']],
    ]);
    expect(await record()).toMatchObject({ state: 'sent', sentVersion: 5, messageIds: ['m1'] });
  });

  it('honours retry-after: nothing is sent to that chat before the time given', async () => {
    const { sender, publisher, put, clock } = await setup((_, i) =>
      i === 0 ? { kind: 'retry', afterSeconds: 17, reason: 'Too Many Requests' } : null,
    );
    await put(3);
    const start = clock.now();
    expect((await sender.runOnce()).retried).toBe(1);
    expect((await sender.runOnce()).sent).toBe(0);
    clock.advance(16_000);
    expect((await sender.runOnce()).sent).toBe(0);
    clock.advance(1_000);
    expect((await sender.runOnce()).sent).toBe(1);
    expect(publisher.calls[1]!.at - start).toBeGreaterThanOrEqual(17_000);
  });

  it('pauses the subscription with the reason when the platform says the channel is gone', async () => {
    const { sender, book, channel, put, record } = await setup(() => ({ kind: 'gone', reason: 'bot was kicked from the group' }));
    await put(3);
    expect((await sender.runOnce()).gone).toBe(1);
    expect((await record()).state).toBe('gone');
    const [subscription] = await book.list(channel);
    expect(subscription!.paused?.reason).toBe('Parallax cannot post here: bot was kicked from the group');
    expect(subscription!.history.at(-1)!.by).toBeNull();
  });

  it('backs off exponentially on repeated failures and gives up after the last attempt', async () => {
    const { sender, publisher, put, record, clock } = await setup(() => ({ kind: 'failed', reason: 'HTTP 500' }));
    await put(3);
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sender.runOnce();
      const r = await record();
      if (r.state === 'pending') {
        delays.push(r.nextAttemptAt - clock.now());
        clock.time = r.nextAttemptAt;
      }
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect(await record()).toMatchObject({ state: 'failed', attempts: 5, lastError: 'HTTP 500' });
    expect(publisher.calls).toHaveLength(5);
  });

  it('sends nothing for a paused subscription', async () => {
    const { sender, publisher, book, channel, put, record } = await setup();
    await put(3);
    await book.pause(channel, null, actor);
    await sender.runOnce();
    expect(publisher.calls).toEqual([]);
    expect((await record()).state).toBe('cancelled');
  });

  it('skips a message another process has claimed', async () => {
    const { clock, outbox, book, put, publisher } = await setup();
    await put(3);
    const coordinator = new MemoryCoordinator(clock);
    await coordinator.acquire(`delivery:${(await outbox.all())[0]!.key}`, 'other', 60_000);
    const second = new Sender({ outbox, coordinator, owner: 'me', subscriptions: book, clock, sleep: clock.sleep, log: silentLogger });
    second.addPublisher(publisher);
    expect((await second.runOnce()).skipped).toBe(1);
    expect(publisher.calls).toEqual([]);
  });

  it('spreads a fan-out to many chats within the platform limits', async () => {
    const { sender, publisher, outbox, book, clock } = await setup();
    for (let i = 0; i < 120; i++) {
      const channel: ChannelRef = { platform: 'telegram', chatId: i % 4 === 0 ? `-100${i}` : String(i), threadId: null };
      const { subscription } = await book.subscribe(channel, { topic: 'bridge', mode: 'live' }, actor);
      await outbox.put({ channel, subscriptionId: subscription.id, subject: 'briefing:x', version: 1, payload: payload(3) });
    }
    const start = clock.now();
    expect((await sender.runOnce()).sent).toBe(120);
    const times = publisher.calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(999);
    expect(times.at(-1)! - start).toBeGreaterThanOrEqual(3000);
  });
});

describe('Sender and long waits', () => {
  it('defers a message whose chat must wait longer than a third of the claim, instead of holding the claim', async () => {
    const clock = new ManualClock();
    const store = memoryStore();
    const book = new SubscriptionBook({ store, clock });
    const outbox = new Outbox({ store, clock });
    const publisher = new RecordingPublisher(clock);
    const sender = new Sender({
      outbox,
      coordinator: new MemoryCoordinator(clock),
      owner: 'me',
      subscriptions: book,
      clock,
      sleep: clock.sleep,
      log: silentLogger,
      claimTtlMs: 30_000,
      concurrency: 1,
    });
    sender.addPublisher(publisher);
    const group: ChannelRef = { platform: 'telegram', chatId: '-100777', threadId: null };
    const { subscription } = await book.subscribe(group, { topic: 'bridge', mode: 'live' }, actor);
    for (let i = 0; i < 22; i++)
      await outbox.put({ channel: group, subscriptionId: subscription.id, subject: `story:s${i}`, version: 3, payload: payload(3) });
    const start = clock.now();
    const first = await sender.runOnce();
    expect(first.sent).toBe(20);
    expect(first.skipped).toBe(2);
    const waiting = (await outbox.all()).filter((r) => r.state === 'pending');
    expect(waiting.every((r) => r.inFlight === null && r.nextAttemptAt >= start + 60_000)).toBe(true);
    clock.time = Math.max(...waiting.map((r) => r.nextAttemptAt));
    expect((await sender.runOnce()).sent).toBe(2);
  });
});

describe('Sender and the due index', () => {
  it('drops an index entry whose record is gone (a crash between the two writes) and fails a record whose breakdown version expired', async () => {
    const { sender, store, publisher, put, record } = await setup();
    await store.sortedIndex('outbox-due:telegram').put('telegram:5|story:lost', 0);
    await put(3);
    for await (const [key] of store.collection('breakdown-versions').entries()) await store.collection('breakdown-versions').delete(key);
    const fresh = new Sender({
      outbox: new Outbox({ store, clock: new ManualClock() }),
      coordinator: new MemoryCoordinator(),
      owner: 'me',
      subscriptions: { get: async () => ({ paused: null }), channelPaused: async () => {} },
      clock: new ManualClock(),
      sleep: async () => {},
      log: silentLogger,
    });
    fresh.addPublisher(publisher);
    const report = await fresh.runOnce();
    expect(report).toMatchObject({ due: 2, skipped: 1, failed: 1 });
    expect(publisher.calls).toEqual([]);
    expect(await record()).toMatchObject({ state: 'failed', lastError: 'the breakdown version it refers to has expired' });
    expect(await store.sortedIndex('outbox-due:telegram').size()).toBe(0);
    expect((await sender.runOnce()).due).toBe(0);
  });
});
