import { Outbox } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { systemClock } from '../../src/domain/clock.ts';
import type { Store } from '../../src/store/store.ts';
import { SubscriptionBook } from '../../src/subscriptions/subscription-book.ts';

const actor = { platform: 'telegram' as const, userId: 'seed', name: 'seed' };

/** Fills a store with `channels` daily subscriptions and one pending briefing each (every fourth chat a group). */
export async function seedBriefings(store: Store, channels: number): Promise<string[]> {
  const book = new SubscriptionBook({ store, clock: systemClock });
  const outbox = new Outbox({ store, clock: systemClock });
  const keys: string[] = [];
  for (let i = 0; i < channels; i++) {
    const channel: ChannelRef = { platform: 'telegram', chatId: i % 4 === 0 ? `-100${i}` : String(1000 + i), threadId: null };
    const { subscription } = await book.subscribe(channel, { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'UTC' }, actor);
    const briefing = { subscriptionId: subscription.id, title: 'Briefing: harbour', since: null, generatedAt: new Date().toISOString(), items: [] };
    await outbox.put({ channel, subscriptionId: subscription.id, subject: `briefing:${subscription.id}:seed`, version: 1, payload: { kind: 'briefing', briefing } });
    keys.push(`${channel.chatId}|briefing:${subscription.id}`);
  }
  return keys;
}
