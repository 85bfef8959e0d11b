import type { RedisClient } from './redis-client.ts';
import type { IndexName, SetIndex, SortedIndex } from './store.ts';

/** Re-scores the due members it returns in one step, so two processes taking at once get different members. */
const TAKE = `local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, member in ipairs(m) do redis.call('ZADD', KEYS[1], 'XX', ARGV[3], member) end
return m`;

/** A sorted set at `<prefix>:index:<name>`. */
export function redisSortedIndex(client: RedisClient, prefix: string, name: IndexName): SortedIndex {
  const key = `${prefix}:index:${name}`;
  return {
    put: async (member, score) => void (await client.zAdd(key, { score, value: member })),
    remove: async (member) => void (await client.zRem(key, member)),
    upTo: async (max, limit) => client.zRangeByScore(key, '-inf', max === Infinity ? '+inf' : max, { LIMIT: { offset: 0, count: limit } }),
    take: async (max, limit, newScore) =>
      (await client.eval(TAKE, {
        keys: [key],
        arguments: [max === Infinity ? '+inf' : String(max), String(limit), String(newScore)],
      })) as string[],
    first: async () => {
      const [top] = await client.zRangeWithScores(key, 0, 0);
      return top ? { member: top.value, score: top.score } : null;
    },
    size: async () => client.zCard(key),
    clear: async () => void (await client.del(key)),
  };
}

/** Sets at `<prefix>:index:<name>:<set>`. */
export function redisSetIndex(client: RedisClient, prefix: string, name: IndexName): SetIndex {
  const key = (set: string) => `${prefix}:index:${name}:${set}`;
  return {
    add: async (set, member) => void (await client.sAdd(key(set), member)),
    remove: async (set, member) => void (await client.sRem(key(set), member)),
    members: async (set) => client.sMembers(key(set)),
    clear: async () => {
      for await (const keys of client.scanIterator({ MATCH: `${key('')}*`, COUNT: 1000 })) if (keys.length > 0) await client.del(keys);
    },
  };
}
