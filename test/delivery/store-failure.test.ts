import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import { Sender } from '../../src/delivery/sender.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { silentLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import { StoreError, type Store } from '../../src/store/store.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { fixtureBreakdown } from '../support/delivery-news.ts';
import { RecordingPublisher } from '../support/delivery-publisher.ts';
import { mountTinyDisk } from '../support/tiny-disk.ts';

const disk = mountTinyDisk('sender on a full disk');
const actor = { platform: 'telegram' as const, userId: '1', name: 'Ana' };

describe.skipIf(!disk)('Sender when the store fills up', () => {
  let store: Store | undefined;
  afterAll(async () => {
    await store?.close().catch(() => {});
    disk?.unmount();
  });

  it('never re-sends a message whose "sent" record failed to save; the channel waits until the store recovers', async () => {
    store = await openStore({ dataDir: disk!.dir });
    const clock = new ManualClock(Date.parse('2026-03-01T00:00:00Z'));
    const book = new SubscriptionBook({ store, clock });
    const outbox = new Outbox({ store, clock });
    // The disk fills while the platform is posting: the platform confirms, the store cannot record it.
    const publisher = new RecordingPublisher(clock, undefined, (_call, index) => {
      if (index === 0) disk!.fill();
      return null;
    });
    const sender = new Sender({
      outbox,
      coordinator: new MemoryCoordinator(clock),
      owner: 'me',
      subscriptions: book,
      clock,
      sleep: clock.sleep,
      log: silentLogger,
    });
    sender.addPublisher(publisher);
    const channel: ChannelRef = { platform: 'telegram', chatId: '42', threadId: null };
    const { subscription } = await book.subscribe(channel, { topic: 'bridge', mode: 'live' }, actor);
    const breakdown = fixtureBreakdown({
      id: 's1',
      headline: 'Bridge closed',
      text: 'The bridge closed.',
      reports: [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }],
    });
    await outbox.put({
      channel,
      subscriptionId: subscription.id,
      subject: 'story:s1',
      version: 3,
      payload: { kind: 'breakdown', breakdown },
    });

    await expect(sender.runOnce()).rejects.toBeInstanceOf(StoreError);
    expect(sender.stoppedChannels).toEqual(['telegram:42']);
    for (let pass = 0; pass < 5; pass++) {
      clock.advance(60_000);
      await expect(sender.runOnce()).rejects.toBeInstanceOf(StoreError);
    }
    expect(publisher.calls).toHaveLength(1);

    disk!.free();
    clock.advance(60_000);
    await sender.runOnce();
    await sender.runOnce();
    expect(publisher.calls).toHaveLength(1);
    expect(sender.stoppedChannels).toEqual([]);
    expect((await outbox.all())[0]).toMatchObject({ state: 'sent', sentVersion: 3, messageIds: ['m1'], inFlight: null });
  });

  it('calls no platform while it cannot mark a message in flight, and sends it once when the store has room again', async () => {
    await store?.close();
    disk!.free();
    store = await openStore({ dataDir: disk!.dir });
    await store.collection('deliveries').clear();
    const clock = new ManualClock(Date.parse('2026-03-02T00:00:00Z'));
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
    });
    sender.addPublisher(publisher);
    const channel: ChannelRef = { platform: 'telegram', chatId: '77', threadId: null };
    const { subscription } = await book.subscribe(channel, { topic: 'ferry', mode: 'live' }, actor);
    const breakdown = fixtureBreakdown({
      id: 's2',
      headline: 'Ferry strike',
      text: 'Crews struck.',
      reports: [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }],
    });
    await outbox.put({
      channel,
      subscriptionId: subscription.id,
      subject: 'story:s2',
      version: 3,
      payload: { kind: 'breakdown', breakdown },
    });

    disk!.fill();
    try {
      await expect(sender.runOnce()).rejects.toBeInstanceOf(StoreError);
      expect(publisher.calls).toHaveLength(0);
    } finally {
      disk!.free();
    }
    clock.advance(60_000);
    await sender.runOnce();
    await sender.runOnce();
    expect(publisher.calls).toHaveLength(1);
    expect((await outbox.all()).find((r) => r.subject === 'story:s2')).toMatchObject({ state: 'sent', inFlight: null });
  });
});
