import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run-command.ts';
import { MAX_SUBSCRIPTIONS_PER_CHANNEL, subscribe } from '../../commands/subscribe.ts';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';
import { channelSubscriptions } from '../../src/subscriptions/subscription-services.ts';
import { testContext } from '../support/command-context.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { FixtureNews } from '../support/delivery-news.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parallax-races-'));
let store: Store;
const clock = new ManualClock(Date.parse('2026-03-02T12:00:00Z'));
const actor = { platform: 'terminal' as const, userId: 'u1', name: 'tester' };

beforeEach(async () => {
  store ??= await openStore({ dataDir });
  await store.collection('subscriptions').clear();
});
afterAll(async () => {
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function contextFor(book: SubscriptionBook) {
  return testContext({ subscriptions: channelSubscriptions({ book, news: new FixtureNews([]), clock }) }, { moderator: true }).ctx;
}

describe('subscription changes under parallel commands', () => {
  it('stores at most the cap when 50 /subscribe run at once, refusing the rest clearly', async () => {
    const ctx = contextFor(new SubscriptionBook({ store, clock }));
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => runCommand(subscribe, ctx, { topic: `topic number ${i}` })));
    const book = new SubscriptionBook({ store, clock });
    expect(await book.list(ctx.channel)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHANNEL);
    expect(results.filter((r) => r.kind === 'subscribed')).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHANNEL);
    for (const r of results.filter((r) => r.kind !== 'subscribed'))
      expect(r).toMatchObject({ kind: 'refused', message: expect.stringMatching(/the most one channel may/) });
  });

  it('creates one subscription when 10 identical /subscribe run at once', async () => {
    const ctx = contextFor(new SubscriptionBook({ store, clock }));
    const results = await Promise.all(Array.from({ length: 10 }, () => runCommand(subscribe, ctx, { topic: 'harbour fire' })));
    expect(await new SubscriptionBook({ store, clock }).list(ctx.channel)).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'subscribed' && r.created)).toHaveLength(1);
  });

  it('holds the cap across two processes sharing the store and a coordinator', async () => {
    const coordinator = new MemoryCoordinator();
    const books = [
      new SubscriptionBook({ store, clock, coordinator, owner: 'p1' }),
      new SubscriptionBook({ store, clock, coordinator, owner: 'p2' }),
    ];
    const contexts = books.map(contextFor);
    await Promise.all(Array.from({ length: 50 }, (_, i) => runCommand(subscribe, contexts[i % 2]!, { topic: `topic ${i}` })));
    expect(await books[0]!.list(contexts[0]!.channel)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHANNEL);
  });

  it("gives 128-bit ids and never overwrites another channel's subscription with a colliding id", async () => {
    const a: ChannelRef = { platform: 'telegram', chatId: '1', threadId: null };
    const b: ChannelRef = { platform: 'telegram', chatId: '2', threadId: null };
    const first = await new SubscriptionBook({ store, clock }).subscribe(a, { topic: 'dam breach', mode: 'live' }, actor);
    expect(first.subscription.id).toMatch(/^[0-9a-f]{32}$/);
    const ids = [first.subscription.id, 'f'.repeat(32)];
    const colliding = new SubscriptionBook({ store, clock, newId: () => ids.shift() ?? 'e'.repeat(32) });
    const second = await colliding.subscribe(b, { topic: 'harbour fire', mode: 'live' }, actor);
    expect(second.subscription.id).toBe('f'.repeat(32));
    expect(await colliding.get(first.subscription.id)).toMatchObject({ channel: a, topics: ['dam breach'] });
  });
});
