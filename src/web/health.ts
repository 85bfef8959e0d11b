import type { Coordinator } from '../coordination/coordinator.ts';
import type { Store } from '../store/store.ts';
import type { Metrics } from './metrics.ts';
import { pathOf, type Route } from './http-server.ts';

/** A check's answer: ok, or why not. */
export type Check = { ok: true } | { ok: false; error: string };

/** The body of GET /healthz. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  /** The store (SQLite file or Redis) answers a read. */
  store: Check;
  /** Redis answers (the coordinator's connection); absent without Redis. */
  redis?: Check;
  /** When the last ingestion run finished in any process, and how long ago (seconds); null when none is known. */
  lastIngest: { at: string; ageSeconds: number } | null;
}

/** What /healthz looks at. */
export interface HealthDeps {
  store: Store;
  coordinator: Coordinator;
  redis: boolean;
  lastIngestAt(): Promise<Date | null>;
  now?: () => number;
  /** Longest a check may take before it counts as failed (default 2 s). */
  timeoutMs?: number;
}

/**
 * Checks the store and Redis and reads the last ingestion time. Unavailable (503) when the store or Redis
 * does not answer: a process that cannot reach them can do nothing useful. An old last ingestion is reported,
 * not failed on: restarting a gateway process does not make feeds answer.
 */
export async function healthReport(deps: HealthDeps): Promise<HealthReport> {
  const timeoutMs = deps.timeoutMs ?? 2000;
  const store = await check(() => deps.store.collection('feeds').get('healthz-probe'), timeoutMs);
  const redis = deps.redis ? await check(() => deps.coordinator.noted('healthz-probe'), timeoutMs) : undefined;
  const at = await deps.lastIngestAt().catch(() => null);
  const now = (deps.now ?? Date.now)();
  return {
    status: store.ok && (redis?.ok ?? true) ? 'ok' : 'unavailable',
    store,
    ...(redis ? { redis } : {}),
    lastIngest: at ? { at: at.toISOString(), ageSeconds: Math.max(0, Math.round((now - at.getTime()) / 1000)) } : null,
  };
}

async function check(probe: () => Promise<unknown>, timeoutMs: number): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz (JSON, 200 or 503) and GET /metrics (Prometheus text); other methods on them get 405. */
export function webRoutes({ health, metrics }: { health: HealthDeps; metrics: Metrics }): Route {
  return async (req, res) => {
    const path = pathOf(req);
    if (path !== '/healthz' && path !== '/metrics') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('use GET\n');
      return true;
    }
    if (path === '/healthz') {
      const report = await healthReport(health);
      res
        .writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(`${JSON.stringify(report)}\n`);
    } else {
      const text = await metrics.text();
      res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' }).end(text);
    }
    return true;
  };
}
