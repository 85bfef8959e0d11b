import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/delivery/outbox.ts';
import { systemClock } from '../../src/domain/clock.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import { startRecorder } from '../support/delivery-recorder.ts';
import { seedBriefings } from '../support/delivery-seed.ts';
import { startWorker, waitFor, type Worker } from '../support/delivery-spawn.ts';
import type { WorkerSettings } from '../support/delivery-worker.ts';
import { testRedisUrl, useRedis } from '../support/redis.ts';

const runRedis = await useRedis('several processes on one Redis');
const keyPrefix = `parallax-test-mp-${process.pid}-${Date.now()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-mp-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const settings = (name: string, sinkUrl: string): WorkerSettings => ({
  name,
  dataDir,
  redisUrl: testRedisUrl,
  keyPrefix,
  sinkUrl,
  concurrency: 1,
  exitWhenDone: false,
  claimTtlMs: 4000,
  leaseTtlMs: 4000,
  limits: { perChatPerSecond: 10, perGroupPerMinute: 600, globalPerSecond: 100 },
});

const leaseHeld = (w: Worker) => w.events.filter((e) => e.event === 'lease').at(-1)?.held === true;

describe.skipIf(!runRedis)('several processes on one Redis', () => {
  it('one scheduler at a time, takeover when the leader is killed, every message sent exactly once', async () => {
    const store = await openStore({ dataDir, redisUrl: testRedisUrl, keyPrefix });
    const keys = await seedBriefings(store, 200);
    const names = ['w1', 'w2'];
    const workers: Worker[] = [];
    let killed: { name: string; at: number } | null = null;
    // After 60 sends the leader is killed as it sends (its message left unanswered: in doubt), once it has sent some
    // itself. Each message says whether its sender holds the lease, so the choice does not wait on the parent reading
    // the workers' events; the other worker's sends are answered later until then, so that it cannot deliver the rest
    // while the leader is busy scheduling.
    const recorder = await startRecorder((body) => {
      if (killed?.name === body.worker) return 'drop';
      if (killed !== null || recorder.accepted.length < 60) return 'accept';
      if (!body.leader) return 'later';
      if (!recorder.accepted.some((m) => m.worker === body.worker)) return 'accept';
      workers[names.indexOf(body.worker)]!.child.kill('SIGKILL');
      killed = { name: body.worker, at: Date.now() };
      return 'drop';
    });
    try {
      workers.push(...names.map((name) => startWorker(settings(name, recorder.url))));
      await waitFor(() => workers.every((w) => w.events.some((e) => e.event === 'started')), 20_000, 'both workers to start');
      // 'started' can be read before either worker's first lease report (it is polled every 20 ms): wait for one.
      await waitFor(() => workers.some(leaseHeld), 20_000, 'a worker to take the scheduler lease');
      expect(workers.filter(leaseHeld)).toHaveLength(1);
      await waitFor(() => killed !== null, 30_000, 'the leader to be killed mid-delivery');
      const survivor = workers.find((w) => w.events[0]?.worker !== killed!.name)!;
      const outbox = new Outbox({ store, clock: systemClock });
      await waitFor(async () => (await outbox.all()).every((r) => r.state === 'sent'), 30_000, 'every message to be recorded as sent');
      await waitFor(() => leaseHeld(survivor), 20_000, 'the survivor to take the scheduler lease');
      expect(await workers.find((w) => w !== survivor)!.exited).toEqual({ code: null, signal: 'SIGKILL' });

      const takeover = survivor.events.find((e) => e.event === 'lease' && e.held === true);
      expect(takeover!.at as number).toBeGreaterThanOrEqual(killed!.at);
      expect(recorder.accepted.filter((m) => m.worker === killed!.name).length).toBeGreaterThan(0);
      expect(recorder.accepted.filter((m) => m.worker === survivor.events[0]!.worker).length).toBeGreaterThan(0);
      expect(recorder.accepted.map((m) => m.key).sort()).toEqual([...keys].sort());
      expect(recorder.duplicates()).toEqual([]);
      expect((await outbox.all()).filter((r) => r.resentInDoubt > 0)).toHaveLength(1);
    } finally {
      for (const w of workers) w.child.kill('SIGKILL');
      await recorder.close();
      for (const ns of ['subscriptions', 'deliveries'] as const) await store.collection(ns).clear();
      await store.close();
    }
  }, 90_000);
});
