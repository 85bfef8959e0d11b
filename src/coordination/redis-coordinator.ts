import { createClient } from '@redis/client';
import type { Coordinator } from './coordinator.ts';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

const makeClient = (url: string) => createClient({ url, socket: { connectTimeout: 5000 } });
type RedisClient = ReturnType<typeof makeClient>;

/**
 * Holds in Redis, shared by every process on the server: `SET key owner NX PX ttl` to take,
 * compare-and-extend to renew, compare-and-delete to release (both as Lua, so they are atomic).
 */
export class RedisCoordinator implements Coordinator {
  private constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  /** Connects to Redis; keys live under `<prefix>:hold:`. */
  static async connect({ url, prefix = 'parallax' }: { url: string; prefix?: string }): Promise<RedisCoordinator> {
    const client = makeClient(url);
    client.on('error', () => {
      // Failed calls reject; the listener keeps a dropped connection from crashing the process while it reconnects.
    });
    await client.connect();
    return new RedisCoordinator(client, prefix);
  }

  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const reply = await this.client.set(this.key(key), owner, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(ttlMs) } });
    return reply === 'OK';
  }

  async renew(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const reply = await this.client.eval(RENEW, { keys: [this.key(key)], arguments: [owner, String(Math.ceil(ttlMs))] });
    return Number(reply) === 1;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.client.eval(RELEASE, { keys: [this.key(key)], arguments: [owner] });
  }

  async close(): Promise<void> {
    if (this.client.isOpen) this.client.destroy();
  }

  private key(key: string): string {
    return `${this.prefix}:hold:${key}`;
  }
}
