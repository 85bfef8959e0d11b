import { createConnection } from 'node:net';

/** Redis used by the tests: PARALLAX_TEST_REDIS_URL, else the local default. */
export const testRedisUrl = process.env.PARALLAX_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether CI demands the Redis suites (`.ci/run` sets PARALLAX_REQUIRE_REDIS=1). */
export const redisRequired = ['1', 'true', 'yes'].includes(process.env.PARALLAX_REQUIRE_REDIS ?? '');

/** Answers whether a Redis server replies to PING at testRedisUrl, within a second. */
export async function redisAnswers(): Promise<boolean> {
  const url = new URL(testRedisUrl);
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Decides once per file whether to run Redis suites: skips with a clear message when no
 * Redis answers, unless PARALLAX_REQUIRE_REDIS is set, in which case it fails loudly.
 */
export async function useRedis(suite: string): Promise<boolean> {
  if (await redisAnswers()) return true;
  if (redisRequired) throw new Error(`${suite}: PARALLAX_REQUIRE_REDIS is set but no Redis answers at ${testRedisUrl}`);
  console.warn(
    `[skip] ${suite}: no Redis answers at ${testRedisUrl}; Redis suites skipped (set PARALLAX_TEST_REDIS_URL or start redis-server).`,
  );
  return false;
}

/** Deletes every key under `<prefix>:` on the test Redis (a test's own prefix, after the test). */
export async function deleteRedisPrefix(prefix: string): Promise<number> {
  const { createClient } = await import('@redis/client');
  const client = createClient({ url: testRedisUrl });
  await client.connect();
  let deleted = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) if (keys.length) deleted += await client.del(keys);
  } finally {
    await client.close();
  }
  return deleted;
}
