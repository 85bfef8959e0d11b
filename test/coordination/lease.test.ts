import { describe, expect, it } from 'vitest';
import { Lease } from '../../src/coordination/lease.ts';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { silentLogger } from '../../src/log.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Lease', () => {
  it('is held by one contender at a time and passes on when the holder stops', async () => {
    const coordinator = new MemoryCoordinator();
    const log: string[] = [];
    const lease = (owner: string) =>
      new Lease({
        coordinator,
        name: 'scheduler',
        owner,
        ttlMs: 300,
        log: silentLogger,
        onAcquired: () => void log.push(`+${owner}`),
        onLost: () => void log.push(`-${owner}`),
      });
    const a = lease('a');
    const b = lease('b');
    await a.start();
    await b.start();
    await pause(400);
    expect([a.isHeld, b.isHeld]).toEqual([true, false]);
    await a.stop();
    await pause(400);
    expect([a.isHeld, b.isHeld]).toEqual([false, true]);
    await b.stop();
    expect(log).toEqual(['+a', '-a', '+b', '-b']);
  });
});
