import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/delivery/outbox.ts';
import { systemClock } from '../../src/domain/clock.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import { startRecorder } from '../support/delivery-recorder.ts';
import { seedBriefings } from '../support/delivery-seed.ts';
import { startWorker, type Worker } from '../support/delivery-spawn.ts';
import type { WorkerSettings } from '../support/delivery-worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function seeded(channels: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
  dirs.push(dataDir);
  const store = await openStore({ dataDir });
  const keys = await seedBriefings(store, channels);
  await store.close();
  return { dataDir, keys };
}

const settings = (name: string, dataDir: string, sinkUrl: string, concurrency: number): WorkerSettings => ({
  name,
  dataDir,
  sinkUrl,
  concurrency,
  exitWhenDone: true,
  claimTtlMs: 60_000,
  leaseTtlMs: 5_000,
  limits: { perChatPerSecond: 100, perGroupPerMinute: 6000, globalPerSecond: 500 },
});

describe('delivery survives kill -9', () => {
  it('a worker killed with SIGKILL while a send is unconfirmed: the restart sends the rest, every message exactly once', async () => {
    const { dataDir, keys } = await seeded(40);
    let current: Worker | null = null;
    const recorder = await startRecorder((_, index) => {
      if (index !== 15) return 'accept';
      current!.child.kill('SIGKILL');
      return 'drop';
    });
    try {
      current = startWorker(settings('first', dataDir, recorder.url, 1));
      expect(await current.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(recorder.accepted).toHaveLength(15);
      current = startWorker(settings('second', dataDir, recorder.url, 1));
      expect((await current.exited).code).toBe(0);
      expect(recorder.accepted.map((m) => m.key).sort()).toEqual([...keys].sort());
      expect(recorder.duplicates()).toEqual([]);
      const store = await openStore({ dataDir });
      const records = await new Outbox({ store, clock: systemClock }).all();
      await store.close();
      expect(records.every((r) => r.state === 'sent' && r.inFlight === null)).toBe(true);
      expect(records.filter((r) => r.resentInDoubt > 0)).toHaveLength(1);
    } finally {
      await recorder.close();
    }
  }, 60_000);

  it('killed at a random moment with several sends in flight: nothing is lost, and any duplicate is a message the crash left in doubt', async () => {
    const { dataDir, keys } = await seeded(150);
    const recorder = await startRecorder();
    try {
      const first = startWorker(settings('first', dataDir, recorder.url, 8));
      const killAt = 20 + Math.floor(Math.random() * 80);
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (recorder.accepted.length >= killAt) {
            clearInterval(timer);
            first.child.kill('SIGKILL');
            resolve();
          }
        }, 1);
      });
      await first.exited;
      const second = startWorker(settings('second', dataDir, recorder.url, 8));
      expect((await second.exited).code).toBe(0);
      expect(new Set(recorder.accepted.map((m) => m.key))).toEqual(new Set(keys));
      const store = await openStore({ dataDir });
      const records = await new Outbox({ store, clock: systemClock }).all();
      await store.close();
      const inDoubt = new Set(records.filter((r) => r.resentInDoubt > 0).map((r) => `${r.channel.chatId}|briefing:${r.subscriptionId}`));
      expect(recorder.duplicates().every((key) => inDoubt.has(key))).toBe(true);
      expect(inDoubt.size).toBeLessThanOrEqual(8);
    } finally {
      await recorder.close();
    }
  }, 60_000);
});
