import type { Coordinator } from './coordinator.ts';

/**
 * Runs `work` in one process only among those sharing the coordinator, once per `key` within `ttlMs`: the first
 * caller takes a hold on `once:<key>` for that long and runs it; the others get null. If the work fails the hold
 * is released, so the next caller tries again. Used so that N Discord processes register the commands once.
 */
export async function runOnce<T>({
  coordinator,
  key,
  owner,
  ttlMs,
  work,
}: {
  coordinator: Coordinator;
  key: string;
  owner: string;
  ttlMs: number;
  work: () => Promise<T>;
}): Promise<T | null> {
  if (!(await coordinator.acquire(`once:${key}`, owner, ttlMs))) return null;
  try {
    return await work();
  } catch (error) {
    await coordinator.release(`once:${key}`, owner).catch(() => {});
    throw error;
  }
}
