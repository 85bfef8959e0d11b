import type { Store } from '../store/store.ts';

/** One record of the `story-merges` collection, keyed by the id of the story that merged away. */
export interface StoryMerge {
  into: string;
  /** When the merge was recorded (ISO 8601). */
  at: string;
}

/** Longest chain followed when resolving an id (a cycle cannot form, but a damaged store should not hang a lookup). */
const MAX_HOPS = 64;

/**
 * Where merged-away story ids went: old id → the id of the story it merged into, kept in memory and in
 * the `story-merges` collection so an id already posted, or behind a button, still opens its story
 * after a merge, a restart, or in another process. A chain (a into b, b into c) resolves to its end.
 * Records live as long as the story they lead to: when that story expires, they are dropped with it.
 */
export class StoryMerges {
  private readonly into = new Map<string, string>();

  constructor(private readonly store: Store) {}

  /** Reads every stored record. */
  async load(): Promise<void> {
    this.into.clear();
    for await (const [from, merge] of this.store.collection<StoryMerge>('story-merges').entries()) this.into.set(from, merge.into);
  }

  /** Whether this id merged away (and its record is kept). */
  has(id: string): boolean {
    return this.into.has(id);
  }

  /** Records that `from` merged into `into`. */
  async record(from: string, into: string, at: string): Promise<void> {
    if (from === into) return;
    this.into.set(from, into);
    await this.store.collection<StoryMerge>('story-merges').set(from, { into, at });
  }

  /**
   * The id a story id stands for now: itself when `isLive` says so (an id can be live again after
   * a split names a new story as an old one was named), else the end of its chain of merges; the id
   * itself when it never merged.
   */
  resolve(id: string, isLive: (id: string) => boolean): string {
    let at = id;
    for (let hops = 0; hops < MAX_HOPS && !isLive(at); hops++) {
      const next = this.into.get(at);
      if (next === undefined) break;
      at = next;
    }
    return at;
  }

  /** Drops the record of an id that names a live story again. */
  async forget(id: string): Promise<void> {
    if (!this.into.delete(id)) return;
    await this.store.collection<StoryMerge>('story-merges').delete(id);
  }

  /** Drops every record that leads to one of these (expired) stories. */
  async dropLeadingTo(gone: ReadonlySet<string>, isLive: (id: string) => boolean): Promise<void> {
    if (gone.size === 0) return;
    // Resolved before any is dropped: dropping the middle of a chain first would cut its head off from the end.
    const leading = [...this.into.keys()].filter((from) => gone.has(this.resolve(from, isLive)));
    for (const from of leading) await this.forget(from);
  }
}
