import { corpusArticle, type CorpusLine } from '../bench/corpus-article.ts';
import { scoreClustering } from '../bench/scoring.ts';
import { placedOrAlone, placeStream } from '../bench/placements.ts';
import { shuffledStream } from '../bench/stream-order.ts';
import { features } from '../cluster/join-model.ts';
import type { ClusterOptions } from '../cluster/options.ts';
import { StoryClusterer } from '../cluster/story-clusterer.ts';
import type { Examples } from './logistic.ts';

/** How a corpus is streamed: headlines only or full text, and how many seeded shuffles besides the file order. */
export interface Streams {
  titleOnly: boolean;
  /** Shuffles besides the file order; shuffle i uses seed i (as the cluster bench's --orders). */
  orders: number;
}

/** The corpus articles in the file order (index 0) or seeded shuffle `index`. */
function ordered(lines: readonly CorpusLine[], titleOnly: boolean, index: number) {
  const articles = lines.map((l) => corpusArticle(l, { titleOnly }));
  return index === 0 ? articles : shuffledStream(articles, index);
}

/**
 * Labelled pairs for a join model: every candidate story an article meets as it is placed (the
 * clusterer run with `options` over each stream; by default with the hand-set gate, so that what is
 * learned does not depend on the model committed before), labelled 1 when most of the story's reports are of
 * the article's own event. The pairs are those the clusterer really weighs, early mistakes included;
 * candidates under `minCosine` are left out (see MIN_COSINE in main.ts).
 */
export function labelledPairs(
  lines: readonly CorpusLine[],
  streams: Streams[],
  options: Partial<ClusterOptions> = { joinModel: null },
  minCosine = 0,
): Examples {
  const gold = new Map(lines.map((l) => [l.id, l.story_id]));
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const { titleOnly, orders } of streams) {
    for (let i = 0; i <= orders; i++) {
      const clusterer = new StoryClusterer(options, {
        candidates(articleId, scored) {
          for (const { articleIds, evidence } of scored) {
            if (evidence.cosine < minCosine) continue;
            rows.push(features(evidence));
            labels.push(majority(articleIds.map((id) => gold.get(id)!)) === gold.get(articleId) ? 1 : 0);
          }
        },
      });
      for (const a of ordered(lines, titleOnly, i)) clusterer.add(a);
    }
  }
  return { rows, labels };
}

/** B-cubed F1 of clustering the corpus in the file order and each seeded shuffle (as `npm run bench -- cluster --orders`). */
export function orderScores(lines: readonly CorpusLine[], { titleOnly, orders }: Streams, options: Partial<ClusterOptions> = {}): number[] {
  const gold = new Map(lines.map((l) => [l.id, l.story_id]));
  return Array.from({ length: orders + 1 }, (_, i) => {
    const { placements } = placeStream(ordered(lines, titleOnly, i), options);
    return scoreClustering({
      gold,
      predicted: placedOrAlone(
        placements,
        lines.map((l) => l.id),
      ),
    }).bcubedF1;
  });
}

/** The most frequent label (the first seen on a tie). */
function majority(labels: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const l of labels) {
    const n = (counts.get(l) ?? 0) + 1;
    counts.set(l, n);
    if (best === undefined || n > counts.get(best)!) best = l;
  }
  return best;
}
