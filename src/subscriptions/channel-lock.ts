import type { Coordinator } from '../coordination/coordinator.ts';
import { StoreError } from '../store/store.ts';

/** What channel locks need: the coordinator shared by processes (optional: one process needs none) and this process's id. */
export interface ChannelLockOptions {
  coordinator?: Coordinator | undefined;
  owner?: string;
  /** How long a hold lasts if its holder dies mid-change. */
  ttlMs?: number;
  /** How long to wait for another process's change before giving up. */
  waitMs?: number;
}

/**
 * One change at a time per chat: the check and the write of a subscription change happen under the chat's
 * lock, so parallel /subscribe calls cannot all pass the per-channel cap, nor two identical ones both create.
 * Within a process changes queue on a promise chain; across processes (sharing Redis) they also take a
 * Coordinator hold, polling for it while another process has it.
 */
export class ChannelLocks {
  private readonly local = new Map<string, Promise<void>>();

  constructor(private readonly options: ChannelLockOptions = {}) {}

  async run<T>(key: string, change: () => Promise<T>): Promise<T> {
    const before = this.local.get(key) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = before.then(() => mine);
    this.local.set(key, tail);
    await before;
    try {
      return await this.acrossProcesses(key, change);
    } finally {
      done();
      if (this.local.get(key) === tail) this.local.delete(key);
    }
  }

  private async acrossProcesses<T>(key: string, change: () => Promise<T>): Promise<T> {
    const { coordinator, owner = 'parallax', ttlMs = 15_000, waitMs = 10_000 } = this.options;
    if (!coordinator) return change();
    const hold = `subscriptions:${key}`;
    const until = Date.now() + waitMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      let taken: boolean;
      try {
        taken = await coordinator.acquire(hold, owner, ttlMs);
      } catch (error) {
        throw new StoreError(`cannot lock the subscriptions of ${key}: ${(error as Error).message}`, { cause: error });
      }
      if (taken) break;
      if (Date.now() >= until) throw new StoreError(`the subscriptions of ${key} are being changed by another process; try again`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    try {
      return await change();
    } finally {
      await coordinator.release(hold, owner).catch(() => {});
    }
  }
}
