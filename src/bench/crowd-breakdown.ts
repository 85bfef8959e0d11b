import type { Article } from '../domain/article.ts';
import { buildBreakdown } from '../compare/build-breakdown.ts';
import { corpusArticle, type CorpusLine } from './corpus-article.ts';

/** Builds of the crowded story timed; the median is reported, the first (cold) build included. */
const BUILDS = 5;

/**
 * A story told by many outlets, as a big breaking story is: the reports of the corpus's largest topics (an ECB+ topic
 * holds two look-alike events, so their reports share the story's names and words), the first `outlets` of them, each
 * its own outlet. One outlet gives one report to a breakdown, so a story read from the 111 catalog outlets holds at
 * most 111.
 */
export function crowdedStory(lines: CorpusLine[], outlets: number): Article[] {
  const topic = (l: CorpusLine): string => l.story_id.split('_')[0] ?? l.story_id;
  const sizes = new Map<string, number>();
  for (const l of lines) sizes.set(topic(l), (sizes.get(topic(l)) ?? 0) + 1);
  const largest = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  const rank = new Map(largest.map((t, i) => [t, i]));
  return [...lines]
    .sort((a, b) => rank.get(topic(a))! - rank.get(topic(b))!)
    .slice(0, outlets)
    .map((l, i) => ({ ...corpusArticle(l), sourceId: `outlet-${i}` }));
}

/** Milliseconds to build the breakdown of a story told by the given articles, each its own outlet: median, min and max of BUILDS builds. */
export function timeCrowd(articles: Article[]): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const started = process.hrtime.bigint();
    buildBreakdown({
      story: { id: 'crowd', articleIds: articles.map((a) => a.id), firstSeen: '', lastUpdated: '' },
      articles,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: a.language, ownership: null }),
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms);
  return { median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!), max: round(times[times.length - 1]!) };
}
