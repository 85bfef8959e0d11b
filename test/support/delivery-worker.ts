/**
 * A Parallax delivery process for crash and multi-process tests, run as a child:
 * `node --import tsx test/support/delivery-worker.ts` with its settings in PARALLAX_WORKER (JSON).
 * It sends the outbox through an HTTP publisher to a loopback recorder and prints events as JSON lines.
 */
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { RedisCoordinator } from '../../src/coordination/redis-coordinator.ts';
import { DeliveryRuntime } from '../../src/delivery/delivery-runtime.ts';
import type { ChannelRef } from '../../src/domain/channel.ts';
import { systemClock } from '../../src/domain/clock.ts';
import type { DeliveryPayload, Publisher, PublishResult, RateLimits } from '../../src/domain/delivery.ts';
import { silentLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import { FixtureNews } from './delivery-news.ts';

/** What a worker is told. */
export interface WorkerSettings {
  name: string;
  dataDir: string;
  redisUrl?: string;
  keyPrefix?: string;
  sinkUrl: string;
  limits: RateLimits;
  concurrency: number;
  claimTtlMs: number;
  leaseTtlMs: number;
  /** Exit once nothing is pending (else run until killed). */
  exitWhenDone: boolean;
}

/** The key a recorder counts a message by: chat and subject (story or briefing). */
export function messageKey(channel: ChannelRef, payload: DeliveryPayload): string {
  return `${channel.chatId}|${payload.kind === 'briefing' ? `briefing:${payload.briefing.subscriptionId}` : `story:${payload.breakdown.story.id}`}`;
}

class HttpPublisher implements Publisher {
  readonly platform = 'telegram' as const;
  constructor(
    readonly limits: RateLimits,
    private readonly settings: WorkerSettings,
    /** Whether this worker holds the scheduler lease, told with each message so a test can pick the leader at once. */
    private readonly leader: () => boolean,
  ) {}

  send(channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    return this.post('send', channel, payload);
  }

  edit(channel: ChannelRef, _ids: string[], payload: DeliveryPayload): Promise<PublishResult> {
    return this.post('edit', channel, payload);
  }

  private async post(op: 'send' | 'edit', channel: ChannelRef, payload: DeliveryPayload): Promise<PublishResult> {
    const res = await fetch(this.settings.sinkUrl, {
      method: 'POST',
      body: JSON.stringify({ key: messageKey(channel, payload), worker: this.settings.name, op, leader: this.leader() }),
    });
    const { messageId } = (await res.json()) as { messageId: string };
    return { kind: 'sent', messageIds: [messageId] };
  }
}

const settings = JSON.parse(process.env.PARALLAX_WORKER ?? '{}') as WorkerSettings;
const say = (event: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ worker: settings.name, at: Date.now(), ...event })}\n`);
const store = await openStore({
  dataDir: settings.dataDir,
  redisUrl: settings.redisUrl,
  ...(settings.keyPrefix ? { keyPrefix: settings.keyPrefix } : {}),
});
const coordinator = settings.redisUrl
  ? await RedisCoordinator.connect({ url: settings.redisUrl, prefix: settings.keyPrefix ?? 'parallax' })
  : new MemoryCoordinator();
const runtime = new DeliveryRuntime({
  store,
  news: new FixtureNews(),
  clock: systemClock,
  log: silentLogger,
  coordinator,
  owner: settings.name,
  concurrency: settings.concurrency,
  claimTtlMs: settings.claimTtlMs,
  leaseTtlMs: settings.leaseTtlMs,
  pollMs: 200,
  schedulerCron: '* * * * * *',
});
runtime.addPublisher(new HttpPublisher(settings.limits, settings, () => runtime.lease.isHeld));
let held = false;
setInterval(() => {
  if (runtime.lease.isHeld !== held) say({ event: 'lease', held: (held = runtime.lease.isHeld) });
}, 20);
await runtime.start();
say({ event: 'started' });
if (settings.exitWhenDone) {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if ((await runtime.outbox.nextDueAt()) === null) break;
  }
  await runtime.stop();
  await coordinator.close();
  await store.close();
  say({ event: 'done' });
  process.exit(0);
}
