import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/fetch/host-limiter.ts';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('HostLimiter', () => {
  it('never runs more than maxPerHost tasks per host, and hosts do not block each other', async () => {
    const limiter = new HostLimiter(2);
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    const gates: Array<() => void> = [];
    const task = (host: string) => () => {
      running.set(host, (running.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, running.get(host)!));
      return new Promise<void>((resolve) => gates.push(() => (running.set(host, running.get(host)! - 1), resolve())));
    };
    const all = [...Array.from({ length: 5 }, () => limiter.run('a', task('a'))), limiter.run('b', task('b'))];
    await tick();
    expect(running.get('a')).toBe(2);
    expect(running.get('b')).toBe(1);
    while (gates.length > 0) {
      gates.shift()!();
      await tick();
    }
    await Promise.all(all);
    expect(peak.get('a')).toBe(2);
    expect(limiter.active('a')).toBe(0);
  });

  it('serves the queue in arrival order', async () => {
    const limiter = new HostLimiter(1);
    const order: number[] = [];
    const first = await limiter.acquire('h');
    const waits = [1, 2, 3].map((n) => limiter.acquire('h').then((release) => (order.push(n), release())));
    first();
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
  });

  it('drops an aborted waiter from the queue without taking a slot', async () => {
    const limiter = new HostLimiter(1);
    const release = await limiter.acquire('h');
    const controller = new AbortController();
    const waiting = limiter.acquire('h', controller.signal);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    release();
    expect(limiter.active('h')).toBe(0);
    const again = await limiter.acquire('h');
    expect(limiter.active('h')).toBe(1);
    again();
    again();
    expect(limiter.active('h')).toBe(0);
  });
});
