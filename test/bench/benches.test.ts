import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as runCluster } from '../../src/bench/cluster-bench.ts';
import { run as runPipeline } from '../../src/bench/pipeline-bench.ts';
import { run as runScale } from '../../src/bench/scale-bench.ts';

async function lastJsonLine(run: () => Promise<void>): Promise<Record<string, number>> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await run();
  return JSON.parse(lines[lines.length - 1] ?? 'null') as Record<string, number>;
}

const line = (
  id: string,
  story: string,
  title: string,
  body: string,
  {
    source = null,
    url = null,
    language = 'en',
    published = null,
  }: { source?: string | null; url?: string | null; language?: string; published?: string | null } = {},
): string => JSON.stringify({ id, story_id: story, title, body, url, source, language, published_at: published });

describe('benches', () => {
  afterEach(() => vi.restoreAllMocks());

  it('cluster: scores a labelled corpus and reports the figures as one JSON line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
    const file = join(dir, 'tiny.jsonl');
    await writeFile(
      file,
      [
        line(
          'a1',
          'quake',
          'Magnitude 6.4 quake hits Velmora',
          'Governor Ilsa Brandt said 37 died in Tarsk when the quake struck Velmora.',
        ),
        line('a2', 'quake', 'Velmora quake toll reaches 37', 'The quake in Velmora killed 37 in Tarsk, Governor Ilsa Brandt said.'),
        line(
          'b1',
          'vote',
          'Oskaria votes in snap election',
          'Voters in Oskaria chose a parliament; Premier Tomas Reyvik called the vote in May.',
        ),
      ].join('\n'),
    );
    const out = await lastJsonLine(() => runCluster([file]));
    expect(out.docs).toBe(3);
    expect(out.stories).toBe(2);
    expect(out.bcubed_f1).toBe(1);
    expect(out.pairwise_f1).toBe(1);
    expect(Object.keys(out)).toEqual([
      'docs',
      'stories',
      'bcubed_p',
      'bcubed_r',
      'bcubed_f1',
      'pairwise_f1',
      'docs_per_s',
      'cold_docs_per_s',
      'peak_rss_mb',
    ]);
    const titles = await lastJsonLine(() => runCluster([file, '--title-only']));
    expect(titles.docs).toBe(3);
  });

  it('cluster: several files are one stream; --orders, --half and --assignments; foreign reports are scored by language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
    const english = join(dir, 'en.jsonl');
    const foreign = join(dir, 'xx.jsonl');
    await writeFile(
      english,
      [
        line(
          'a1',
          '1_quake',
          'Magnitude 6.4 quake hits Velmora',
          'Governor Ilsa Brandt said 37 died in Tarsk when the quake struck Velmora.',
        ),
        line('a2', '1_quake', 'Velmora quake toll reaches 37', 'The quake in Velmora killed 37 in Tarsk, Governor Ilsa Brandt said.'),
        line(
          'b1',
          '2_vote',
          'Oskaria votes in snap election',
          'Voters in Oskaria chose a parliament; Premier Tomas Reyvik called the vote in May.',
        ),
      ].join('\n'),
    );
    await writeFile(
      foreign,
      line(
        'a3',
        '1_quake',
        'Séisme de magnitude 6,4 à Velmora',
        'Le gouverneur Ilsa Brandt a déclaré que 37 personnes sont mortes à Tarsk.',
        { language: 'fr' },
      ),
    );
    const assignments = join(dir, 'out.tsv');
    const out = await lastJsonLine(() => runCluster([english, foreign, '--orders', '2', '--assignments', assignments]));
    expect(out.docs).toBe(4);
    expect(out.orders).toBe(3);
    expect(out.bcubed_f1_min).toBeLessThanOrEqual(out.bcubed_f1_mean!);
    expect(out.foreign).toBe(1);
    expect((out as any).by_language.fr.reports).toBe(1);
    const rows = (await readFile(assignments, 'utf8'))
      .trim()
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(rows[0]![1]).toBe(rows[1]![1]);
    expect(out.foreign_joined).toBe(rows[3]![1] === rows[0]![1] ? 1 : 0);
    const odd = await lastJsonLine(() => runCluster([english, '--half', 'a']));
    expect(odd.docs).toBe(2);
    await expect(runCluster([english, '--half', 'c'])).rejects.toThrow(/--half/);
  });

  it('cluster: a dated stream longer than a story stays live is scored by the stories its reports ended in, as the bot stores them', async () => {
    // Three events a month apart, two reports each, in time order: by the third, the first two stories have left the
    // clusterer's live set (a story lives STORY_WINDOW_DAYS of article time), as they leave the bot's. The bot has saved
    // them; the bench must not score their reports as stories of one.
    const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
    const file = join(dir, 'dated.jsonl');
    const quake = 'Governor Ilsa Brandt said 37 died in Tarsk when the quake struck Velmora.';
    const vote = 'Voters in Oskaria chose a parliament; Premier Tomas Reyvik called the vote early.';
    const fire = 'Firefighters in Dunmore fought the blaze at the Halvard mill, Chief Petra Lunn said.';
    await writeFile(
      file,
      [
        line('a1', 'quake', 'Magnitude 6.4 quake hits Velmora', quake, { published: '2031-03-01T08:00:00Z' }),
        line('a2', 'quake', 'Velmora quake toll reaches 37', quake, { published: '2031-03-01T10:00:00Z' }),
        line('b1', 'vote', 'Oskaria votes in snap election', vote, { published: '2031-04-01T08:00:00Z' }),
        line('b2', 'vote', 'Oskaria snap election: Reyvik votes', vote, { published: '2031-04-01T09:00:00Z' }),
        line('c1', 'fire', 'Fire guts Halvard mill in Dunmore', fire, { published: '2031-05-01T08:00:00Z' }),
        line('c2', 'fire', 'Dunmore mill fire: Lunn says blaze out', fire, { published: '2031-05-01T09:00:00Z' }),
      ].join('\n'),
    );
    const assignments = join(dir, 'out.tsv');
    const out = await lastJsonLine(() => runCluster([file, '--orders', '4', '--assignments', assignments]));
    expect(out.stories).toBe(3);
    expect(out.bcubed_f1).toBe(1);
    // A shuffle of a dated stream keeps its days in order, as feeds deliver them: no report arrives a month late.
    expect(out.bcubed_f1_min).toBe(1);
    const rows = (await readFile(assignments, 'utf8'))
      .trim()
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows.every(([, story]) => story!.startsWith('s-'))).toBe(true);
  });

  it('pipeline: ingests the corpus as outlet feeds in several fetch orders and scores every run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
    const file = join(dir, 'outlets.jsonl');
    await writeFile(
      file,
      [
        line(
          'a1',
          'quake',
          'Magnitude 6.4 quake hits Velmora',
          'Governor Ilsa Brandt said 37 died in Tarsk when the quake struck Velmora.',
          { source: 'velmora-daily.example', url: 'https://velmora-daily.example/2031/03/velmora-quake-kills-37' },
        ),
        line('a2', 'quake', 'Velmora quake toll reaches 37', 'The quake in Velmora killed 37 in Tarsk, Governor Ilsa Brandt said.', {
          source: 'north-wire.example',
        }),
        line(
          'a3',
          'quake',
          'Rescuers dig in Tarsk after Velmora quake',
          'Rescuers in Tarsk searched the rubble after the Velmora quake killed 37, Governor Ilsa Brandt said.',
        ),
        line(
          'b1',
          'vote',
          'Oskaria votes in snap election',
          'Voters in Oskaria chose a parliament; Premier Tomas Reyvik called the vote in May.',
          { source: 'north-wire.example' },
        ),
        line(
          'b2',
          'vote',
          'Reyvik calls snap election in Oskaria',
          'Premier Tomas Reyvik called a snap election in Oskaria, and voters chose a parliament.',
          { source: 'velmora-daily.example' },
        ),
      ].join('\n'),
    );
    const out = await lastJsonLine(() => runPipeline([file, '--runs', '3', '--max-delay-ms', '30']));
    expect(Object.keys(out)).toEqual(['runs', 'bcubed_f1_min', 'bcubed_f1_mean', 'bcubed_f1_max', 'identical_runs', 'seconds']);
    expect(out.runs).toBe(3);
    expect(out.identical_runs).toBe(3);
    expect(out.bcubed_f1_min).toBe(1);
    expect(out.bcubed_f1_max).toBe(1);
    await expect(runPipeline([file, '--runs', '0'])).rejects.toThrow(/--runs/);
    // In rounds, a restart between each, the same stories come out.
    const rounds = await lastJsonLine(() => runPipeline([file, '--runs', '2', '--rounds', '3']));
    expect(rounds).toMatchObject({ runs: 2, rounds: 3, identical_runs: 2, bcubed_f1_min: 1 });
    await expect(runPipeline([file, '--rounds', '0'])).rejects.toThrow(/--rounds/);
  });

  it('pipeline: says how many reports of a dated corpus are in no current story, their stories having expired', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-'));
    const file = join(dir, 'dated.jsonl');
    const quake = 'Governor Ilsa Brandt said 37 died in Tarsk when the quake struck Velmora.';
    const vote = 'Voters in Oskaria chose a parliament; Premier Tomas Reyvik called the vote early.';
    await writeFile(
      file,
      [
        line('a1', 'quake', 'Magnitude 6.4 quake hits Velmora', quake, { source: 'north-wire.example', published: '2026-03-01T08:00:00Z' }),
        line('a2', 'quake', 'Velmora quake toll reaches 37', quake, { source: 'velmora-daily.example', published: '2026-03-01T10:00:00Z' }),
        line('b1', 'vote', 'Oskaria votes in snap election', vote, { source: 'north-wire.example', published: '2026-04-01T08:00:00Z' }),
        line('b2', 'vote', 'Oskaria snap election: Reyvik votes', vote, {
          source: 'velmora-daily.example',
          published: '2026-04-01T09:00:00Z',
        }),
      ].join('\n'),
    );
    const out = await lastJsonLine(() => runPipeline([file, '--runs', '1']));
    // The quake's story expired once the vote's reports, a month later, were placed: the bot keeps current stories only.
    expect(out.unplaced).toBe(2);
    expect(out.bcubed_f1_max).toBeLessThan(1);
  });

  it('scale: streams the asked number of synthetic articles', async () => {
    const out = await lastJsonLine(() => runScale(['--docs', '300']));
    expect(out.docs).toBe(300);
    expect(out.p99_add_ms).toBeGreaterThan(0);
    expect(Object.keys(out)).toEqual(['docs', 'seconds', 'docs_per_s', 'p99_add_ms', 'peak_rss_mb']);
  });

  it('scale: refuses a --docs value that is not a positive whole number', async () => {
    await expect(runScale(['--docs', 'many'])).rejects.toThrow(/--docs/);
  });

  it('scale: labels the asked share of the stream German, and refuses a share outside 0 to 1', async () => {
    const out = await lastJsonLine(() => runScale(['--docs', '300', '--foreign', '0.4']));
    expect(out).toMatchObject({ docs: 300, foreign: 0.4 });
    await expect(runScale(['--docs', '10', '--foreign', '2'])).rejects.toThrow(/--foreign/);
  });
});
