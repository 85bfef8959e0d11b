import { StoryClusterer } from '../cluster/story-clusterer.ts';
import { peakRssMb } from './peak-rss.ts';
import { syntheticNews } from './synthetic-news.ts';

/**
 * `scale --docs N [--foreign SHARE]`: streams N deterministic synthetic articles through the clusterer and prints one
 * JSON line with throughput, the 99th percentile time of one add and peak memory. `--foreign 0.4` labels that share of
 * the articles (spread evenly) German, so the language bridge works on every arrival: the same synthetic text in two
 * "languages" shares every name and number across them, a worst case for the looks across languages.
 */
export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--docs');
  const count = at >= 0 ? Number(args[at + 1]) : 100_000;
  if (!Number.isInteger(count) || count <= 0) throw new Error('--docs needs a positive whole number');
  const shareAt = args.indexOf('--foreign');
  const share = shareAt >= 0 ? Number(args[shareAt + 1]) : 0;
  if (!(share >= 0 && share <= 1)) throw new Error('--foreign needs a share between 0 and 1');
  const clusterer = new StoryClusterer();
  const times: number[] = [];
  const started = process.hrtime.bigint();
  let i = 0;
  for (const article of syntheticNews({ count })) {
    const foreign = Math.floor((i + 1) * share) > Math.floor(i * share);
    const t0 = process.hrtime.bigint();
    clusterer.add(foreign ? { ...article, language: 'de' } : article);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (++i % 10_000 === 0) {
      console.error(`${i} docs, ${clusterer.stats().liveStories} live stories`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
  console.log(
    JSON.stringify({
      docs: count,
      ...(share > 0 ? { foreign: share } : {}),
      seconds: Math.round(seconds * 100) / 100,
      docs_per_s: Math.round(count / seconds),
      p99_add_ms: Math.round(p99 * 1000) / 1000,
      peak_rss_mb: peakRssMb(),
    }),
  );
}
