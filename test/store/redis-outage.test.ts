import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { RedisCoordinator } from '../../src/coordination/redis-coordinator.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import { StoreError, type Store } from '../../src/store/store.ts';
import { startOwnRedis } from '../support/own-redis.ts';

const redis = await startOwnRedis('Redis outage');

function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { log, lines };
}

describe.skipIf(!redis)('a Redis outage', () => {
  let store: Store | undefined;
  let coordinator: RedisCoordinator | undefined;
  afterAll(async () => {
    await store?.close().catch(() => {});
    await coordinator?.close().catch(() => {});
    redis?.dispose();
  });

  it('fails store and coordinator calls at once while Redis is down, logs it, closes without hanging, and works again when it is back', async () => {
    const { log, lines } = capturingLogger();
    store = await openStore({ dataDir: '/nonexistent', redisUrl: redis!.url, keyPrefix: `outage-${process.pid}`, log });
    coordinator = await RedisCoordinator.connect({ url: redis!.url, prefix: `outage-${process.pid}`, log });
    const subs = store.collection<{ topic: string }>('subscriptions');
    await subs.set('before', { topic: 'kept' });

    redis!.stop();
    // Without an offline queue these reject instead of waiting for a reconnection that may never come.
    await expect(subs.set('during', { topic: 'lost?' })).rejects.toBeInstanceOf(StoreError);
    await expect(subs.get('before')).rejects.toBeInstanceOf(StoreError);
    await expect(coordinator.acquire('lease:test', 'me', 10_000)).rejects.toBeInstanceOf(StoreError);
    expect(lines.some((l) => l.level >= 50 && /Redis is unreachable \(store\)/.test(l.msg))).toBe(true);
    expect(lines.some((l) => l.level >= 50 && /Redis is unreachable \(coordinator\)/.test(l.msg))).toBe(true);

    redis!.start();
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = await subs.set('after', { topic: 'saved' }).then(
        () => true,
        () => false,
      );
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    expect(await subs.get('after')).toEqual({ topic: 'saved' });
    expect(lines.some((l) => /Redis is back \(store\)/.test(l.msg))).toBe(true);

    redis!.stop();
    await store.close();
    await coordinator.close();
    store = undefined;
    coordinator = undefined;
  });
});
