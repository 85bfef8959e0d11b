import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import type KeyvRedis from '@keyv/redis';
import type { Logger } from '../log.ts';
import { createIndexTables, sqliteSetIndex, sqliteSortedIndex } from './sqlite-indexes.ts';
import {
  NAMESPACES,
  StoreError,
  type Collection,
  type IndexName,
  type Namespace,
  type SetIndex,
  type SortedIndex,
  type Store,
} from './store.ts';

export interface StoreOptions {
  /** Where a Redis outage and recovery are logged. */
  log?: Logger;
  /** Folder for the SQLite file; used when redisUrl is not set. */
  dataDir: string;
  redisUrl?: string | undefined;
  /** Prefix for every Redis key, so several deployments (or test runs) can share one server. */
  keyPrefix?: string;
}

/** Opens the store: SQLite in `dataDir` by default, Redis when `redisUrl` is set. */
export async function openStore(options: StoreOptions): Promise<Store> {
  let store: Store;
  try {
    store = options.redisUrl
      ? await openRedis(options.redisUrl, options.keyPrefix ?? 'parallax', options.log)
      : await openSqlite(options.dataDir);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const where = options.redisUrl ? `redis:${redact(options.redisUrl)}` : `sqlite:${resolve(join(options.dataDir, 'parallax.sqlite'))}`;
    throw new StoreError(`cannot open the store at ${where}: ${(error as Error).message}`, { cause: error });
  }
  try {
    await probeStore(store);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
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
  const query = adapters.get('deliveries')!.query as (sql: string, ...parameters: unknown[]) => Promise<unknown[]>;
  await createIndexTables(query);
  const indexes = { sorted: (name: IndexName) => sqliteSortedIndex(query, name), sets: (name: IndexName) => sqliteSetIndex(query, name) };
  return keyvStore(
    `sqlite:${file}`,
    (ns) => new Keyv({ store: adapters.get(ns)!, namespace: ns }),
    indexes,
    async () => {
      for (const adapter of adapters.values()) await adapter.disconnect();
    },
  );
}

/**
 * Loaded only when Redis is configured: besides the start-up cost, @redis/client declares a class
 * extending String, and from then on V8 (Node 20) no longer inlines `String.prototype.charCodeAt`
 * anywhere in the process, which made tokenizing several times slower in a SQLite-only bot.
 */
async function openRedis(url: string, prefix: string, log: Logger | undefined): Promise<Store> {
  const { default: KeyvRedis } = await import('@keyv/redis');
  const { closeRedis, connectRedis } = await import('./redis-client.ts');
  const { redisSetIndex, redisSortedIndex } = await import('./redis-indexes.ts');
  const client = await connectRedis(url, 'store', log);
  const adapters = new Map<Namespace, KeyvRedis<unknown>>();
  for (const ns of NAMESPACES)
    adapters.set(ns, new KeyvRedis(client as never, { namespace: `${prefix}:${ns}`, throwOnConnectError: true, throwOnErrors: true }));
  const indexes = {
    sorted: (name: IndexName) => redisSortedIndex(client, prefix, name),
    sets: (name: IndexName) => redisSetIndex(client, prefix, name),
  };
  return keyvStore(
    `redis:${redact(url)}/${prefix}`,
    (ns) => new Keyv({ store: adapters.get(ns)!, namespace: `${prefix}:${ns}`, useKeyPrefix: false }),
    indexes,
    () => closeRedis(client),
  );
}

/** How a backend makes its indexes. */
interface IndexMakers {
  sorted(name: IndexName): SortedIndex;
  sets(name: IndexName): SetIndex;
}

function keyvStore(description: string, make: (ns: Namespace) => Keyv, indexes: IndexMakers, close: () => Promise<void>): Store {
  const collections = new Map<Namespace, Collection<unknown>>();
  for (const ns of NAMESPACES) collections.set(ns, keyvCollection(ns, make(ns)));
  const sorted = new Map<IndexName, SortedIndex>();
  const sets = new Map<IndexName, SetIndex>();
  return {
    description,
    shared: description.startsWith('redis:'),
    collection: <T>(ns: Namespace) => collections.get(ns) as Collection<T>,
    sortedIndex: (name) => sorted.get(name) ?? sorted.set(name, guardedIndex(name, indexes.sorted(name))).get(name)!,
    setIndex: (name) => sets.get(name) ?? sets.set(name, guardedIndex(name, indexes.sets(name))).get(name)!,
    close,
  };
}

/** The index with every call's failure turned into a StoreError, as the collections do. */
function guardedIndex<T extends object>(name: IndexName, index: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [method, call] of Object.entries(index) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[method] = async (...args: unknown[]) => {
      try {
        return await call(...args);
      } catch (error) {
        throw new StoreError(`store ${method} on index ${name} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
      }
    };
  }
  return wrapped as T;
}

/**
 * Writes a value, reads it back and deletes it, so a store that cannot keep what it is given (a full or
 * read-only disk, a Redis that refuses writes) stops start-up instead of losing every later write.
 */
export async function probeStore(store: Store): Promise<void> {
  const feeds = store.collection<{ probe: string }>('feeds');
  const key = `probe:${process.pid}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
  const value = { probe: 'x'.repeat(4096) };
  try {
    await feeds.set(key, value, 60_000);
    const back = await feeds.get(key);
    if (back?.probe !== value.probe) throw new StoreError('a value written could not be read back');
    await feeds.delete(key);
  } catch (error) {
    throw new StoreError(`the store at ${store.description} cannot save data: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Every call either does what it says or rejects with a StoreError: keyv by default swallows backend errors
 * (a failed `set` returns false, a failed `get` returns undefined), which made a full disk look like success.
 */
function keyvCollection<T>(ns: Namespace, keyv: Keyv): Collection<T> {
  keyv.throwOnErrors = true;
  keyv.on('error', () => {
    // Errors surface as rejected promises from the calls below; the listener keeps them from crashing the process.
  });
  const guard = async <R>(what: string, call: () => Promise<R>): Promise<R> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`store ${what} in ${ns} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    }
  };
  return {
    get: (key) => guard('read', async () => (await keyv.get<T>(key)) ?? undefined),
    getMany: (keys) => guard('read', async () => (keys.length === 0 ? [] : (await keyv.get<T>(keys)).map((v) => v ?? undefined))),
    set: (key, value, ttlMs) =>
      guard('write', async () => {
        if (!(await keyv.set(key, value, ttlMs))) throw new StoreError(`store write in ${ns} failed: the backend did not keep "${key}"`);
      }),
    delete: (key) => guard('delete', () => keyv.delete(key)),
    has: (key) => guard('read', () => keyv.has(key)),
    entries: () => guardedEntries(ns, entries<T>(keyv)),
    clear: () => guard('clear', () => keyv.clear()),
  };
}

async function* guardedEntries<T>(ns: Namespace, source: AsyncIterable<[string, T]>): AsyncIterable<[string, T]> {
  try {
    yield* source;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`store listing of ${ns} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

async function* entries<T>(keyv: Keyv): AsyncIterable<[string, T]> {
  if (!keyv.iterator) throw new Error('this store cannot list its entries');
  for await (const [key, value] of keyv.iterator(keyv.namespace) as AsyncIterable<[string, T]>) {
    if (value !== undefined) yield [key, value];
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
