import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { STORY_WINDOW_DAYS, type Story } from '../domain/story.ts';
import { silentLogger } from '../log.ts';
import { createApp } from '../main.ts';
import { articleId } from '../parse/article-id.ts';
import { DEFAULT_CORPUS, readCorpus } from './cluster-bench.ts';
import type { CorpusLine } from './corpus-article.ts';
import { serveCorpus, type CorpusFeeds } from './corpus-feeds.ts';
import { scoreForeign } from './foreign-scores.ts';
import { scoreClustering } from './scoring.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

/**
 * `pipeline [FILE.jsonl ...] [--runs 5] [--seed 1] [--max-delay-ms 20] [--rounds 1]`: the corpus (several files are one) served as outlet
 * feeds on loopback (one feed per `source`, see serveCorpus) is ingested through the real pipeline
 * (createApp, a sources file, a fresh data dir, `ingestOnce`) `--runs` times, each run with the
 * sources file in another seeded shuffle and each feed answering after its own seeded random delay,
 * so feeds complete in another order every run. Each run's saved stories are scored against
 * `story_id` with B-cubed; `identical_runs` counts the runs that put every article in a story of the
 * same id as the first run did (the first run included). `seconds` is the wall time of all runs. With reports not in
 * English, `foreign_joined_mean` and `foreign_wrong_mean` are the cluster bench's foreign figures over the runs.
 * `--rounds N` ingests each run in N rounds, the process started afresh on the same data dir for each (a restart
 * between ingestion runs): round k's feeds list the corpus lines whose id hashes into the first k of N parts, so the
 * last round lists them all and a run placed in one process would place them in the same order.
 * A dated corpus is read as the bot would have read it when it was news: the app's clock runs from an hour after the
 * latest `published_at` (asOfCorpus). The bot keeps current stories only, those with a report in the story window by
 * that clock; `unplaced` says how many reports that leaves in no story.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      'max-delay-ms': { type: 'string', default: '20' },
      rounds: { type: 'string', default: '1' },
    },
    allowPositionals: true,
    strict: true,
  });
  const runs = whole(values.runs, '--runs', 1);
  const maxDelay = whole(values['max-delay-ms'], '--max-delay-ms', 0);
  const rounds = whole(values.rounds, '--rounds', 1);
  const random = seededRandom(whole(values.seed, '--seed', 0));
  const paths = positionals.length > 0 ? positionals : [DEFAULT_CORPUS];
  const path = paths.join(' + ');
  const lines = (await Promise.all(paths.map(readCorpus))).flat();
  const hasForeign = lines.some((l) => (l.language ?? 'en') !== 'en');
  const foreignOf = (placed: Map<string, string>) =>
    scoreForeign(lines.map((l) => ({ id: l.id, gold: l.story_id, predicted: placed.get(l.id)!, language: l.language ?? 'en' })));
  const gold = new Map(lines.map((l) => [l.id, l.story_id]));
  const feeds = await serveCorpus(lines);
  const clock = asOfCorpus(lines);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-pipeline-'));
  console.error(`${lines.length} articles from ${path} as ${feeds.outlets.length} feeds; ${runs} runs of ${rounds} round(s)`);
  const started = performance.now();
  try {
    const assignments: Map<string, string>[] = [];
    const f1: number[] = [];
    let unplaced = 0;
    for (let i = 0; i < runs; i++) {
      for (const outlet of feeds.outlets) feeds.delays.set(outlet.id, Math.floor(random() * (maxDelay + 1)));
      const order = shuffled(feeds.outlets, random);
      let predicted = new Map<string, string>();
      for (let round = 1; round <= rounds; round++) {
        feeds.listing.shows = (lineId) => part(lineId, rounds) < round;
        predicted = await ingestRun({ feeds, order, dir: join(dir, `run-${i}`), clock });
      }
      feeds.listing.shows = () => true;
      assignments.push(predicted);
      f1.push(scoreClustering({ gold, predicted }).bcubedF1);
      const alone = [...predicted.values()].filter((story) => story.startsWith(UNPLACED)).length;
      unplaced = Math.max(unplaced, alone);
      console.error(
        `run ${i + 1}: ${new Set(predicted.values()).size} stories, B-cubed F1 ${f1[i]!.toFixed(4)}` +
          (alone > 0
            ? `; ${alone} reports in no current story, scored alone (a story is current for ${STORY_WINDOW_DAYS} days after its last report)`
            : ''),
      );
    }
    const first = assignments[0]!;
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const foreign = hasForeign ? assignments.map(foreignOf) : [];
    console.log(
      JSON.stringify({
        runs,
        bcubed_f1_min: round(Math.min(...f1)),
        bcubed_f1_mean: round(mean(f1)),
        bcubed_f1_max: round(Math.max(...f1)),
        ...(hasForeign
          ? {
              foreign: foreign[0]!.foreign,
              foreign_joined_mean: round(mean(foreign.map((f) => f.foreign_joined))),
              foreign_wrong_mean: round(mean(foreign.map((f) => f.foreign_wrong))),
            }
          : {}),
        ...(rounds > 1 ? { rounds } : {}),
        ...(unplaced > 0 ? { unplaced } : {}),
        identical_runs: assignments.filter((a) => [...first].every(([id, story]) => a.get(id) === story)).length,
        seconds: Math.round((performance.now() - started) / 10) / 100,
      }),
    );
  } finally {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The story an article in no current story is scored in, alone: `unplaced:` and its id. */
const UNPLACED = 'unplaced:';

/** One ingestion run into a fresh data dir; returns corpus id → saved story id (an article in no story gets one of its own). */
async function ingestRun({
  feeds,
  order,
  dir,
  clock,
}: {
  feeds: CorpusFeeds;
  order: CorpusFeeds['outlets'];
  dir: string;
  clock: Clock;
}): Promise<Map<string, string>> {
  const sourcesFile = `${dir}-sources.json`;
  writeFileSync(
    sourcesFile,
    JSON.stringify(
      order.map((o) => ({
        id: o.id,
        name: o.id,
        ...(o.language ? { language: o.language } : {}),
        feeds: [`${feeds.origin}/feed/${o.id}.xml`],
      })),
    ),
  );
  const config = loadConfig({ PARALLAX_DATA_DIR: dir, PARALLAX_SOURCES: sourcesFile, PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true' });
  const app = await createApp({ config, log: silentLogger, clock });
  try {
    const report = await app.ingestOnce();
    const failed = report.feeds.filter((f) => f.status === 'error');
    if (failed.length > 0) throw new Error(`${failed.length} feeds failed, first: ${failed[0]!.feedUrl}: ${failed[0]!.message}`);
    const storyOf = new Map<string, string>();
    for await (const [, story] of app.store.collection<Story>('stories').entries())
      for (const id of story.articleIds) storyOf.set(id, story.id);
    const predicted = new Map<string, string>();
    for (const outlet of feeds.outlets) {
      for (const { line } of outlet.lines) {
        // The id ingestion gives an item whose guid is the corpus id (see parse/article-id.ts).
        const id = articleId({ sourceId: outlet.id, identity: { guid: line.id } });
        predicted.set(line.id, storyOf.get(id) ?? `${UNPLACED}${line.id}`);
      }
    }
    return predicted;
  } finally {
    await app.close();
  }
}

/**
 * The clock a run reads: the system's for an undated corpus; for a dated one, time passing from an hour after its latest
 * report, so that its last stories are current news, as they were when the corpus was written.
 */
function asOfCorpus(lines: readonly CorpusLine[]): Clock {
  const latest = Math.max(...lines.map((l) => (l.published_at ? Date.parse(l.published_at) : NaN)).filter(Number.isFinite));
  if (!Number.isFinite(latest)) return systemClock;
  const offset = latest + 3_600_000 - Date.now();
  return { now: () => Date.now() + offset };
}

/** Which of `parts` equal parts a corpus line falls in, by a hash of its id (the same in every run). */
function part(lineId: string, parts: number): number {
  return createHash('sha1').update(lineId).digest().readUInt32BE(0) % parts;
}

function whole(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs a whole number of at least ${min}`);
  return n;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
