import type { Logger } from '../log.ts';
import { connectRedis, type RedisClient } from '../store/redis-client.ts';
import { StoreError } from '../store/store.ts';
import type { Coordinator } from './coordinator.ts';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Holds in Redis, shared by every process on the server: `SET key owner NX PX ttl` to take,
 * compare-and-extend to renew, compare-and-delete to release (both as Lua, so they are atomic).
 * Notes are plain `SET key value PX ttl` under `<prefix>:note:`.
 */
export class RedisCoordinator implements Coordinator {
  private constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  /**
   * Connects to Redis; keys live under `<prefix>:hold:`. While Redis is down every call rejects at once
   * (no offline queue), so a lease reads as lost and a claim as not taken instead of hanging.
   */
  static async connect({ url, prefix = 'parallax', log }: { url: string; prefix?: string; log?: Logger }): Promise<RedisCoordinator> {
    return new RedisCoordinator(await connectRedis(url, 'coordinator', log), prefix);
  }

  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const reply = await this.guard('acquire', key, () =>
      this.client.set(this.key(key), owner, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(ttlMs) } }),
    );
    return reply === 'OK';
  }

  async renew(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const reply = await this.guard('renew', key, () =>
      this.client.eval(RENEW, { keys: [this.key(key)], arguments: [owner, String(Math.ceil(ttlMs))] }),
    );
    return Number(reply) === 1;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.guard('release', key, () => this.client.eval(RELEASE, { keys: [this.key(key)], arguments: [owner] }));
  }

  async note(key: string, value: string, ttlMs: number): Promise<void> {
    await this.guard('note', key, () =>
      this.client.set(`${this.prefix}:note:${key}`, value, { expiration: { type: 'PX', value: Math.ceil(ttlMs) } }),
    );
  }

  async noted(key: string): Promise<string | null> {
    return this.guard('read', key, () => this.client.get(`${this.prefix}:note:${key}`));
  }

  /** Answers whether Redis replies to PING (for /healthz). */
  async ping(): Promise<boolean> {
    return this.client.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
  }

  async close(): Promise<void> {
    if (this.client.isOpen) this.client.destroy();
  }

  /** A failed Redis call is a store failure: callers back off and say "could not save" instead of crashing. */
  private async guard<T>(what: string, key: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new StoreError(`Redis ${what} of ${key} failed: ${(error as Error).message}`, { cause: error });
    }
  }

  private key(key: string): string {
    return `${this.prefix}:hold:${key}`;
  }
}
