import { readFile } from 'node:fs/promises';
import type { Article } from '../domain/article.ts';
import { StoryClusterer } from '../cluster/story-clusterer.ts';
import { corpusArticle, type CorpusLine } from './corpus-article.ts';
import { peakRssMb } from './peak-rss.ts';
import { scoreClustering } from './scoring.ts';

/** Benchmark corpus used when no path is given, relative to the repository root. */
export const DEFAULT_CORPUS = '../shared/corpus/ecbplus-dev.jsonl';

/**
 * `cluster [FILE.jsonl] [--title-only]`: clusters a labelled corpus online in file order and prints
 * one JSON line with B-cubed and pairwise scores, throughput and peak memory. The corpus is clustered
 * twice from scratch, each time timing every article's `add` in file order (reading and parsing the
 * file are not timed): `cold_docs_per_s` is the first pass of a fresh process, which for a corpus of
 * a few hundred articles mostly measures the JIT compiling the code and the stemmer memo filling up;
 * `docs_per_s` is the second pass, the rate a long-running bot sustains.
 */
export async function run(args: string[]): Promise<void> {
  const titleOnly = args.includes('--title-only');
  const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusLine);
  const articles = lines.map((l) => corpusArticle(l, { titleOnly }));
  const cold = timedClustering(articles);
  const { clusterer, seconds } = timedClustering(articles);
  const gold = new Map(lines.map((l) => [l.id, l.story_id]));
  const predicted = new Map(lines.map((l) => [l.id, clusterer.storyOf(l.id) ?? `missing:${l.id}`]));
  const s = scoreClustering({ gold, predicted });
  console.error(`clustered ${lines.length} articles from ${path}${titleOnly ? ' (titles only)' : ''}`);
  console.log(JSON.stringify({
    docs: lines.length,
    stories: new Set(predicted.values()).size,
    bcubed_p: round(s.bcubedPrecision),
    bcubed_r: round(s.bcubedRecall),
    bcubed_f1: round(s.bcubedF1),
    pairwise_f1: round(s.pairwiseF1),
    docs_per_s: Math.round(lines.length / seconds),
    cold_docs_per_s: Math.round(lines.length / cold.seconds),
    peak_rss_mb: peakRssMb(),
  }));
}

/** Clusters the articles in order with a new clusterer, timing only the adds. */
function timedClustering(articles: Article[]): { clusterer: StoryClusterer; seconds: number } {
  const clusterer = new StoryClusterer();
  const started = process.hrtime.bigint();
  for (const article of articles) clusterer.add(article);
  return { clusterer, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
