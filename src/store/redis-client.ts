import { createClient } from '@redis/client';
import type { Logger } from '../log.ts';
import { StoreError } from './store.ts';

/** How long a connection attempt, and closing gracefully, may take. */
const CONNECT_TIMEOUT_MS = 5000;

const makeClient = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
  });

/** A node-redis client made by `connectRedis`. */
export type RedisClient = ReturnType<typeof makeClient>;

/**
 * Connects to Redis with the settings an outage needs: commands fail at once while the connection is down
 * (`disableOfflineQueue`; node-redis otherwise queues them without a deadline, which lost the write and hung
 * every caller, shutdown included), reconnection keeps trying in the background, and the outage and the
 * recovery are each logged once.
 */
export async function connectRedis(url: string, role: string, log: Logger | undefined): Promise<RedisClient> {
  const where = url.replace(/\/\/[^@/]*@/, '//***@');
  const client = makeClient(url);
  let down = false;
  client.on('error', (error: Error) => {
    // Failed calls reject; this listener keeps a dropped connection from crashing the process while it reconnects.
    if (down) return;
    down = true;
    log?.error({ redis: where, role, err: error }, `Redis is unreachable (${role}); calls fail at once until it is back`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log?.info({ redis: where, role }, `Redis is back (${role})`);
  });
  try {
    await connectWithin(client, CONNECT_TIMEOUT_MS);
  } catch (error) {
    client.destroy();
    throw new StoreError(`cannot connect to Redis at ${where}: ${(error as Error).message}`, { cause: error });
  }
  return client;
}

async function connectWithin(client: RedisClient, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes gracefully when connected (pending replies come in), at once when not; never waits past a deadline. */
export async function closeRedis(client: RedisClient): Promise<void> {
  if (!client.isOpen) return;
  if (!client.isReady) {
    client.destroy();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([client.close(), new Promise<void>((resolve) => (timer = setTimeout(resolve, CONNECT_TIMEOUT_MS)))]);
  } catch {
    // closing a broken connection: destroyed below
  } finally {
    clearTimeout(timer);
    if (client.isOpen) client.destroy();
  }
}
