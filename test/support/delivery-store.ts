import { memoryIndexes } from '../../src/store/memory-indexes.ts';
import type { Collection, Namespace, Store } from '../../src/store/store.ts';

/** The store port in memory (JSON round-trips like the real ones), for fast unit tests. */
export function memoryStore(): Store {
  const maps = new Map<Namespace, Map<string, string>>();
  const map = (ns: Namespace) => maps.get(ns) ?? maps.set(ns, new Map()).get(ns)!;
  return {
    description: 'memory',
    ...memoryIndexes(),
    collection<T>(ns: Namespace): Collection<T> {
      const m = map(ns);
      const read = (key: string) => (m.has(key) ? (JSON.parse(m.get(key)!) as T) : undefined);
      return {
        get: async (key) => read(key),
        getMany: async (keys) => keys.map(read),
        set: async (key, value) => void m.set(key, JSON.stringify(value)),
        delete: async (key) => m.delete(key),
        has: async (key) => m.has(key),
        async *entries() {
          for (const key of [...m.keys()]) {
            const value = read(key);
            if (value !== undefined) yield [key, value] as [string, T];
          }
        },
        clear: async () => m.clear(),
      };
    },
    close: async () => {},
  };
}
