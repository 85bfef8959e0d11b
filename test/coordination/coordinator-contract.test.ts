import { afterAll, describe, expect, it } from 'vitest';
import type { Coordinator } from '../../src/coordination/coordinator.ts';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { RedisCoordinator } from '../../src/coordination/redis-coordinator.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('coordinator on Redis');
const opened: Coordinator[] = [];
afterAll(async () => {
  for (const c of opened) await c.close();
});

const backends: { name: string; skip: boolean; open: () => Promise<Coordinator> }[] = [
  { name: 'in memory', skip: false, open: async () => new MemoryCoordinator() },
  {
    name: 'Redis',
    skip: !runRedis,
    open: async () => RedisCoordinator.connect({ url: testRedisUrl, prefix: `parallax-test-${process.pid}-${Date.now()}` }),
  },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const backend of backends) {
  describe.skipIf(backend.skip)(`coordinator contract: ${backend.name}`, () => {
    it('gives a key to one owner at a time; only the owner renews or releases it', async () => {
      const c = await backend.open();
      opened.push(c);
      expect(await c.acquire('k1', 'a', 5000)).toBe(true);
      expect(await c.acquire('k1', 'b', 5000)).toBe(false);
      expect(await c.acquire('k1', 'a', 5000)).toBe(false);
      expect(await c.renew('k1', 'b', 5000)).toBe(false);
      expect(await c.renew('k1', 'a', 5000)).toBe(true);
      await c.release('k1', 'b');
      expect(await c.acquire('k1', 'b', 5000)).toBe(false);
      await c.release('k1', 'a');
      expect(await c.acquire('k1', 'b', 5000)).toBe(true);
    });

    it('lets a hold expire when its owner stops renewing it', async () => {
      const c = await backend.open();
      opened.push(c);
      expect(await c.acquire('k2', 'a', 150)).toBe(true);
      await pause(250);
      expect(await c.renew('k2', 'a', 150)).toBe(false);
      expect(await c.acquire('k2', 'b', 5000)).toBe(true);
    });

    it('grants a contested key to exactly one of many concurrent callers', async () => {
      const c = await backend.open();
      opened.push(c);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => c.acquire('k3', `o${i}`, 5000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('keeps a note for every process until it expires; an unknown key reads as null', async () => {
      const c = await backend.open();
      opened.push(c);
      expect(await c.noted('n1')).toBeNull();
      await c.note('n1', '2026-01-01T00:00:00.000Z', 5000);
      await c.note('n2', 'short', 150);
      expect(await c.noted('n1')).toBe('2026-01-01T00:00:00.000Z');
      expect(await c.noted('n2')).toBe('short');
      await c.note('n1', 'later', 5000);
      expect(await c.noted('n1')).toBe('later');
      await pause(250);
      expect(await c.noted('n2')).toBeNull();
    });
  });
}
