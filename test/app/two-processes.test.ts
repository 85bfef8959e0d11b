import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/domain/story.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { callsFor } from '../discord/bot-harness.ts';
import { startAppProcess, type AppProcess } from '../support/app-process.ts';
import { FakeDiscord, IDS } from '../support/fake-discord/fake-discord.ts';
import { shardOf } from '../support/fake-discord/gateway.ts';
import { FLOOD, startNewsSite, type NewsSite } from '../support/news-site.ts';
import { deleteRedisPrefix, testRedisUrl, useRedis } from '../support/redis.ts';
import { BotApiDouble } from '../support/telegram-double/bot-api-double.ts';
import { commandMessage, supergroup, user } from '../support/telegram-double/updates.ts';

/**
 * Issue 16's "done when": two `node src/bin.mjs start` processes on one Redis (a key prefix of their own).
 * A runs `ingest,web,discord` (Discord shard 1 of 2), B runs `discord,telegram,deliver` (shard 0 of 2, where
 * the fake Discord's guild falls). B starts first, on an empty store, and never ingests: the flood story A
 * ingests reaches B through the "stories changed" feed and is answered by /compare on B, on Discord and on
 * Telegram, with the id A saved. Commands are registered once, and a third process asking for Telegram is
 * refused because B already polls.
 */

const runRedis = await useRedis('two app processes on one Redis');
const TOKEN = '123456:APP-two-processes-abcdefghijk';
const group = supergroup(-100777002);
const asker = user(9002, 'Ines');
const prefix = `parallax-test-two-${process.pid}-${Date.now()}`;
const guildShard = shardOf(IDS.guild, 2);

let site: NewsSite;
let discord: FakeDiscord;
let telegram: BotApiDouble;
let a: AppProcess;
let b: AppProcess;
let d: AppProcess | undefined;
let dir: string;
let store: Store;

const common = () => ({
  REDIS_URL: testRedisUrl,
  REDIS_KEY_PREFIX: prefix,
  PARALLAX_SOURCES: site.writeSources(dir),
  PARALLAX_ALLOW_PRIVATE_NETWORKS: '1',
  INGEST_CRON: '*/2 * * * * *',
  DISCORD_TOKEN: 'fake-bot-token',
  DISCORD_API_URL: discord.apiUrl,
  DISCORD_SHARD_COUNT: '2',
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: telegram.apiRoot,
  HTTP_HOST: '127.0.0.1',
  HTTP_PORT: '0',
  COMPARE_USER_COOLDOWN_SECONDS: '0',
  COMPARE_CHAT_COOLDOWN_SECONDS: '0',
});

const logsOf = (app: AppProcess, msg: RegExp) => app.logs().filter((l) => msg.test(String(l.msg)));

beforeAll(async () => {
  if (!runRedis) return;
  site = await startNewsSite([FLOOD], Date.now() - 8 * 3_600_000);
  discord = await FakeDiscord.start();
  telegram = await BotApiDouble.start();
  dir = mkdtempSync(join(tmpdir(), 'parallax-two-'));
  store = await openStore({ dataDir: dir, redisUrl: testRedisUrl, keyPrefix: prefix });
  b = startAppProcess({
    ...common(),
    PARALLAX_DATA_DIR: join(dir, 'b'),
    PARALLAX_ROLES: 'discord,telegram,deliver',
    DISCORD_SHARDS: String(guildShard),
  });
  await b.waitForOutput(/serving Discord and Telegram \(roles: discord, telegram, deliver\)/, 60_000);
  a = startAppProcess({
    ...common(),
    PARALLAX_DATA_DIR: join(dir, 'a'),
    PARALLAX_ROLES: 'ingest,web,discord',
    DISCORD_SHARDS: String(1 - guildShard),
  });
  await a.waitForOutput(/serving Discord \(roles: ingest, web, discord\)/, 60_000);
  await a.waitForOutput(/ingestion run finished/, 30_000);
  await b.waitForOutput(/stories refreshed from another process/, 30_000);
}, 150_000);

afterAll(async () => {
  const codes = [a?.child.signalCode === 'SIGKILL' ? 0 : await a?.stop(), await b?.stop(), await d?.stop()];
  if (process.env.PARALLAX_E2E_LOG)
    (await import('node:fs')).writeFileSync(process.env.PARALLAX_E2E_LOG, `${a?.output()}\n----- B -----\n${b?.output()}`);
  await store?.close();
  if (runRedis) await deleteRedisPrefix(prefix);
  await site?.close();
  await discord?.close();
  await telegram?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (runRedis) expect(codes).toEqual([0, 0, d ? 0 : undefined]);
}, 60_000);

describe.skipIf(!runRedis)('two app processes on one Redis (issue 16)', () => {
  it('B, which never ingests, holds the story A ingested within seconds, with the id A saved', async () => {
    expect(logsOf(b, /ingestion run finished/)).toEqual([]);
    const refresh = logsOf(b, /stories refreshed from another process/)[0]!;
    expect(refresh.stories).toBeGreaterThan(0);
    console.info(`[two-processes] story refresh delay on B: ${refresh.lagMs} ms after A saved (${refresh.changed} stories)`);
    const saved: Story[] = [];
    for await (const [, story] of store.collection<Story>('stories').entries()) saved.push(story);
    expect(saved.length).toBeGreaterThan(0);
  });

  it("/compare on Discord is answered by B (the guild's shard) from the story A ingested, with the same story id", async () => {
    const id = discord.command('compare', { topic: 'flood Marrow Creek' });
    const final = await discord.waitFor(
      () => callsFor(discord, id).find((c) => c.method === 'PATCH' && (c.body?.embeds?.length ?? 0) > 0),
      30_000,
    );
    expect(final.body.embeds[0].title).toMatch(/Marrow Creek/);
    const buttons = (final.body.components as { components: { custom_id: string }[] }[]).flatMap((row) =>
      row.components.map((c) => c.custom_id),
    );
    const ids = new Set<string>();
    for await (const [id] of store.collection<Story>('stories').entries()) ids.add(id);
    const shown = buttons.join(' ').match(/s-[0-9a-f]{12}/g) ?? [];
    expect(shown.length, buttons.join(' ')).toBeGreaterThan(0);
    for (const storyId of shown) expect(ids.has(storyId), `${storyId} is a story A saved`).toBe(true);
    expect(logsOf(b, /discord interaction failed/)).toEqual([]);
  }, 60_000);

  it('/compare on Telegram is answered by B, the one process that polls', async () => {
    telegram.push(commandMessage({ chat: group, from: asker, text: '/compare flood Marrow Creek' }));
    const first = await telegram.waitFor(
      'sendMessage',
      (p) => String(p.chat_id) === String(group.id) && /Marrow Creek/.test(String(p.text)),
      { timeoutMs: 30_000 },
    );
    expect(String(first.params.text)).toMatch(/Marrow Creek/);
  }, 60_000);

  it('registered the Discord commands once, and each process connected only its own shard', () => {
    expect(discord.callsTo('PUT', /^\/applications\/\d+\/commands$/)).toHaveLength(1);
    expect(logsOf(a, /discord adapter ready/).map((l) => l.commands)).toEqual(['registered by another process']);
    expect(discord.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('a third process with the telegram role refuses to long-poll, saying why, and Telegram saw one poller', async () => {
    const c = startAppProcess({ ...common(), PARALLAX_DATA_DIR: join(dir, 'c'), PARALLAX_ROLES: 'telegram' });
    const code = await new Promise<number | null>((resolve) => c.child.once('exit', resolve));
    expect(code).toBe(2);
    expect(c.output()).toMatch(/Telegram long polling already runs in another process on this Redis/);
    expect(c.output()).toMatch(/TELEGRAM_WEBHOOK_URL/);
    expect(telegram.callsTo('deleteWebhook')).toHaveLength(1);
  }, 60_000);

  it('A serves /healthz (store, Redis, last ingestion) and /metrics (Prometheus text) over loopback', async () => {
    const port = Number(logsOf(a, /http server listening/)[0]!.port);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as {
      status: string;
      store: { ok: boolean };
      redis: { ok: boolean };
      lastIngest: { ageSeconds: number } | null;
    };
    expect(report).toMatchObject({ status: 'ok', store: { ok: true }, redis: { ok: true } });
    expect(report.lastIngest!.ageSeconds).toBeLessThan(60);
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(Number(/^parallax_feed_fetches_total\{outcome="ok"\} (\d+)/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(Number(/^parallax_stories (\d+)/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^parallax_outbox_depth \d+/m);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('when A is killed, a waiting ingest process takes the lease over, re-reads the stories and ingests', async () => {
    d = startAppProcess({ ...common(), PARALLAX_DATA_DIR: join(dir, 'd'), PARALLAX_ROLES: 'ingest' });
    await d.waitForOutput(/serving no chat platform \(roles: ingest\)/, 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(logsOf(d, /ingestion run finished/)).toEqual([]);
    a.child.kill('SIGKILL');
    await d.waitForOutput(/"lease":"ingest"[^\n]*"held":true/, 40_000);
    await d.waitForOutput(/ingestion run finished/, 40_000);
    // Restored once at start and once more on taking over, both times with the stories A saved.
    const restored = logsOf(d, /stories restored from the store/);
    expect(restored).toHaveLength(2);
    expect(restored[1]!.stories).toBeGreaterThan(0);
  }, 120_000);
});
