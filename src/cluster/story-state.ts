import type { Story } from '../domain/story.ts';
import type { SparseVector } from './sparse-vector.ts';

/** What the clusterer keeps about one live story. */
export interface StoryState {
  id: string;
  /** Creation order; the older of two merging stories has the lower one. */
  seq: number;
  articleIds: string[];
  /** Sum of member article vectors, pruned to the heaviest terms. */
  centroid: SparseVector;
  centroidNorm: number;
  /** Heaviest entity and number terms of the centroid. */
  specifics: [string, number][];
  /** Earliest and latest member time in ms (published, else fetched). */
  firstTime: number;
  lastTime: number;
  /** Range of member published times in ms; null while no member has one. */
  dated: { min: number; max: number } | null;
  firstSeen: string;
  lastUpdated: string;
  /** Value of the clusterer's change counter at the last change, for "most recently updated first". */
  touched: number;
  /** Terms under which the story is on posting lists. */
  indexed: Set<string>;
}

/** The public view of a story. */
export function toStory(s: StoryState): Story {
  return { id: s.id, articleIds: [...s.articleIds], firstSeen: s.firstSeen, lastUpdated: s.lastUpdated };
}
