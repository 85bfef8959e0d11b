import { schedule, type ScheduledTask } from 'node-cron';
import type { Logger } from '../log.ts';

export interface PeriodicJobOptions {
  name: string;
  /** Cron expression, e.g. "*\/10 * * * *". */
  cron: string;
  timezone?: string;
  run: () => Promise<void>;
  log: Logger;
}

/**
 * A job run on a cron schedule that never overlaps itself: a tick that arrives while the
 * previous run is still going is skipped (and logged), never queued.
 */
export class PeriodicJob {
  private task: ScheduledTask | null = null;
  private current: Promise<void> | null = null;

  constructor(private readonly options: PeriodicJobOptions) {}

  /** Starts the schedule; with `runNow`, also runs once immediately. */
  start({ runNow = true }: { runNow?: boolean } = {}): void {
    if (this.task) return;
    this.task = schedule(this.options.cron, () => void this.runOnce(), {
      name: this.options.name,
      ...(this.options.timezone ? { timezone: this.options.timezone } : {}),
    });
    if (runNow) void this.runOnce();
  }

  /** Runs the job now unless a run is in progress; says which happened. */
  async runOnce(): Promise<'ran' | 'skipped'> {
    if (this.current) {
      this.options.log.info({ job: this.options.name }, 'previous run still going; this tick is skipped');
      return 'skipped';
    }
    const began = Date.now();
    this.current = this.options
      .run()
      .catch((error: unknown) => this.options.log.error({ job: this.options.name, err: error }, 'job failed'))
      .finally(() => {
        this.current = null;
        this.options.log.debug({ job: this.options.name, ms: Date.now() - began }, 'job finished');
      });
    await this.current;
    return 'ran';
  }

  /** Whether a run is in progress. */
  get running(): boolean {
    return this.current !== null;
  }

  /** Stops the schedule and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = null;
    await this.current;
  }
}
