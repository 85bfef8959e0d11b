import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TRAINED_JOIN_MODEL, type ClusterOptions } from '../cluster/options.ts';
import { corpusArticle, type CorpusLine } from './corpus-article.ts';
import { scoreForeign } from './foreign-scores.ts';
import { peakRssMb } from './peak-rss.ts';
import { placedOrAlone, placeStream } from './placements.ts';
import { scoreClustering } from './scoring.ts';
import { shuffledStream } from './stream-order.ts';

/** Benchmark corpus used when no path is given, relative to the repository root. */
export const DEFAULT_CORPUS = '../shared/corpus/ecbplus-dev.jsonl';

/**
 * `cluster [FILE.jsonl ...] [--title-only] [--assignments OUT.tsv] [--orders N] [--half a|b] [--join-model]`: clusters
 * labelled corpora online as one stream (files in the order given, each in file order) and prints one
 * JSON line with B-cubed and pairwise scores, throughput and peak memory.
 * - The stream is clustered twice from scratch, timing every `add`: `cold_docs_per_s` is the first pass
 *   of a fresh process (mostly the JIT and the stemmer memo filling up), `docs_per_s` the second pass,
 *   the rate a long-running bot sustains.
 * - An article is scored by the story it is in at the end or, when that story left the live set (a dated stream
 *   longer than the story window), by the story it was last in while current (placements.ts).
 * - `--orders N` also clusters N seeded shuffles of the stream and adds `bcubed_f1_mean` and
 *   `bcubed_f1_min` over the file order and the shuffles; a stream dated throughout keeps its days in order
 *   (stream-order.ts).
 * - `--half a|b` keeps the odd (a) or even (b) ECB+ topics (the number before `_` in `story_id`), for
 *   tuning on one half and judging on the other.
 * - With reports in other languages than English, `foreign`, `foreign_joined`, `foreign_wrong` and
 *   `by_language` say how many met a story holding English reports of their own event.
 * - `--join-model` decides joins of texts with the learned model (TRAINED_JOIN_MODEL) instead of the gate.
 * - `--assignments OUT.tsv` writes `id<TAB>story` for every article (file order).
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'join-model': { type: 'boolean', default: false },
      'title-only': { type: 'boolean', default: false },
      assignments: { type: 'string' },
      orders: { type: 'string', default: '0' },
      half: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const titleOnly = values['title-only'];
  const options: Partial<ClusterOptions> = values['join-model'] ? { joinModel: TRAINED_JOIN_MODEL } : {};
  const paths = positionals.length > 0 ? positionals : [DEFAULT_CORPUS];
  const lines = (await Promise.all(paths.map(readCorpus))).flat().filter(inHalf(values.half));
  const articles = lines.map((l) => corpusArticle(l, { titleOnly }));
  const ids = lines.map((l) => l.id);
  const cold = placeStream(articles, options);
  const { placements, seconds } = placeStream(articles, options);
  const gold = new Map(lines.map((l) => [l.id, l.story_id]));
  const predicted = placedOrAlone(placements, ids);
  const s = scoreClustering({ gold, predicted });
  const orders = Number(values.orders);
  const foreignOf = (placed: Map<string, string>) =>
    scoreForeign(lines.map((l) => ({ id: l.id, gold: l.story_id, predicted: placed.get(l.id)!, language: l.language ?? 'en' })));
  const hasForeign = lines.some((l) => (l.language ?? 'en') !== 'en');
  const shuffled = Array.from({ length: orders }, (_, i) => {
    const placed = placedOrAlone(placeStream(shuffledStream(articles, i + 1), options).placements, ids);
    return { f1: scoreClustering({ gold, predicted: placed }).bcubedF1, foreign: hasForeign ? foreignOf(placed) : null };
  });
  const f1s = [s.bcubedF1, ...shuffled.map((o) => o.f1)];
  const foreign = hasForeign ? foreignOf(predicted) : null;
  const foreignOrders = foreign ? [foreign, ...shuffled.map((o) => o.foreign!)] : [];
  if (values.assignments) await writeFile(values.assignments, lines.map((l) => `${l.id}\t${predicted.get(l.id)}\n`).join(''));
  console.error(
    `clustered ${lines.length} articles from ${paths.join(' + ')}${titleOnly ? ' (titles only)' : ''}${values.half ? ` (half ${values.half})` : ''}`,
  );
  console.log(
    JSON.stringify({
      docs: lines.length,
      stories: new Set(predicted.values()).size,
      bcubed_p: round(s.bcubedPrecision),
      bcubed_r: round(s.bcubedRecall),
      bcubed_f1: round(s.bcubedF1),
      pairwise_f1: round(s.pairwiseF1),
      ...(orders > 0 ? { orders: orders + 1, bcubed_f1_mean: round(mean(f1s)), bcubed_f1_min: round(Math.min(...f1s)) } : {}),
      ...(foreign ?? {}),
      ...(orders > 0 && foreign
        ? {
            foreign_joined_mean: round(mean(foreignOrders.map((f) => f.foreign_joined))),
            foreign_wrong_mean: round(mean(foreignOrders.map((f) => f.foreign_wrong))),
            foreign_fewest_joined: Math.min(...foreignOrders.flatMap((f) => Object.values(f.by_language).map((l) => l.joined))),
            by_order: foreignOrders.map((f, i) => ({
              bcubed_f1: round(f1s[i]!),
              foreign_joined: f.foreign_joined,
              foreign_wrong: f.foreign_wrong,
            })),
          }
        : {}),
      docs_per_s: Math.round(lines.length / seconds),
      cold_docs_per_s: Math.round(lines.length / cold.seconds),
      peak_rss_mb: peakRssMb(),
    }),
  );
}

/** The lines of a JSON Lines corpus file. */
export async function readCorpus(path: string): Promise<CorpusLine[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
}

/** Keeps the odd ECB+ topics for half "a", the even ones for "b", everything without a half. */
export function inHalf(half: string | undefined): (line: CorpusLine) => boolean {
  if (half === undefined) return () => true;
  if (half !== 'a' && half !== 'b') throw new Error(`--half is "a" (odd topics) or "b" (even topics), not "${half}"`);
  return (line) => {
    const topic = Number.parseInt(line.story_id, 10);
    return Number.isFinite(topic) && topic % 2 === (half === 'a' ? 1 : 0);
  };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
