import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFloodSite } from '../support/flood-site.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

const run = promisify(execFile);
const bin = new URL('../../src/bin.mjs', import.meta.url).pathname;

let server: FixtureServer;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-compare-cli-'));
  const sources = serveFloodSite(server, dir, 4);
  env = { ...process.env, LOG_LEVEL: 'error', PARALLAX_SOURCES: sources, PARALLAX_DATA_DIR: join(dir, 'data'), PARALLAX_ALLOW_PRIVATE_NETWORKS: '1' } as Record<string, string>;
  await run(process.execPath, [bin, 'ingest', '--once'], { env, cwd: dir });
}, 30_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parallax compare <story id>', () => {
  const compare = async (what: string) => JSON.parse((await run(process.execPath, [bin, 'compare', what, '--json'], { env, cwd: dir })).stdout) as { story: { id: string; headline: string }; reports: unknown[] };

  it('opens the story with the id that a topic search and parallax stories give', async () => {
    // A process that rebuilds the stories from the store names them in replay order; the ingesting process may
    // have named a story after another first article, so the id is taken from a rebuilding command.
    const flood = await compare('Marrow Creek flood');
    expect(flood.story.headline).toMatch(/Marrow Creek/);
    expect(flood.reports).toHaveLength(4);
    const stories = JSON.parse((await run(process.execPath, [bin, 'stories', '--json'], { env, cwd: dir })).stdout) as { id: string; headline: string; outlets: number }[];
    expect(stories.map((s) => s.id)).toContain(flood.story.id);
    const opened = await compare(flood.story.id);
    expect(opened.story.id).toBe(flood.story.id);
    expect(opened.reports).toHaveLength(4);
  }, 60_000);
});
