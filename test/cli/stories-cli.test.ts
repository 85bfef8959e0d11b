import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { StoryListing } from '../../src/cli/stories-command.ts';
import { STORY_WINDOW_DAYS } from '../../src/domain/story.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { OUTLETS, serveOutlets } from '../newsroom/outlet-feeds.ts';

const HOUR = 3_600_000;

let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-stories-cli-'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one `parallax` command the way src/bin.mjs does (each command opens and closes its own store), capturing its output. */
async function parallax(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await main(args, { stdout, stderr, env: { LOG_LEVEL: 'error', PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('parallax stories', () => {
  it('--json lists each story with its reports, and a second ingest with nothing new leaves it as it was', async () => {
    // Feeds as of two days ago: the bridge story's first report is 98 hours old now, past the 4-day story
    // window (STORY_WINDOW_DAYS), and its other reports are inside it.
    const sources = serveOutlets({ server, now: Date.now() - (STORY_WINDOW_DAYS * 24 + 2 - 50) * HOUR, file: join(dir, 'sources.json') });
    const data = join(dir, 'data');
    const ingest = await parallax(['ingest', '--once', '--sources', sources, '--data', data]);
    expect(ingest.code).toBe(0);

    const before = await parallax(['stories', '--json', '--sources', sources, '--data', data]);
    expect(before.code).toBe(0);
    const stories = JSON.parse(before.stdout) as StoryListing[];
    expect(stories).toHaveLength(5);
    const bridge = stories[0]!;
    expect(Object.keys(bridge)).toEqual(['id', 'headline', 'articles', 'outlets', 'lastUpdated', 'reports']);
    expect(bridge).toMatchObject({ articles: 4, outlets: 4 });
    expect(bridge.reports.map((r) => r.outlet).sort()).toEqual(OUTLETS.map((o) => o.name).sort());
    for (const report of bridge.reports) {
      expect(report.articleId).toMatch(/^[a-z-]+:[0-9a-f]{16}$/);
      expect(report.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[a-z-]+\/kessel-bridge-[a-z]+$/);
      expect(Date.parse(report.publishedAt!)).toBeGreaterThan(0);
    }

    const again = await parallax(['ingest', '--once', '--sources', sources, '--data', data]);
    expect(again.stdout).toMatch(/0 new articles$/m);
    const after = await parallax(['stories', '--json', '--sources', sources, '--data', data]);
    expect(after.stdout).toBe(before.stdout);

    const two = await parallax(['stories', '--json', '--limit', '2', '--data', data]);
    expect((JSON.parse(two.stdout) as StoryListing[]).map((s) => s.id)).toEqual(stories.slice(0, 2).map((s) => s.id));
    const text = await parallax(['stories', '--limit', '2', '--sources', sources, '--data', data]);
    expect(text.stdout.trim().split('\n')).toHaveLength(3);
    expect(text.stdout).toContain(`/compare ${bridge.id}`);
  });

  it('refuses a --limit that is not a positive whole number', async () => {
    const result = await parallax(['stories', '--limit', 'all', '--data', join(dir, 'empty')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--limit must be a whole number of at least 1 \(got "all"\)/);
  });
});
