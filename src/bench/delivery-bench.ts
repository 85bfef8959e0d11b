import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MemoryCoordinator } from '../coordination/memory-coordinator.ts';
import { Outbox } from '../delivery/outbox.ts';
import { Sender } from '../delivery/sender.ts';
import type { ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../domain/delivery.ts';
import type { Subscription } from '../domain/subscription.ts';
import { silentLogger } from '../log.ts';
import { openStore } from '../store/keyv-store.ts';
import { SubscriptionBook } from '../subscriptions/subscription-book.ts';
import { newSubscription } from '../subscriptions/subscription-from-request.ts';

/** Telegram's limits, which the bench applies: 1 message/s per chat, 20/min per group, 30/s overall. */
const TELEGRAM: RateLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 };
const thisFile = fileURLToPath(import.meta.url);

interface WorkerSettings {
  dataDir: string;
  sinkUrl: string;
  /** Simulated time starts here and runs `speed` times faster than the wall clock. */
  simStart: number;
  speed: number;
  concurrency: number;
}

/**
 * `npm run bench -- delivery [--channels 10000] [--speed 10] [--kill-at 0.4]`: queues a briefing for N Telegram
 * channels (every fourth a group) and sends it from a child process through a loopback recording platform with
 * Telegram's limits applied on an accelerated clock (`speed`× real time, so limits hold in simulated seconds).
 * Partway (once `kill-at` of the messages have arrived, plus a random 0–100 ms so the kill lands at a random point
 * of the sender's work, not just after a send) the child is killed with SIGKILL, then restarted.
 */
export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { channels: { type: 'string', default: '10000' }, speed: { type: 'string', default: '10' }, 'kill-at': { type: 'string', default: '0.4' }, concurrency: { type: 'string', default: '16' } }, strict: true });
  const channels = Number(values.channels);
  const speed = Number(values.speed);
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-delivery-'));
  const wallStart = performance.now();
  try {
    const expected = await seed(dataDir, channels);
    console.error(`queued a briefing for ${channels} channels in ${((performance.now() - wallStart) / 1000).toFixed(1)} s`);
    const sink = await recordingPlatform();
    const settings = (simStart: number): WorkerSettings => ({ dataDir, sinkUrl: sink.url, simStart, speed, concurrency: Number(values.concurrency) });
    const sendStart = performance.now();
    const first = worker(settings(0));
    const killAt = Math.floor(channels * Number(values['kill-at']));
    await until(() => sink.received.length >= killAt || first.done);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    first.child.kill('SIGKILL');
    await first.exited;
    console.error(`killed the sender with SIGKILL after ${sink.received.length} messages; restarting`);
    const second = worker(settings(sink.lastSimTime() + 1000));
    if ((await second.exited) !== 0) throw new Error('the restarted sender failed');
    const wallSeconds = (performance.now() - sendStart) / 1000;
    sink.server.close();
    const report = await outcome(dataDir, expected, sink.received);
    const seconds = (sink.lastSimTime() - sink.firstSimTime()) / 1000;
    console.log(JSON.stringify({ channels, sent: report.sent, duplicates: report.duplicates, lost: report.lost, seconds: round(seconds), msgs_per_s: round(report.sent / seconds), max_in_any_second: maxInWindow(sink.received.map((r) => r.sim), 1000), in_doubt: report.inDoubt, kills: 1, clock: `simulated, ${speed}x real time`, wall_seconds: round(wallSeconds) }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seed(dataDir: string, channels: number): Promise<Set<string>> {
  const store = await openStore({ dataDir });
  const subscriptions = store.collection<Subscription>('subscriptions');
  const outbox = new Outbox({ store, clock: { now: () => 0 } });
  const at = new Date().toISOString();
  const keys = new Set<string>();
  const one = async (i: number) => {
    const channel: ChannelRef = { platform: 'telegram', chatId: i % 4 === 0 ? `-100${i}` : String(10_000 + i), threadId: null };
    const subscription = newSubscription({ id: `bench${i}`, channel, request: { topic: 'harbour', mode: 'daily', time: '08:00', timezone: 'Europe/Berlin' }, by: { platform: 'telegram', userId: 'bench', name: 'bench' }, at });
    await subscriptions.set(subscription.id, subscription);
    const briefing = { subscriptionId: subscription.id, title: 'Briefing: harbour', since: null, generatedAt: at, items: [] };
    await outbox.put({ channel, subscriptionId: subscription.id, subject: `briefing:${subscription.id}:bench`, version: 1, payload: { kind: 'briefing', briefing } });
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

async function recordingPlatform() {
  const received: { key: string; sim: number }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body) as { key: string; sim: number });
      res.end(JSON.stringify({ messageId: `m${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sims = () => received.map((r) => r.sim);
  return { server, received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, firstSimTime: () => Math.min(...sims()), lastSimTime: () => (received.length ? Math.max(...sims()) : 0) };
}

function worker(settings: WorkerSettings) {
  const child = spawn(process.execPath, ['--import', 'tsx', thisFile, '--worker'], { env: { ...process.env, PARALLAX_BENCH_WORKER: JSON.stringify(settings) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const state = { child, done: false, exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  void state.exited.then(() => (state.done = true));
  return state;
}

async function outcome(dataDir: string, expected: Set<string>, received: { key: string }[]) {
  const counts = new Map<string, number>();
  for (const r of received) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  const store = await openStore({ dataDir });
  const records = await new Outbox({ store, clock: { now: () => 0 } }).all();
  await store.close();
  return {
    sent: counts.size,
    duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
    lost: [...expected].filter((k) => !counts.has(k)).length,
    inDoubt: records.filter((r) => r.resentInDoubt > 0).length,
  };
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

/** The sender child: delivers the outbox with the platform limits on an accelerated clock, then exits. */
async function runWorker(settings: WorkerSettings): Promise<void> {
  const wallStart = Date.now();
  const clock: Clock = { now: () => settings.simStart + (Date.now() - wallStart) * settings.speed };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / settings.speed));
  const store = await openStore({ dataDir: settings.dataDir });
  const outbox = new Outbox({ store, clock });
  const sender = new Sender({ outbox, coordinator: new MemoryCoordinator(clock), owner: `bench:${process.pid}`, subscriptions: new SubscriptionBook({ store, clock }), clock, sleep, log: silentLogger, concurrency: settings.concurrency });
  const post = async (channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> => {
    const res = await fetch(settings.sinkUrl, { method: 'POST', body: JSON.stringify({ key: messageKey(channel, payload), sim: clock.now() }) });
    return { kind: 'sent', messageIds: [((await res.json()) as { messageId: string }).messageId] };
  };
  const publisher: Publisher = { platform: 'telegram', limits: TELEGRAM, send: post, edit: (channel, _ids, payload) => post(channel, payload) };
  sender.addPublisher(publisher);
  while ((await sender.runOnce()).due > 0);
  await store.close();
}

if (process.argv.includes('--worker') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runWorker(JSON.parse(process.env.PARALLAX_BENCH_WORKER ?? '{}') as WorkerSettings);
}
