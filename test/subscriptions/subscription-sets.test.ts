import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/domain/channel.ts';
import type { Subscription } from '../../src/domain/subscription.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { newSubscription } from '../../src/subscriptions/subscription-from-request.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('subscription sets on Redis');
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-subsets-'));
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened) {
    await store.collection('subscriptions').clear();
    await store.setIndex('subscriptions').clear();
    await store.close();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

let n = 0;
const backends: { name: string; skip: boolean; open: () => Promise<Store> }[] = [
  { name: 'SQLite file', skip: false, open: () => openStore({ dataDir: join(dataDir, String(++n)) }) },
  {
    name: 'Redis',
    skip: !runRedis,
    open: () => openStore({ dataDir, redisUrl: testRedisUrl, keyPrefix: `parallax-test-subsets-${process.pid}-${++n}` }),
  },
];
const actor = { platform: 'telegram' as const, userId: '1', name: 'Ana' };
const chat = (chatId: string, threadId: string | null = null): ChannelRef => ({ platform: 'telegram', chatId, threadId });

for (const backend of backends) {
  describe.skipIf(backend.skip)(`subscription sets on ${backend.name}`, () => {
    it("finds a chat's subscriptions through its set, and follows subscribe, move and unsubscribe", async () => {
      const store = await backend.open();
      opened.push(store);
      const clock = new ManualClock();
      const book = new SubscriptionBook({ store, clock });
      await book.subscribe(chat('-1'), { topic: 'flood', mode: 'live' }, actor);
      clock.advance(1000);
      await book.subscribe(chat('-1', '7'), { topic: 'fire', mode: 'live' }, actor);
      clock.advance(1000);
      await book.subscribe(chat('2'), { topic: 'quake', mode: 'live' }, actor);
      const sets = store.setIndex('subscriptions');
      expect(await sets.members('chat:telegram:-1')).toHaveLength(2);
      expect((await book.list(chat('-1'))).map((s) => s.topics)).toEqual([['flood']]);
      expect((await book.all()).map((s) => s.topics[0])).toEqual(['flood', 'fire', 'quake']);

      await book.channelMoved(chat('-1'), chat('-100'));
      expect(await sets.members('chat:telegram:-1')).toEqual([]);
      expect((await book.list(chat('-100', '7'))).map((s) => s.topics)).toEqual([['fire']]);
      await book.channelPaused(chat('-100'), 'kicked');
      expect(
        (await book.all())
          .filter((s) => s.paused)
          .map((s) => s.topics[0])
          .sort(),
      ).toEqual(['fire', 'flood']);

      await book.unsubscribe(chat('2'), null, actor);
      expect(await sets.members('chat:telegram:2')).toEqual([]);
      await book.channelGone(chat('-100'), 'deleted');
      expect(await book.all()).toEqual([]);
      expect(await sets.members('all')).toEqual([]);
    });

    it('indexes a book written before the sets once, and skips an id whose record a crash left out', async () => {
      const store = await backend.open();
      opened.push(store);
      const old = newSubscription({
        id: 'old1',
        channel: chat('5'),
        request: { topic: 'harbour', mode: 'live' },
        by: actor,
        at: '2026-03-01T00:00:00Z',
      });
      await store.collection<Subscription>('subscriptions').set(old.id, old);
      await store.setIndex('subscriptions').add('all', 'ghost');
      const book = new SubscriptionBook({ store, clock: new ManualClock() });
      expect((await book.all()).map((s) => s.id)).toEqual(['old1']);
      expect((await book.list(chat('5'))).map((s) => s.id)).toEqual(['old1']);
    });
  });
}
