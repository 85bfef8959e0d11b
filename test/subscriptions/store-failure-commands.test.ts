import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run-command.ts';
import { subscribe } from '../../commands/subscribe.ts';
import { unsubscribe } from '../../commands/unsubscribe.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { channelSubscriptions } from '../../src/subscriptions/subscription-services.ts';
import { testContext } from '../support/command-context.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews } from '../support/delivery-news.ts';
import { mountTinyDisk } from '../support/tiny-disk.ts';

const disk = mountTinyDisk('subscription commands on a full disk');

describe.skipIf(!disk)('subscription commands when the store is full', () => {
  let store: Store | undefined;
  afterAll(async () => {
    await store?.close().catch(() => {});
    disk?.unmount();
  });

  it('/subscribe and /unsubscribe answer "could not save" and change nothing', async () => {
    store = await openStore({ dataDir: disk!.dir });
    const clock = new ManualClock(Date.parse('2026-03-02T12:00:00Z'));
    const book = new SubscriptionBook({ store, clock });
    const { ctx } = testContext({ subscriptions: channelSubscriptions({ book, news: new FixtureNews([]), clock }) }, { moderator: true });
    expect(await runCommand(subscribe, ctx, { topic: 'harbour fire' })).toMatchObject({ kind: 'subscribed', created: true });

    disk!.fill();
    try {
      const added = await runCommand(subscribe, ctx, { topic: 'dam breach' });
      expect(added).toMatchObject({ kind: 'error', message: expect.stringMatching(/could not save, try again/) });
      const removed = await runCommand(unsubscribe, ctx, { topic: 'harbour fire' });
      expect(removed).toMatchObject({ kind: 'error', message: expect.stringMatching(/could not save, try again/) });
    } finally {
      disk!.free();
    }
    expect((await book.all()).map((s) => s.topics)).toEqual([['harbour fire']]);
  });
});
