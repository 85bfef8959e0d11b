import type { Clock } from '../../src/domain/clock.ts';

/** A clock tests move by hand; `sleep` moves it instead of waiting, so rate limits run instantly. */
export class ManualClock implements Clock {
  constructor(public time = Date.parse('2026-03-01T00:00:00Z')) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /** Moves time forward by `ms` (what a sender "waits"). */
  sleep = async (ms: number): Promise<void> => {
    this.time += Math.max(0, ms);
  };
}
