import type { Coordinator } from '../coordination/coordinator.ts';
import type { Outbox } from './outbox.ts';
import { outboxKey } from './outbox.ts';

/** What writes to the outbox need: the outbox and the claims that keep a writer and a sender apart. */
export interface EnqueueDeps {
  outbox: Outbox;
  coordinator: Coordinator;
  owner: string;
}

/**
 * Writes a message to the outbox while holding its claim, so no sender can be between "sent" and
 * "recorded" for the same record while a newer version is written (which would undo the record of a send).
 */
export async function enqueue(deps: EnqueueDeps, message: Parameters<Outbox['put']>[0]): Promise<'created' | 'updated' | 'unchanged'> {
  const claim = `delivery:${outboxKey(message.channel, message.subject)}`;
  for (let attempt = 0; ; attempt++) {
    if (await deps.coordinator.acquire(claim, deps.owner, 30_000)) break;
    if (attempt >= 200) throw new Error(`could not claim ${claim} to write it`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  try {
    return await deps.outbox.put(message);
  } finally {
    await deps.coordinator.release(claim, deps.owner).catch(() => {});
  }
}
