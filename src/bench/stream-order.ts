import type { Article } from '../domain/article.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

const DAY_MS = 86_400_000;

/**
 * A seeded shuffle of a stream, as `--orders` reads it. When every article is dated, its days stay in order and only
 * the reports of one day are shuffled: feeds deliver a day's reports in any order, but no report a month late (the
 * bot does not cluster a report older than the story window at all, newsroom.ts). An undated stream is shuffled
 * whole.
 */
export function shuffledStream(articles: readonly Article[], seed: number): Article[] {
  const order = shuffled(articles, seededRandom(seed));
  const days = order.map((a) => (a.publishedAt ? Math.floor(Date.parse(a.publishedAt) / DAY_MS) : NaN));
  if (days.some((d) => !Number.isFinite(d))) return order;
  // Array.prototype.sort is stable: within a day the shuffled order stays.
  return order
    .map((article, i) => ({ article, day: days[i]! }))
    .sort((x, y) => x.day - y.day)
    .map((x) => x.article);
}
