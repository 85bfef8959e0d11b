import type { Article } from '../domain/article.ts';
import type { ClusterOptions } from '../cluster/options.ts';
import { StoryClusterer } from '../cluster/story-clusterer.ts';

/** A clustering of a stream, and the story each article ended in. */
export interface Placed {
  clusterer: StoryClusterer;
  /** Seconds spent in `add`, the rest (noting placements) left out. */
  seconds: number;
  /** Article id → the story it is in, or the story it was last in when that story left the live set. */
  placements: Map<string, string>;
}

/**
 * Clusters articles in order with a new clusterer and notes, after every add, the stories that changed: a story
 * untouched for `expiryDays` of article time leaves the clusterer's live set, and `storyOf` no longer knows its
 * reports. While it was current the bot saved and posted it as it was then; a bench scoring a dated stream longer
 * than the window scores its reports by that story too, not as stories of one.
 */
export function placeStream(articles: readonly Article[], options: Partial<ClusterOptions> = {}): Placed {
  const clusterer = new StoryClusterer(options);
  const placements = new Map<string, string>();
  let nanos = 0n;
  for (const article of articles) {
    const started = process.hrtime.bigint();
    clusterer.add(article);
    nanos += process.hrtime.bigint() - started;
    for (const id of clusterer.takeChanged()) for (const a of clusterer.story(id)?.articleIds ?? []) placements.set(a, id);
  }
  for (const article of articles) {
    const live = clusterer.storyOf(article.id);
    if (live !== undefined) placements.set(article.id, live);
  }
  return { clusterer, seconds: Number(nanos) / 1e9, placements };
}

/** The story each id was placed in, or a story of its own ("missing:" + id) when it was never placed. */
export function placedOrAlone(placements: ReadonlyMap<string, string>, ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, placements.get(id) ?? `missing:${id}`]));
}
