import { spawn } from 'node:child_process';
import { tracingChannel } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Coordinator } from '../coordination/coordinator.ts';
import { MemoryCoordinator } from '../coordination/memory-coordinator.ts';
import { Outbox } from '../delivery/outbox.ts';
import { Sender } from '../delivery/sender.ts';
import type { ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../domain/delivery.ts';
import type { Subscription } from '../domain/subscription.ts';
import { silentLogger } from '../log.ts';
import { openStore } from '../store/keyv-store.ts';
import type { Store } from '../store/store.ts';
import { SubscriptionBook } from '../subscriptions/subscription-book.ts';
import { newSubscription } from '../subscriptions/subscription-from-request.ts';

/** Telegram's limits, which the bench applies: 1 message/s per chat, 20/min per group, 30/s overall. */
const TELEGRAM: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 };
const thisFile = fileURLToPath(import.meta.url);

interface WorkerSettings {
  name: string;
  dataDir: string;
  /** Set for the multi-process run: store, claims and send limits on this Redis, under `keyPrefix`. */
  redisUrl?: string;
  keyPrefix?: string;
  sinkUrl: string;
  /** Simulated time is `simStart` at wall time `wallEpoch` and runs `speed` times faster than the wall clock. */
  simStart: number;
  wallEpoch: number;
  speed: number;
  concurrency: number;
}

/** One message the recording platform accepted, with the simulated time it was sent and the sender's Redis commands so far. */
interface Received {
  key: string;
  sim: number;
  worker: string;
  ops: number;
}

/**
 * `npm run bench -- delivery [--channels 10000] [--speed 10] [--kill-at 0.4] [--processes 1]`: queues a briefing for
 * N Telegram channels (every fourth a group) and sends it through a loopback recording platform with Telegram's limits
 * applied on an accelerated clock (`speed`× real time, so limits hold in simulated seconds). With one process the
 * outbox is a SQLite file; with `--processes N` (N > 1) N sender processes share a Redis (`REDIS_URL`): outbox, claims
 * and send limits. Partway (once `kill-at` of the messages have arrived, plus a random 0–100 ms so the kill lands at a
 * random point of the sender's work) one sender is killed with SIGKILL, then restarted.
 */
export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      channels: { type: 'string', default: '10000' },
      speed: { type: 'string', default: '10' },
      'kill-at': { type: 'string', default: '0.4' },
      concurrency: { type: 'string', default: '16' },
      processes: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const channels = Number(values.channels);
  const speed = Number(values.speed);
  const processes = Math.max(1, Number(values.processes));
  const redisUrl = process.env.REDIS_URL;
  if (processes > 1 && !redisUrl)
    throw new Error(
      `the delivery bench with --processes ${processes} needs a Redis the senders share: set REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379)`,
    );
  const keyPrefix = `parallax-bench-${process.pid}-${Date.now()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-delivery-'));
  const open = () => openStore(processes > 1 ? { dataDir, redisUrl, keyPrefix } : { dataDir });
  const wallStart = performance.now();
  try {
    const expected = await seed(await open(), channels);
    console.error(`queued a briefing for ${channels} channels in ${((performance.now() - wallStart) / 1000).toFixed(1)} s`);
    const sink = await recordingPlatform();
    const wallEpoch = Date.now();
    const settings = (name: string, simStart: number, epoch: number): WorkerSettings => ({
      name,
      dataDir,
      ...(processes > 1 ? { redisUrl: redisUrl!, keyPrefix } : {}),
      sinkUrl: sink.url,
      simStart,
      wallEpoch: epoch,
      speed,
      concurrency: Number(values.concurrency),
    });
    const sendStart = performance.now();
    const workers = Array.from({ length: processes }, (_, i) => worker(settings(`w${i + 1}`, 0, wallEpoch)));
    const killAt = Math.floor(channels * Number(values['kill-at']));
    await until(() => sink.received.length >= killAt || workers[0]!.done);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    workers[0]!.child.kill('SIGKILL');
    await workers[0]!.exited;
    console.error(`killed sender w1 with SIGKILL after ${sink.received.length} messages; restarting it`);
    // Alone, the restarted sender's clock resumes just after the last message; beside others it keeps their time base.
    workers[0] = worker(
      processes > 1 ? settings('w1-restarted', 0, wallEpoch) : settings('w1-restarted', sink.lastSimTime() + 1000, Date.now()),
    );
    const codes = await Promise.all(workers.map((w) => w.exited));
    if (codes.some((code) => code !== 0)) throw new Error(`a sender failed (exit codes ${codes.join(', ')})`);
    const wallSeconds = (performance.now() - sendStart) / 1000;
    sink.server.close();
    console.error(
      `messages per simulated 30 s: ${perWindow(
        sink.received.map((r) => r.sim),
        30_000,
      ).join(' ')}`,
    );
    const report = await outcome(await open(), expected, sink.received);
    const seconds = (sink.lastSimTime() - sink.firstSimTime()) / 1000;
    const redisOps = processes > 1 ? sink.redisOps() : null;
    console.log(
      JSON.stringify({
        channels,
        processes,
        sent: report.sent,
        duplicates: report.duplicates,
        lost: report.lost,
        seconds: round(seconds),
        msgs_per_s: round(report.sent / seconds),
        max_in_any_second: maxInWindow(
          sink.received.map((r) => r.sim),
          1000,
        ),
        redis_ops_per_msg: redisOps === null ? null : round(redisOps / report.sent),
        in_doubt: report.inDoubt,
        kills: 1,
        store: processes > 1 ? 'redis' : 'sqlite',
        clock: `simulated, ${speed}x real time`,
        wall_seconds: round(wallSeconds),
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (processes > 1) await dropKeys(redisUrl!, keyPrefix);
  }
}

async function seed(store: Store, channels: number): Promise<Set<string>> {
  const subscriptions = store.collection<Subscription>('subscriptions');
  const outbox = new Outbox({ store, clock: { now: () => 0 } });
  const at = new Date().toISOString();
  const keys = new Set<string>();
  const one = async (i: number) => {
    const channel: ChannelRef = { platform: 'telegram', chatId: i % 4 === 0 ? `-100${i}` : String(10_000 + i), threadId: null };
    const subscription = newSubscription({
      id: `bench${i}`,
      channel,
      request: { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'Europe/Berlin' },
      by: { platform: 'telegram', userId: 'bench', name: 'bench' },
      at,
    });
    await subscriptions.set(subscription.id, subscription);
    const briefing = { subscriptionId: subscription.id, title: 'Briefing: harbour', since: null, generatedAt: at, items: [] };
    await outbox.put({
      channel,
      subscriptionId: subscription.id,
      subject: `briefing:${subscription.id}:bench`,
      version: 1,
      payload: { kind: 'briefing', briefing },
    });
    keys.add(messageKey(channel, { kind: 'briefing', briefing }));
  };
  await one(0);
  for (let i = 1; i < channels; i += 200) await Promise.all(Array.from({ length: Math.min(200, channels - i) }, (_, j) => one(i + j)));
  await store.close();
  return keys;
}

function messageKey(channel: ChannelRef, payload: DeliveryPayload): string {
  return `${channel.chatId}|${payload.kind === 'briefing' ? payload.briefing.subscriptionId : payload.breakdown.story.id}`;
}

/** The loopback platform: records each message; a sender also posts its final Redis command count to `/ops`. */
async function recordingPlatform() {
  const received: Received[] = [];
  const ops = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const message = JSON.parse(body) as Received;
      ops.set(message.worker, Math.max(ops.get(message.worker) ?? 0, message.ops));
      if (req.url === '/ops') return void res.end('{}');
      received.push(message);
      res.end(JSON.stringify({ messageId: `m${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sims = () => received.map((r) => r.sim);
  return {
    server,
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    firstSimTime: () => Math.min(...sims()),
    lastSimTime: () => (received.length ? Math.max(...sims()) : 0),
    /** Redis commands the senders made (the killed one's up to its last message). */
    redisOps: () => [...ops.values()].reduce((sum, n) => sum + n, 0),
  };
}

function worker(settings: WorkerSettings) {
  const child = spawn(process.execPath, ['--import', 'tsx', thisFile, '--worker'], {
    env: { ...process.env, PARALLAX_BENCH_WORKER: JSON.stringify(settings) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const state = { child, done: false, exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  void state.exited.then(() => (state.done = true));
  return state;
}

async function outcome(store: Store, expected: Set<string>, received: { key: string }[]) {
  const counts = new Map<string, number>();
  for (const r of received) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  const records = await new Outbox({ store, clock: { now: () => 0 } }).all();
  await store.close();
  return {
    sent: counts.size,
    duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
    lost: [...expected].filter((k) => !counts.has(k)).length,
    inDoubt: records.filter((r) => r.resentInDoubt > 0).length,
  };
}

async function dropKeys(url: string, prefix: string): Promise<void> {
  const { closeRedis, connectRedis } = await import('../store/redis-client.ts');
  const client = await connectRedis(url, 'bench cleanup', undefined);
  for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) if (keys.length > 0) await client.del(keys);
  await closeRedis(client);
}

/** Messages in each consecutive window from the first message on (progress shown on stderr). */
function perWindow(times: number[], windowMs: number): number[] {
  const first = Math.min(...times);
  const counts: number[] = [];
  for (const t of times) {
    const i = Math.floor((t - first) / windowMs);
    while (counts.length <= i) counts.push(0);
    counts[i]!++;
  }
  return counts;
}

function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
};
const round = (n: number) => Math.round(n * 100) / 100;

/** Claims live in Redis for real milliseconds: scaled down so a claim lasts its simulated time. */
function scaledClaims(coordinator: Coordinator, speed: number): Coordinator {
  return {
    acquire: (key, owner, ttlMs) => coordinator.acquire(key, owner, ttlMs / speed),
    renew: (key, owner, ttlMs) => coordinator.renew(key, owner, ttlMs / speed),
    release: (key, owner) => coordinator.release(key, owner),
    note: (key, value, ttlMs) => coordinator.note(key, value, ttlMs / speed),
    noted: (key) => coordinator.noted(key),
    close: () => coordinator.close(),
  };
}

/** The sender child: delivers the outbox with the platform limits on an accelerated clock until nothing is pending, then exits. */
async function runWorker(settings: WorkerSettings): Promise<void> {
  let ops = 0;
  tracingChannel('node-redis:command').subscribe({
    start: () => void ops++,
    end: () => {},
    asyncStart: () => {},
    asyncEnd: () => {},
    error: () => {},
  });
  const clock: Clock = { now: () => settings.simStart + (Date.now() - settings.wallEpoch) * settings.speed };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / settings.speed));
  const shared = settings.redisUrl !== undefined;
  const store = await openStore({
    dataDir: settings.dataDir,
    redisUrl: settings.redisUrl,
    ...(settings.keyPrefix ? { keyPrefix: settings.keyPrefix } : {}),
  });
  const owner = `bench:${settings.name}:${process.pid}`;
  const outbox = new Outbox({ store, clock });
  let coordinator: Coordinator = new MemoryCoordinator(clock);
  let closeLimits = async () => {};
  const limits: { limiter?: import('../delivery/send-rate-limiter.ts').LimiterFactory } = {};
  if (shared) {
    const { RedisCoordinator } = await import('../coordination/redis-coordinator.ts');
    const { RedisSendLimiter } = await import('../delivery/redis-send-limiter.ts');
    coordinator = scaledClaims(await RedisCoordinator.connect({ url: settings.redisUrl!, prefix: settings.keyPrefix! }), settings.speed);
    const redisLimits = await RedisSendLimiter.connect({ url: settings.redisUrl!, prefix: settings.keyPrefix!, clock, owner });
    limits.limiter = redisLimits.factory;
    closeLimits = redisLimits.close;
  }
  const sender = new Sender({
    outbox,
    coordinator,
    owner,
    subscriptions: new SubscriptionBook({ store, clock }),
    clock,
    sleep,
    log: silentLogger,
    concurrency: settings.concurrency,
    ...limits,
  });
  const post = async (path: string, body: Omit<Received, 'worker' | 'ops'>) =>
    fetch(new URL(path, settings.sinkUrl), { method: 'POST', body: JSON.stringify({ ...body, worker: settings.name, ops }) });
  const send = async (channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> => {
    const res = await post('/', { key: messageKey(channel, payload), sim: clock.now() });
    return { kind: 'sent', messageIds: [((await res.json()) as { messageId: string }).messageId] };
  };
  // Telegram's rule, as its publisher gives it: group and channel chat ids are negative.
  const publisher: Publisher = {
    platform: 'telegram',
    limits: TELEGRAM,
    isGroupChat: (channel) => channel.chatId.startsWith('-'),
    send,
    edit: (channel, _ids, payload) => send(channel, payload),
  };
  sender.addPublisher(publisher);
  for (;;) {
    if ((await sender.runOnce()).due > 0) continue;
    const next = await outbox.nextDueAt();
    if (next === null) break;
    await sleep(Math.min(2000, Math.max(10, next - clock.now())));
  }
  await (await post('/ops', { key: '', sim: clock.now() })).text();
  await closeLimits();
  await coordinator.close();
  await store.close();
}

if (process.argv.includes('--worker') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runWorker(JSON.parse(process.env.PARALLAX_BENCH_WORKER ?? '{}') as WorkerSettings);
}
