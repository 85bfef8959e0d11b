/** Bounds of the update queue. */
export interface UpdateQueueOptions {
  /** Updates accepted and not yet finished, over all chats; taking more waits (long polling then fetches no more). */
  maxInFlight?: number;
  /** Updates one chat may have waiting or running; more are dropped (one chat cannot fill the queue). */
  maxPerChat?: number;
}

/**
 * How Telegram updates run: each chat's in the order they came, one at a time (a /subscribe then an
 * /unsubscribe take effect in that order), different chats side by side, and at most `maxInFlight` in all.
 * `submit` resolves when the update is accepted, so a full queue holds up the update loop instead of
 * growing without bound.
 */
export class UpdateQueue {
  private readonly maxInFlight: number;
  private readonly maxPerChat: number;
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly chats = new Map<string, { tail: Promise<void>; count: number }>();
  private readonly all = new Set<Promise<void>>();

  constructor(options: UpdateQueueOptions = {}) {
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 16);
    this.maxPerChat = Math.max(1, options.maxPerChat ?? 5);
  }

  /** Queues `work` behind the chat's earlier updates; 'dropped' when the chat already has `maxPerChat` waiting. */
  async submit(chat: string, work: () => Promise<void>): Promise<'accepted' | 'dropped'> {
    const entry = this.chats.get(chat) ?? { tail: Promise.resolve(), count: 0 };
    if (entry.count >= this.maxPerChat) return 'dropped';
    entry.count++;
    this.chats.set(chat, entry);
    await this.takeSlot();
    const run = entry.tail
      .then(work)
      .catch(() => {})
      .finally(() => {
        this.freeSlot();
        entry.count--;
        if (entry.count === 0 && this.chats.get(chat) === entry) this.chats.delete(chat);
      });
    entry.tail = run;
    this.all.add(run);
    void run.finally(() => this.all.delete(run));
    return 'accepted';
  }

  /** Resolves when every accepted update has finished. */
  async idle(): Promise<void> {
    while (this.all.size > 0) await Promise.allSettled([...this.all]);
  }

  private async takeSlot(): Promise<void> {
    while (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.inFlight++;
  }

  private freeSlot(): void {
    this.inFlight--;
    this.slotWaiters.shift()?.();
  }
}
