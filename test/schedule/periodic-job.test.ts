import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { PeriodicJob } from '../../src/schedule/periodic-job.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('PeriodicJob', () => {
  it('never runs two runs at once: a tick during a run is skipped', async () => {
    const gate = deferred();
    let started = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const job = new PeriodicJob({
      name: 'test',
      cron: '0 0 1 1 *',
      log: silentLogger,
      run: async () => {
        started++;
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await gate.promise;
        concurrent--;
      },
    });
    const first = job.runOnce();
    expect(job.running).toBe(true);
    expect(await job.runOnce()).toBe('skipped');
    expect(await job.runOnce()).toBe('skipped');
    gate.resolve();
    expect(await first).toBe('ran');
    expect(await job.runOnce()).toBe('ran');
    expect(started).toBe(2);
    expect(maxConcurrent).toBe(1);
  });

  it('runs once at start, then on the cron schedule', async () => {
    let runs = 0;
    const job = new PeriodicJob({ name: 'tick', cron: '* * * * * *', log: silentLogger, run: async () => void runs++ });
    job.start();
    expect(runs).toBe(1);
    await new Promise((r) => setTimeout(r, 2300));
    await job.stop();
    const afterStop = runs;
    expect(afterStop).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 1200));
    expect(runs).toBe(afterStop);
  });

  it('keeps running on schedule after a run throws', async () => {
    let calls = 0;
    const job = new PeriodicJob({
      name: 'flaky',
      cron: '0 0 1 1 *',
      log: silentLogger,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
    });
    expect(await job.runOnce()).toBe('ran');
    expect(await job.runOnce()).toBe('ran');
    expect(calls).toBe(2);
  });
});
