import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import type KeyvRedis from '@keyv/redis';
import { NAMESPACES, type Collection, type Namespace, type Store } from './store.ts';

export interface StoreOptions {
  /** Folder for the SQLite file; used when redisUrl is not set. */
  dataDir: string;
  redisUrl?: string | undefined;
  /** Prefix for every Redis key, so several deployments (or test runs) can share one server. */
  keyPrefix?: string;
}

/** Opens the store: SQLite in `dataDir` by default, Redis when `redisUrl` is set. */
export async function openStore(options: StoreOptions): Promise<Store> {
  return options.redisUrl ? openRedis(options.redisUrl, options.keyPrefix ?? 'parallax') : openSqlite(options.dataDir);
}

async function openSqlite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(join(dataDir, 'parallax.sqlite'));
  const adapters = new Map<Namespace, KeyvSqlite>();
  // One connection at a time: each creates its table as it opens, and two connections creating tables
  // (or one switching to WAL) at once can fail with SQLITE_BUSY at once, without waiting out busyTimeout.
  // WAL lets the collections' connections read while one writes; NORMAL sync is durable across process crashes.
  for (const ns of NAMESPACES) {
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000, iterationLimit: 1000 });
    if (adapters.size === 0) await adapter.query('PRAGMA journal_mode=WAL');
    await adapter.query('PRAGMA synchronous=NORMAL');
    adapters.set(ns, adapter);
  }
  return keyvStore(`sqlite:${file}`, (ns) => new Keyv({ store: adapters.get(ns)!, namespace: ns }), async () => {
    for (const adapter of adapters.values()) await adapter.disconnect();
  });
}

/**
 * Loaded only when Redis is configured: besides the start-up cost, @redis/client declares a class
 * extending String, and from then on V8 (Node 20) no longer inlines `String.prototype.charCodeAt`
 * anywhere in the process, which made tokenizing several times slower in a SQLite-only bot.
 */
async function openRedis(url: string, prefix: string): Promise<Store> {
  const { default: KeyvRedis } = await import('@keyv/redis');
  const adapters = new Map<Namespace, KeyvRedis<unknown>>();
  for (const ns of NAMESPACES) {
    const adapter = new KeyvRedis(url, { namespace: `${prefix}:${ns}`, throwOnConnectError: true, connectionTimeout: 5000 });
    adapters.set(ns, adapter);
  }
  try {
    await Promise.all([...adapters.values()].map((a) => a.getClient()));
  } catch (error) {
    await Promise.allSettled([...adapters.values()].map((a) => a.disconnect()));
    throw new Error(`cannot connect to Redis at ${redact(url)}: ${(error as Error).message}`);
  }
  return keyvStore(`redis:${redact(url)}/${prefix}`, (ns) => new Keyv({ store: adapters.get(ns)!, namespace: `${prefix}:${ns}`, useKeyPrefix: false }), async () => {
    for (const adapter of adapters.values()) await adapter.disconnect();
  });
}

function keyvStore(description: string, make: (ns: Namespace) => Keyv, close: () => Promise<void>): Store {
  const collections = new Map<Namespace, Collection<unknown>>();
  for (const ns of NAMESPACES) collections.set(ns, keyvCollection(make(ns)));
  return {
    description,
    collection: <T>(ns: Namespace) => collections.get(ns) as Collection<T>,
    close,
  };
}

function keyvCollection<T>(keyv: Keyv): Collection<T> {
  keyv.on('error', () => {
    // Errors surface as rejected promises from the calls below; the listener keeps them from crashing the process.
  });
  return {
    get: async (key) => (await keyv.get<T>(key)) ?? undefined,
    getMany: async (keys) => (keys.length === 0 ? [] : (await keyv.get<T>(keys)).map((v) => v ?? undefined)),
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, ttlMs);
    },
    delete: (key) => keyv.delete(key),
    has: (key) => keyv.has(key),
    entries: () => entries<T>(keyv),
    clear: () => keyv.clear(),
  };
}

async function* entries<T>(keyv: Keyv): AsyncIterable<[string, T]> {
  if (!keyv.iterator) throw new Error('this store cannot list its entries');
  for await (const [key, value] of keyv.iterator(keyv.namespace) as AsyncIterable<[string, T]>) {
    if (value !== undefined) yield [key, value];
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
