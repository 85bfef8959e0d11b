import type { IndexName, SetIndex, SortedIndex } from './store.ts';

/** A sorted index in memory, for a store kept in memory (tests). */
export function memorySortedIndex(): SortedIndex {
  const scores = new Map<string, number>();
  const ordered = () => [...scores].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return {
    put: async (member, score) => void scores.set(member, score),
    remove: async (member) => void scores.delete(member),
    upTo: async (max, limit) =>
      ordered()
        .filter(([, score]) => score <= max)
        .slice(0, limit)
        .map(([member]) => member),
    take: async (max, limit, newScore) => {
      const taken = ordered()
        .filter(([, score]) => score <= max)
        .slice(0, limit)
        .map(([member]) => member);
      for (const member of taken) scores.set(member, newScore);
      return taken;
    },
    first: async () => {
      const [top] = ordered();
      return top ? { member: top[0], score: top[1] } : null;
    },
    size: async () => scores.size,
    clear: async () => scores.clear(),
  };
}

/** Named sets in memory, for a store kept in memory (tests). */
export function memorySetIndex(): SetIndex {
  const sets = new Map<string, Set<string>>();
  return {
    add: async (set, member) => void (sets.get(set) ?? sets.set(set, new Set()).get(set)!).add(member),
    remove: async (set, member) => void sets.get(set)?.delete(member),
    members: async (set) => [...(sets.get(set) ?? [])],
    clear: async () => sets.clear(),
  };
}

/** Both kinds of index per name, made on first use: what a memory store hands out. */
export function memoryIndexes(): { sortedIndex(name: IndexName): SortedIndex; setIndex(name: IndexName): SetIndex } {
  const sorted = new Map<IndexName, SortedIndex>();
  const sets = new Map<IndexName, SetIndex>();
  return {
    sortedIndex: (name) => sorted.get(name) ?? sorted.set(name, memorySortedIndex()).get(name)!,
    setIndex: (name) => sets.get(name) ?? sets.set(name, memorySetIndex()).get(name)!,
  };
}
