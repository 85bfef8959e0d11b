import { systemClock, type Clock } from '../domain/clock.ts';
import type { Coordinator } from './coordinator.ts';

/** Holds kept in this process only: right for one process on a SQLite file, and for tests. */
export class MemoryCoordinator implements Coordinator {
  private readonly holds = new Map<string, { owner: string; until: number }>();
  private readonly notes = new Map<string, { value: string; until: number }>();

  constructor(private readonly clock: Clock = systemClock) {}

  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.holds.set(key, { owner, until: this.clock.now() + ttlMs });
    return true;
  }

  async renew(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const hold = this.live(key);
    if (!hold || hold.owner !== owner) return false;
    hold.until = this.clock.now() + ttlMs;
    return true;
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.holds.get(key)?.owner === owner) this.holds.delete(key);
  }

  async note(key: string, value: string, ttlMs: number): Promise<void> {
    this.notes.set(key, { value, until: this.clock.now() + ttlMs });
  }

  async noted(key: string): Promise<string | null> {
    const note = this.notes.get(key);
    return note && note.until > this.clock.now() ? note.value : null;
  }

  async close(): Promise<void> {
    this.holds.clear();
    this.notes.clear();
  }

  private live(key: string): { owner: string; until: number } | undefined {
    const hold = this.holds.get(key);
    if (hold && hold.until <= this.clock.now()) {
      this.holds.delete(key);
      return undefined;
    }
    return hold;
  }
}
