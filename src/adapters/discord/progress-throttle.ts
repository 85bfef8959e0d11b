/**
 * Sends progress updates one at a time, at least `intervalMs` after the previous one finished, always the
 * latest text (older unsent ones are dropped); settle() ends it so the final message comes last.
 */
export class ProgressThrottle {
  private last = 0;
  private pending: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private inFlight: Promise<void> = Promise.resolve();
  private done = false;

  constructor(
    private readonly send: (text: string) => Promise<unknown>,
    private readonly intervalMs: number,
  ) {}

  /** Queues a progress text to be sent as soon as the interval allows. */
  async update(text: string): Promise<void> {
    if (this.done) return;
    this.pending = text;
    if (!this.timer && !this.busy) this.schedule();
  }

  /** Drops any unsent update and waits for the one in flight. */
  async settle(): Promise<void> {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.flush(), Math.max(0, this.last + this.intervalMs - Date.now()));
  }

  private flush(): void {
    this.timer = null;
    const text = this.pending;
    if (text === null || this.done) return;
    this.pending = null;
    this.busy = true;
    this.inFlight = this.send(text)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.busy = false;
        this.last = Date.now();
        if (this.pending !== null && !this.done) this.schedule();
      });
  }
}
