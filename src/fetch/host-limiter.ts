interface Waiter {
  grant: (release: () => void) => void;
}

interface HostState {
  active: number;
  queue: Waiter[];
}

/** Caps how many requests run at once against one host; the rest wait in a first-come queue. */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly maxPerHost: number) {
    if (!Number.isInteger(maxPerHost) || maxPerHost < 1) throw new RangeError('maxPerHost must be a positive integer');
  }

  /** Waits for a free slot on `host` and returns the function that gives it back (safe to call twice). */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    const state = this.stateOf(host);
    if (state.active < this.maxPerHost) {
      state.active += 1;
      return Promise.resolve(this.releaser(host, state));
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        state.queue.splice(state.queue.indexOf(waiter), 1);
        this.forgetIfIdle(host, state);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      state.queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Runs `task` once a slot on `host` is free and frees the slot when it settles. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(host, signal);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** How many requests to `host` hold a slot right now. */
  active(host: string): number {
    return this.hosts.get(host)?.active ?? 0;
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, queue: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  private releaser(host: string, state: HostState): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.queue.shift();
      if (next) next.grant(this.releaser(host, state));
      else {
        state.active -= 1;
        this.forgetIfIdle(host, state);
      }
    };
  }

  private forgetIfIdle(host: string, state: HostState): void {
    if (state.active === 0 && state.queue.length === 0) this.hosts.delete(host);
  }
}
