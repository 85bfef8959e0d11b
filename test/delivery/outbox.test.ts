import { describe, expect, it } from 'vitest';
import { idempotencyKey, Outbox } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { memoryStore } from '../support/delivery-store.ts';

const channel: ChannelRef = { platform: 'discord', chatId: '9', threadId: '3' };
const briefing = { kind: 'briefing' as const, briefing: { subscriptionId: 's', title: 't', since: null, generatedAt: '2026-03-01T00:00:00Z', items: [] } };

describe('Outbox', () => {
  it('keys a message by channel and subject, and its idempotency key adds the version', async () => {
    const clock = new ManualClock();
    const outbox = new Outbox({ store: memoryStore(), clock });
    expect(await outbox.put({ channel, subscriptionId: 's', subject: 'story:x', version: 3, payload: briefing })).toBe('created');
    const [record] = await outbox.due(clock.now());
    expect(record!.key).toBe('discord:9:3|story:x');
    expect(idempotencyKey(record!)).toBe('discord:9:3|story:x#v3');
  });

  it('sees what another process queued after its rescan interval, and never offers what another process sent', async () => {
    const clock = new ManualClock();
    const store = memoryStore();
    const here = new Outbox({ store, clock, rescanMs: 10_000 });
    const there = new Outbox({ store, clock, rescanMs: 10_000 });
    expect(await here.due(clock.now())).toEqual([]);
    await there.put({ channel, subscriptionId: 's', subject: 'briefing:a', version: 1, payload: briefing });
    clock.advance(10_000);
    const [seen] = await here.due(clock.now());
    expect(seen?.subject).toBe('briefing:a');
    await there.save({ ...seen!, state: 'sent', sentVersion: 1, messageIds: ['m'] });
    expect(await here.due(clock.now())).toEqual([]);
    expect(await here.nextDueAt()).toBeNull();
  });
});
