import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp } from '../../src/main.ts';
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
  env = {
    PARALLAX_SOURCES: sources,
    PARALLAX_DATA_DIR: join(dir, 'data'),
    PARALLAX_ALLOW_PRIVATE_NETWORKS: '1',
    LOG_LEVEL: 'error',
    REDIS_URL: '',
  };
  // Ingested here rather than by a spawned `parallax ingest --once`: one child process fewer on a busy machine.
  const app = await createApp({ config: loadConfig(env), log: silentLogger });
  await app.ingestOnce();
  await app.close();
}, 30_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parallax compare <story id>', () => {
  it('opens the story with that id, as a process that rebuilds the stories from the store names it', async () => {
    // The ids a rebuilding process gives (the ingesting one may have named a story after another first article).
    const rebuilt = await createApp({ config: loadConfig(env), log: silentLogger });
    const [flood] = rebuilt.newsroom.storyLines(1);
    await rebuilt.close();
    expect(flood).toMatchObject({ headline: expect.stringMatching(/Marrow Creek/), outlets: 4 });
    const { stdout } = await run(process.execPath, [bin, 'compare', flood!.id, '--json'], { env: { ...process.env, ...env }, cwd: dir });
    const breakdown = JSON.parse(stdout) as { story: { id: string; headline: string }; reports: unknown[] };
    expect(breakdown.story).toMatchObject({ id: flood!.id, headline: flood!.headline });
    expect(breakdown.reports).toHaveLength(4);
  }, 60_000);
});
