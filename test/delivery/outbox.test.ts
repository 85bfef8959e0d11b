import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idempotencyKey, Outbox, type OutboxRecord } from '../../src/delivery/outbox.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { ManualClock } from '../support/delivery-clock.ts';
import { fixtureBreakdown } from '../support/delivery-news.ts';
import { memoryStore } from '../support/delivery-store.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const channel: ChannelRef = { platform: 'discord', chatId: '9', threadId: '3' };
const briefing = {
  kind: 'briefing' as const,
  briefing: { subscriptionId: 's', title: 't', since: null, generatedAt: '2026-03-01T00:00:00Z', items: [] },
};
const runRedis = await useRedis('outbox on Redis');
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-outbox-'));
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened) {
    for (const ns of ['deliveries', 'breakdown-versions'] as const) await store.collection(ns).clear();
    for (const p of ['discord', 'telegram', 'terminal']) await store.sortedIndex(`outbox-due:${p}`).clear();
    await store.setIndex('outbox-due').clear();
    await store.close();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

let n = 0;
const backends: { name: string; skip: boolean; open: () => Promise<Store> }[] = [
  { name: 'SQLite file', skip: false, open: async () => openStore({ dataDir: join(dataDir, String(++n)) }) },
  {
    name: 'Redis',
    skip: !runRedis,
    open: async () => openStore({ dataDir, redisUrl: testRedisUrl, keyPrefix: `parallax-test-outbox-${process.pid}-${++n}` }),
  },
];
const open = async (backend: (typeof backends)[number]) => {
  const store = await backend.open();
  opened.push(store);
  return store;
};
const due = (outbox: Outbox, clock: ManualClock) => outbox.dueRecords(clock.now());

describe('Outbox', () => {
  it('keys a message by channel and subject, and its idempotency key adds the version', async () => {
    const clock = new ManualClock();
    const outbox = new Outbox({ store: memoryStore(), clock });
    expect(await outbox.put({ channel, subscriptionId: 's', subject: 'story:x', version: 3, payload: briefing })).toBe('created');
    const [record] = await due(outbox, clock);
    expect(record!.key).toBe('discord:9:3|story:x');
    expect(idempotencyKey(record!)).toBe('discord:9:3|story:x#v3');
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`Outbox on ${backend.name}`, () => {
    it('offers at once what another process queued, from the due index, and never what another process sent', async () => {
      const clock = new ManualClock();
      const store = await open(backend);
      const here = new Outbox({ store, clock });
      const there = new Outbox({ store, clock });
      expect(await due(here, clock)).toEqual([]);
      await there.put({ channel, subscriptionId: 's', subject: 'briefing:a', version: 1, payload: briefing });
      expect(await here.take('discord', clock.now(), 10)).toEqual(['discord:9:3|briefing:a']);
      const seen = (await here.get('discord:9:3|briefing:a'))!;
      await there.save({ ...seen, state: 'sent', sentVersion: 1, messageIds: ['m'] });
      expect(await due(here, clock)).toEqual([]);
      expect(await here.take('discord', clock.now() + 120_000, 10)).toEqual([]);
      expect(await here.nextDueAt()).toBeNull();
    });

    it('hides what one sender took from the others until its claim would lapse, then offers it again', async () => {
      const clock = new ManualClock();
      const store = await open(backend);
      const a = new Outbox({ store, clock, holdMs: 60_000 });
      const b = new Outbox({ store, clock, holdMs: 60_000 });
      for (let i = 0; i < 5; i++)
        await a.put({
          channel: { ...channel, chatId: String(i) },
          subscriptionId: 's',
          subject: 'briefing:a',
          version: 1,
          payload: briefing,
        });
      const first = await a.take('discord', clock.now(), 3);
      const second = await b.take('discord', clock.now(), 10);
      expect(first).toHaveLength(3);
      expect(second).toHaveLength(2);
      expect(new Set([...first, ...second]).size).toBe(5);
      expect(await b.take('telegram', clock.now(), 10)).toEqual([]);
      clock.advance(59_999);
      expect(await b.take('discord', clock.now(), 10)).toEqual([]);
      clock.advance(1);
      expect((await b.take('discord', clock.now(), 10)).sort()).toEqual([...first, ...second].sort());
    });

    it('keeps a message in flight out of sight until its claim lapses, and a deferred one until its time', async () => {
      const clock = new ManualClock();
      const store = await open(backend);
      const outbox = new Outbox({ store, clock, holdMs: 60_000 });
      await outbox.put({ channel, subscriptionId: 's', subject: 'briefing:a', version: 1, payload: briefing });
      const record = (await outbox.get('discord:9:3|briefing:a'))!;
      await outbox.save({ ...record, inFlight: { owner: 'x', at: clock.now(), version: 1 } });
      expect(await outbox.nextDueAt()).toBe(clock.now() + 60_000);
      await outbox.save({ ...record, nextAttemptAt: clock.now() + 5_000 });
      expect(await outbox.take('discord', clock.now() + 4_999, 10)).toEqual([]);
      expect(await outbox.take('discord', clock.now() + 5_000, 10)).toEqual([record.key]);
    });

    it('stores a breakdown once per story version and records refer to it', async () => {
      const clock = new ManualClock();
      const store = await open(backend);
      const outbox = new Outbox({ store, clock });
      const breakdown = fixtureBreakdown({
        id: 's9',
        headline: 'Harbour fire',
        text: 'A fire broke out at the harbour.',
        reports: [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }],
      });
      for (let i = 0; i < 20; i++)
        await outbox.put({
          channel: { platform: 'telegram', chatId: String(i), threadId: null },
          subscriptionId: 's',
          subject: 'story:s9',
          version: 3,
          payload: { kind: 'breakdown', breakdown, discussion: true },
        });
      const versions: string[] = [];
      for await (const [key] of store.collection('breakdown-versions').entries()) versions.push(key);
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatch(/^s9@[0-9a-f]{16}$/);
      const record = (await outbox.get('telegram:7|story:s9')) as OutboxRecord;
      expect(record.payload).toEqual({ kind: 'breakdown-version', version: versions[0], discussion: true });
      expect(JSON.stringify(record).length).toBeLessThan(1000);
      const fresh = new Outbox({ store, clock });
      expect(await fresh.breakdowns.resolve(record.payload)).toEqual({ kind: 'breakdown', breakdown, discussion: true });
    });

    it('builds the due index once from records written before it existed', async () => {
      const clock = new ManualClock();
      const store = await open(backend);
      const old = {
        key: 'telegram:5|briefing:old',
        channel: { platform: 'telegram', chatId: '5', threadId: null },
        subscriptionId: 's',
        subject: 'briefing:old',
        version: 1,
        payload: briefing,
        state: 'pending',
        sentVersion: null,
        messageIds: [],
        attempts: 0,
        nextAttemptAt: clock.now(),
        inFlight: null,
        resentInDoubt: 0,
        lastError: null,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      } satisfies OutboxRecord;
      await store.collection<OutboxRecord>('deliveries').set(old.key, old);
      await store
        .collection<OutboxRecord>('deliveries')
        .set('telegram:6|briefing:done', { ...old, key: 'telegram:6|briefing:done', state: 'sent' });
      const outbox = new Outbox({ store, clock });
      expect(await outbox.take('telegram', clock.now(), 10)).toEqual([old.key]);
    });
  });
}
