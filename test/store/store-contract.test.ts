import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/keyv-store.ts';
import { INDEXES, NAMESPACES, type Store } from '../../src/store/store.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('store contract on Redis');
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-store-'));

const backends: { name: string; skip: boolean; open: () => Promise<Store> }[] = [
  { name: 'SQLite file', skip: false, open: () => openStore({ dataDir }) },
  {
    name: 'Redis',
    skip: !runRedis,
    open: () => openStore({ dataDir, redisUrl: testRedisUrl, keyPrefix: `parallax-test-${process.pid}-${Date.now()}` }),
  },
];

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

for (const backend of backends) {
  describe.skipIf(backend.skip)(`store contract: ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      for (const ns of NAMESPACES) await store.collection(ns).clear();
      for (const name of INDEXES) await Promise.all([store.sortedIndex(name).clear(), store.setIndex(name).clear()]);
    });
    afterAll(async () => {
      for (const ns of NAMESPACES) await store.collection(ns).clear();
      for (const name of INDEXES) await Promise.all([store.sortedIndex(name).clear(), store.setIndex(name).clear()]);
      await store.sortedIndex('outbox-due:telegram').clear();
      await store.close();
    });

    it('round-trips JSON values, including unicode and nested objects', async () => {
      const articles = store.collection<{ title: string; tags: string[]; n: number | null }>('articles');
      await articles.set('a:1', { title: 'Землетрясение — 地震 — زلزال', tags: ['x'], n: null });
      expect(await articles.get('a:1')).toEqual({ title: 'Землетрясение — 地震 — زلزال', tags: ['x'], n: null });
      expect(await articles.has('a:1')).toBe(true);
      expect(await articles.get('missing')).toBeUndefined();
    });

    it('keeps namespaces apart: the same key in two collections holds two values', async () => {
      await store.collection<string>('feeds').set('same', 'feed');
      await store.collection<string>('stories').set('same', 'story');
      expect(await store.collection<string>('feeds').get('same')).toBe('feed');
      expect(await store.collection<string>('stories').get('same')).toBe('story');
      await store.collection('feeds').clear();
      expect(await store.collection<string>('stories').get('same')).toBe('story');
      expect(await store.collection<string>('feeds').get('same')).toBeUndefined();
    });

    it('reads many keys at once, in the order asked, with gaps for missing keys', async () => {
      const subs = store.collection<number>('subscriptions');
      await subs.set('k1', 1);
      await subs.set('k3', 3);
      expect(await subs.getMany(['k3', 'k2', 'k1'])).toEqual([3, undefined, 1]);
      expect(await subs.getMany([])).toEqual([]);
    });

    it('lists every entry of a collection and nothing of the others', async () => {
      const deliveries = store.collection<{ i: number }>('deliveries');
      for (let i = 0; i < 2500; i++) await deliveries.set(`d${i}`, { i });
      const seen = new Map<string, number>();
      for await (const [key, value] of deliveries.entries()) seen.set(key, value.i);
      expect(seen.size).toBe(2500);
      expect(seen.get('d1234')).toBe(1234);
      expect([...seen.keys()].every((k) => k.startsWith('d'))).toBe(true);
    });

    it('deletes and overwrites', async () => {
      const stories = store.collection<string>('stories');
      await stories.set('s', 'v1');
      await stories.set('s', 'v2');
      expect(await stories.get('s')).toBe('v2');
      expect(await stories.delete('s')).toBe(true);
      expect(await stories.has('s')).toBe(false);
    });

    it('keeps a sorted index: members by score, a changed score moves a member, limits and removal hold', async () => {
      const due = store.sortedIndex('outbox-due');
      await due.put('late', 3000);
      await due.put('early', 1000);
      await due.put('middle', 2000);
      await due.put('late', 500);
      expect(await due.upTo(2000, 10)).toEqual(['late', 'early', 'middle']);
      expect(await due.upTo(1000, 10)).toEqual(['late', 'early']);
      expect(await due.upTo(Infinity, 2)).toEqual(['late', 'early']);
      expect(await due.first()).toEqual({ member: 'late', score: 500 });
      await due.remove('late');
      expect(await due.first()).toEqual({ member: 'early', score: 1000 });
      expect(await due.size()).toBe(2);
      expect(await store.sortedIndex('subscriptions').size()).toBe(0);
      await due.clear();
      expect(await due.first()).toBeNull();
    });

    it('takes due members once: a second take at the same time gets the others, and taken ones come back at their new score', async () => {
      const due = store.sortedIndex('outbox-due:telegram');
      for (let i = 0; i < 5; i++) await due.put(`m${i}`, 100 + i);
      await due.put('later', 900);
      expect(await due.take(200, 3, 1000)).toEqual(['m0', 'm1', 'm2']);
      expect(await due.take(200, 10, 1000)).toEqual(['m3', 'm4']);
      expect(await due.take(200, 10, 1000)).toEqual([]);
      expect(await due.first()).toEqual({ member: 'later', score: 900 });
      expect((await due.take(1000, 10, 2000)).sort()).toEqual(['later', 'm0', 'm1', 'm2', 'm3', 'm4']);
      await due.clear();
    });

    it('answers "due by now" from 10,000 members without reading the others', async () => {
      const due = store.sortedIndex('outbox-due');
      for (let i = 0; i < 10_000; i += 500) await Promise.all(Array.from({ length: 500 }, (_, j) => due.put(`k${i + j}`, i + j)));
      expect(await due.upTo(2, 100)).toEqual(['k0', 'k1', 'k2']);
      expect(await due.upTo(Infinity, 100)).toHaveLength(100);
      expect(await due.size()).toBe(10_000);
      await due.clear();
    });

    it('keeps named sets apart, adding a member once', async () => {
      const sets = store.setIndex('subscriptions');
      await sets.add('chat:telegram:1', 'a');
      await sets.add('chat:telegram:1', 'a');
      await sets.add('chat:telegram:1', 'b');
      await sets.add('chat:telegram:2', 'c');
      expect((await sets.members('chat:telegram:1')).sort()).toEqual(['a', 'b']);
      await sets.remove('chat:telegram:1', 'a');
      expect(await sets.members('chat:telegram:1')).toEqual(['b']);
      expect(await sets.members('chat:telegram:2')).toEqual(['c']);
      expect(await sets.members('nothing')).toEqual([]);
      expect(await store.setIndex('outbox-due').members('chat:telegram:2')).toEqual([]);
      await sets.clear();
      expect(await sets.members('chat:telegram:2')).toEqual([]);
    });

    it('expires values set with a time to live', async () => {
      const feeds = store.collection<string>('feeds');
      await feeds.set('short', 'gone soon', 50);
      await feeds.set('long', 'stays');
      await new Promise((r) => setTimeout(r, 120));
      expect(await feeds.get('short')).toBeUndefined();
      expect(await feeds.get('long')).toBe('stays');
    });
  });
}

describe('store persistence', () => {
  it('keeps what was written after the store is closed and opened again (SQLite file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-persist-'));
    const first = await openStore({ dataDir: dir });
    await first.collection<string>('articles').set('kept', 'across restarts');
    await first.close();
    const second = await openStore({ dataDir: dir });
    expect(await second.collection<string>('articles').get('kept')).toBe('across restarts');
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
