import type { ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../log.ts';
import { closeRedis, connectRedis, type RedisClient } from '../store/redis-client.ts';
import { StoreError } from '../store/store.ts';
import {
  noGroups,
  JITTER_MARGIN_MS,
  type LimiterFactory,
  type RatePolicy,
  type Reservation,
  type SendLimiter,
} from './send-rate-limiter.ts';

/**
 * One step, atomic in Redis: the earliest time a message to the chat may go under all three limits, and (when
 * ARGV[10] is 'book' and that time is now) the booking of the slot; with it, when the overall limit next has room.
 * The overall and per-group limits keep the last `cap` send times (sorted sets): a slot is free once the `cap`-th
 * latest is a window old. They are trimmed by rank, never by the caller's time: trimming by a later caller's time
 * (a peek whose answer arrives first) cut the window short for a booking made with an earlier time, and a run saw
 * 31 messages in one second. The per-chat limit is the chat's next free time.
 * Times are the callers' clocks, so every sender must share one time base (real time in production).
 */
const RESERVE = `
local now = tonumber(ARGV[1])
local function window(key, cap, span)
  local e = redis.call('ZREVRANGE', key, cap - 1, cap - 1, 'WITHSCORES')[2]
  if not e then return 0 end
  return tonumber(e) + span
end
local gCap, gSpan, gGap = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local globalReady = window(KEYS[1], gCap, gSpan)
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2]
if last then globalReady = math.max(globalReady, tonumber(last) + gGap) end
local ready = math.max(globalReady, tonumber(redis.call('GET', KEYS[2]) or '0'))
local group = ARGV[7] == '1'
if group then ready = math.max(ready, window(KEYS[3], tonumber(ARGV[8]), tonumber(ARGV[9]))) end
if ready > now or ARGV[10] ~= 'book' then return {tostring(ready), tostring(globalReady)} end
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -gCap - 1)
redis.call('PEXPIRE', KEYS[1], math.ceil(gSpan * 2))
globalReady = math.max(window(KEYS[1], gCap, gSpan), now + gGap)
local chatGap = tonumber(ARGV[6])
redis.call('SET', KEYS[2], tostring(now + chatGap), 'PX', math.ceil(chatGap * 2))
if group then
  redis.call('ZADD', KEYS[3], now, ARGV[2])
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -tonumber(ARGV[8]) - 1)
  redis.call('PEXPIRE', KEYS[3], math.ceil(tonumber(ARGV[9]) * 2))
end
return {'booked', tostring(globalReady)}`;

/** Moves a chat's next free time later (never earlier): a platform's retry-after. */
const HOLD = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local untilAt = tonumber(ARGV[1])
if untilAt > current then redis.call('SET', KEYS[1], tostring(untilAt), 'PX', math.max(1, math.ceil(untilAt - tonumber(ARGV[2])) * 2)) end
return 1`;

/**
 * A platform's send limits held in Redis, so they hold across every sending process sharing it: the same rules as
 * `SendRateLimiter` (at most `globalPerSecond` in any second and never closer than half the average gap, one per
 * `1/perChatPerSecond` to a chat, at most `perGroupPerMinute` in any minute to a group), each decision one Lua call.
 */
export class RedisSendLimiter implements SendLimiter {
  private booked = 0;
  private readonly isGroup: (channel: ChannelRef) => boolean;
  /** When the overall limit next has room, as Redis last said: until then this process asks Redis nothing. */
  private globalFreeAt = -Infinity;
  /** Bookings from this process go to Redis one at a time, so its waiting senders do not all ask at once. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly policy: RatePolicy,
    private readonly clock: Clock,
    private readonly owner: string,
  ) {
    this.isGroup = policy.isGroup ?? noGroups;
  }

  /**
   * Connects its own Redis client and returns the factory the sender uses and a `close`. Keys live under
   * `<prefix>:rate:<platform>:` and expire on their own.
   */
  static async connect({
    url,
    prefix = 'parallax',
    clock,
    owner,
    log,
  }: {
    url: string;
    prefix?: string;
    clock: Clock;
    owner: string;
    log?: Logger;
  }): Promise<{ factory: LimiterFactory; close: () => Promise<void> }> {
    const client = await connectRedis(url, 'send limits', log);
    return { factory: (policy) => new RedisSendLimiter(client, prefix, policy, clock, owner), close: () => closeRedis(client) };
  }

  async readyAt(channel: ChannelRef): Promise<number> {
    const [ready] = await this.run(channel, 'peek');
    return Number(ready);
  }

  /**
   * Books a slot when every limit has room. While the overall limit is known to be full, answers at once without
   * asking Redis; otherwise asks, one call at a time from this process.
   */
  reserve(channel: ChannelRef): Promise<Reservation> {
    const turn = this.queue.then(async (): Promise<Reservation> => {
      const now = this.clock.now();
      if (now < this.globalFreeAt) return { ready: false, retryAt: this.globalFreeAt };
      const [answer, globalReady] = await this.run(channel, 'book', now);
      this.globalFreeAt = Number(globalReady);
      return answer === 'booked' ? { ready: true, at: now } : { ready: false, retryAt: Number(answer) };
    });
    this.queue = turn.catch(() => {});
    return turn;
  }

  async hold(channel: ChannelRef, until: number): Promise<void> {
    await this.guard(() =>
      this.client.eval(HOLD, { keys: [this.key('chat', channel.chatId)], arguments: [String(until), String(this.clock.now())] }),
    );
  }

  private async run(channel: ChannelRef, mode: 'book' | 'peek', now = this.clock.now()): Promise<[string, string]> {
    const { globalPerSecond, perChatPerSecond, perGroupPerMinute } = this.policy.limits;
    const keys = [this.key('global', ''), this.key('chat', channel.chatId), this.key('group', channel.chatId)];
    const args = [
      now,
      `${this.owner}:${++this.booked}`,
      Math.max(1, Math.floor(globalPerSecond)),
      1000 + JITTER_MARGIN_MS,
      500 / globalPerSecond,
      1000 / perChatPerSecond,
      this.isGroup(channel) ? '1' : '0',
      Math.max(1, Math.floor(perGroupPerMinute)),
      60_000 + JITTER_MARGIN_MS,
      mode,
    ];
    return (await this.guard(() => this.client.eval(RESERVE, { keys, arguments: args.map(String) }))) as [string, string];
  }

  private key(kind: 'global' | 'chat' | 'group', chatId: string): string {
    return `${this.prefix}:rate:${this.policy.platform}:${kind}${chatId ? `:${chatId}` : ''}`;
  }

  /** A failed Redis call is a store failure: the sender backs off instead of sending outside the limits. */
  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new StoreError(`Redis send limits failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
