import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCoordinator } from '../../src/coordination/memory-coordinator.ts';
import { RedisCoordinator } from '../../src/coordination/redis-coordinator.ts';
import { lastIngestAt, LAST_INGEST_NOTE } from '../../src/coordination/shared-state.ts';
import { silentLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/keyv-store.ts';
import type { Store } from '../../src/store/store.ts';
import { webRoutes } from '../../src/web/health.ts';
import { HttpServer } from '../../src/web/http-server.ts';
import { Metrics } from '../../src/web/metrics.ts';
import { startOwnRedis, type OwnRedis } from '../support/own-redis.ts';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-web-'));
  store = await openStore({ dataDir: dir });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const metricsFor = (depth: () => Promise<number> = async () => 3) =>
  new Metrics({ storiesHeld: () => 7, articlesHeld: () => 40, outboxDepth: depth });

async function serve(routes: Parameters<HttpServer['add']>[0]): Promise<{ url: string; close(): Promise<void> }> {
  const server = await HttpServer.start({ host: '127.0.0.1', port: 0, log: silentLogger });
  server.add(routes);
  return { url: `http://127.0.0.1:${server.port}`, close: () => server.close() };
}

describe('/healthz and /metrics over loopback', () => {
  it('on SQLite alone: 200 with the store ok, no Redis check, and the last ingestion noted with its age', async () => {
    const coordinator = new MemoryCoordinator();
    const server = await serve(
      webRoutes({
        health: {
          store,
          coordinator,
          redis: false,
          lastIngestAt: () => lastIngestAt(coordinator),
          now: () => Date.parse('2026-12-02T10:05:00Z'),
        },
        metrics: metricsFor(),
      }),
    );
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', store: { ok: true }, lastIngest: null });
      await coordinator.note(LAST_INGEST_NOTE, '2026-12-02T10:00:00.000Z', 60_000_000);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await health.json()).toEqual({
        status: 'ok',
        store: { ok: true },
        lastIngest: { at: '2026-12-02T10:00:00.000Z', ageSeconds: 300 },
      });
    } finally {
      await server.close();
    }
  });

  it('503 naming Redis when Redis stops answering, 200 again when it is back', async () => {
    const redis: OwnRedis | null = await startOwnRedis('healthz on Redis');
    if (!redis) return;
    const coordinator = await RedisCoordinator.connect({ url: redis.url, prefix: 'healthz', log: silentLogger });
    const server = await serve(
      webRoutes({
        health: { store, coordinator, redis: true, lastIngestAt: () => lastIngestAt(coordinator), timeoutMs: 1000 },
        metrics: metricsFor(),
      }),
    );
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      redis.stop();
      const down = await fetch(`${server.url}/healthz`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { status: string; store: { ok: boolean }; redis: { ok: boolean; error: string } };
      expect(body.status).toBe('unavailable');
      expect(body.store.ok).toBe(true);
      expect(body.redis.ok).toBe(false);
      expect(body.redis.error).toMatch(/Redis read of healthz-probe failed/);
      redis.start();
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await fetch(`${server.url}/healthz`)).status;
      }
      expect(status).toBe(200);
    } finally {
      await server.close();
      await coordinator.close();
      redis.dispose();
    }
  }, 30_000);

  it('/metrics gives Prometheus text: ingestion, stories, outbox depth, sends by result, errors and command latency', async () => {
    const metrics = metricsFor();
    metrics.ingested({
      feeds: [{ status: 'new' }, { status: 'seen' }, { status: 'error' }, { status: 'skipped' }],
      newArticles: 12,
    } as never);
    const results = [
      { kind: 'sent', messageIds: ['1'] },
      { kind: 'retry', afterSeconds: 3, reason: '429' },
    ] as const;
    let call = 0;
    const publisher = metrics.countSends({
      platform: 'telegram',
      limits: { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30 },
      send: async () => results[call++ % 2]!,
      edit: async () => {
        throw new Error('network down');
      },
    } as never);
    await publisher.send({} as never, {} as never);
    await publisher.send({} as never, {} as never);
    await expect(publisher.edit({} as never, [], {} as never)).rejects.toThrow('network down');
    const services = metrics.timeServices({
      stories: async () => [],
      compare: async () => null,
      breakdown: async () => {
        throw new Error('store down');
      },
    } as never);
    await services.compare('flood', async () => {});
    await expect(services.breakdown('s-000000000000')).rejects.toThrow('store down');

    const server = await serve(
      webRoutes({ health: { store, coordinator: new MemoryCoordinator(), redis: false, lastIngestAt: async () => null }, metrics }),
    );
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1]);
      expect(value('parallax_feed_fetches_total{outcome="ok"}')).toBe(2);
      expect(value('parallax_feed_fetches_total{outcome="failed"}')).toBe(1);
      expect(value('parallax_feed_fetches_total{outcome="skipped"}')).toBe(1);
      expect(value('parallax_articles_ingested_total')).toBe(12);
      expect(value('parallax_stories')).toBe(7);
      expect(value('parallax_articles')).toBe(40);
      expect(value('parallax_outbox_depth')).toBe(3);
      expect(value('parallax_sends_total{platform="telegram",operation="send",result="sent"}')).toBe(1);
      expect(value('parallax_sends_total{platform="telegram",operation="send",result="retry"}')).toBe(1);
      expect(value('parallax_errors_total{where="send"}')).toBe(1);
      expect(value('parallax_errors_total{where="command"}')).toBe(1);
      expect(value('parallax_command_seconds_count{service="compare"}')).toBe(1);
      expect(value('parallax_command_seconds_count{service="breakdown"}')).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('shows the outbox depth as NaN (unknown, not 0) when the outbox cannot be read, instead of failing the scrape', async () => {
    const metrics = metricsFor(async () => {
      throw new Error('store down');
    });
    const text = await metrics.text();
    expect(text).toMatch(/^parallax_stories 7$/m);
    // prom-client writes "Nan"; Prometheus reads NaN in any case (Go's ParseFloat).
    expect(text).toMatch(/^parallax_outbox_depth nan$/im);
  });
});
