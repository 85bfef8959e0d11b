import { Outbox } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { systemClock } from '../../src/domain/clock.ts';
import type { Subscription } from '../../src/domain/subscription.ts';
import type { Store } from '../../src/store/store.ts';
import { newSubscription } from '../../src/subscriptions/subscription-from-request.ts';

const actor = { platform: 'telegram' as const, userId: 'seed', name: 'seed' };

/** Fills a store with `channels` daily subscriptions and one pending briefing each (every fourth chat a group); returns the recorder keys. */
export async function seedBriefings(store: Store, channels: number): Promise<string[]> {
  const subscriptions = store.collection<Subscription>('subscriptions');
  const outbox = new Outbox({ store, clock: systemClock });
  const keys: string[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < channels; i++) {
    const channel: ChannelRef = { platform: 'telegram', chatId: i % 4 === 0 ? `-100${i}` : String(1000 + i), threadId: null };
    const subscription = newSubscription({
      id: `seed${i}`,
      channel,
      request: { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'UTC' },
      by: actor,
      at,
    });
    await subscriptions.set(subscription.id, subscription);
    const briefing = { subscriptionId: subscription.id, title: 'Briefing: harbour', since: null, generatedAt: at, items: [] };
    await outbox.put({
      channel,
      subscriptionId: subscription.id,
      subject: `briefing:${subscription.id}:seed`,
      version: 1,
      payload: { kind: 'briefing', briefing },
    });
    keys.push(`${channel.chatId}|briefing:${subscription.id}`);
  }
  return keys;
}
