import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const line = (id: string, story: string) =>
  JSON.stringify({ id, story_id: story, title: id, body: '', url: null, source: null, language: 'en', published_at: null });

describe('bench/what-if/date-by-event.mjs', () => {
  it("dates an older event's reports on one day and a newer event's the gap later, in time order with --sort", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-what-if-'));
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    const out = join(dir, 'out.jsonl');
    await writeFile(a, [line('n1', '1_ecbplus'), line('o1', '1_ecb'), line('n2', '2_ecbplus')].join('\n'));
    await writeFile(b, line('o2', '2_ecb') + '\n');
    await run(process.execPath, ['bench/what-if/date-by-event.mjs', a, b, '--out', out, '--gap', '30', '--sort']);
    const rows = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; published_at: string });
    expect(
      rows
        .map((r) => r.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['o1', 'o2']);
    expect(
      rows
        .map((r) => r.id)
        .slice(2)
        .sort(),
    ).toEqual(['n1', 'n2']);
    const day = (r: { published_at: string }) => r.published_at.slice(0, 10);
    expect(new Set(rows.map(day))).toEqual(new Set(['2030-03-02', '2030-04-01']));
    expect(rows.map((r) => r.published_at)).toEqual(rows.map((r) => r.published_at).sort());
  });

  it('dates each report within --spread hours of its day', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-what-if-'));
    const a = join(dir, 'a.jsonl');
    const out = join(dir, 'out.jsonl');
    await writeFile(a, Array.from({ length: 20 }, (_, i) => line(`o${i}`, '1_ecb')).join('\n'));
    await run(process.execPath, ['bench/what-if/date-by-event.mjs', a, '--out', out, '--spread', '2']);
    const times = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { published_at: string }).published_at);
    expect(times.every((t) => t >= '2030-03-02T00:00:00.000Z' && t < '2030-03-02T02:00:00.000Z')).toBe(true);
  });

  it('refuses to run without an output file', async () => {
    await expect(run(process.execPath, ['bench/what-if/date-by-event.mjs', 'x.jsonl'])).rejects.toMatchObject({ code: 2 });
  });
});
