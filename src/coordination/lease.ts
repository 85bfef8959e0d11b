import type { Logger } from '../log.ts';
import type { Coordinator } from './coordinator.ts';

/** What a lease is for, who contends for it, and what to do on gaining and losing it. */
export interface LeaseOptions {
  coordinator: Coordinator;
  /** What the lease is for, e.g. "scheduler". */
  name: string;
  owner: string;
  /** How long a hold lasts without renewal; a dead holder's lease passes on after this. */
  ttlMs?: number;
  log: Logger;
  /** Called when this process becomes the holder. */
  onAcquired?: () => void | Promise<void>;
  /** Called when this process stops holding it (lost, or released on stop). */
  onLost?: () => void | Promise<void>;
}

/**
 * A lease that at most one process holds at a time: every process tries to take it, the holder
 * renews it at a third of its lifetime, and when the holder dies the lease expires and another takes over.
 */
export class Lease {
  private timer: NodeJS.Timeout | null = null;
  private held = false;
  private stopped = true;
  private readonly ttlMs: number;

  constructor(private readonly options: LeaseOptions) {
    this.ttlMs = options.ttlMs ?? 15_000;
  }

  /** Whether this process holds the lease right now. */
  get isHeld(): boolean {
    return this.held;
  }

  /** Starts contending for the lease (resolves after the first attempt). */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.tick();
  }

  /** Stops contending and releases the lease if held. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.held) {
      await this.options.coordinator.release(this.key, this.options.owner).catch(() => {});
      await this.setHeld(false);
    }
  }

  private get key(): string {
    return `lease:${this.options.name}`;
  }

  private async tick(): Promise<void> {
    const { coordinator, owner, log, name } = this.options;
    try {
      const holds = this.held
        ? await coordinator.renew(this.key, owner, this.ttlMs)
        : await coordinator.acquire(this.key, owner, this.ttlMs);
      if (holds !== this.held) log.info({ lease: name, owner, held: holds }, holds ? 'lease taken' : 'lease lost');
      await this.setHeld(holds);
    } catch (error) {
      log.warn({ lease: name, err: error }, 'lease check failed; acting as not holding it');
      await this.setHeld(false);
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.held ? this.ttlMs / 3 : this.ttlMs / 2);
    this.timer.unref?.();
  }

  private async setHeld(held: boolean): Promise<void> {
    if (held === this.held) return;
    this.held = held;
    await (held ? this.options.onAcquired?.() : this.options.onLost?.());
  }
}
