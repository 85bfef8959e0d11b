/**
 * Which outbox records are pending and when each falls due, kept in memory so the sender need not read
 * the whole outbox on every pass. Local writes keep it current; a full scan every `rescanMs` picks up
 * what other processes wrote.
 */
export class PendingIndex {
  private readonly dueAt = new Map<string, number>();
  private scannedAt = -Infinity;

  constructor(private readonly rescanMs: number) {}

  /** Whether a full scan is due. */
  stale(now: number): boolean {
    return now - this.scannedAt >= this.rescanMs || now < this.scannedAt;
  }

  /** Replaces the index with the result of a full scan. */
  replace(pending: Iterable<[string, number]>, now: number): void {
    this.dueAt.clear();
    for (const [key, at] of pending) this.dueAt.set(key, at);
    this.scannedAt = now;
  }

  /** Records a record's current state: pending ones with their due time; others leave the index. */
  note(key: string, record: { state: string; nextAttemptAt: number } | undefined): void {
    if (record?.state === 'pending') this.dueAt.set(key, record.nextAttemptAt);
    else this.dueAt.delete(key);
  }

  /** Keys due by `now` (all pending keys when `now` is Infinity). */
  keysDueBy(now: number): string[] {
    return [...this.dueAt].filter(([, at]) => at <= now).map(([key]) => key);
  }
}
