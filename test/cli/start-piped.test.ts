import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFloodSite } from '../support/flood-site.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

const bin = new URL('../../src/bin.mjs', import.meta.url).pathname;

let server: FixtureServer;
let dir: string;
let sources: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-start-piped-'));
  // 14 outlets on one host: a breakdown reads 14 pages, most of them waiting for one of the host's two slots.
  sources = serveFloodSite(server, dir, 14);
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with commands piped to stdin and no tokens', () => {
  it('ingests, answers each line (a story id from /stories included), prints few progress lines, no warning, and exits at the end of input', async () => {
    const data = join(dir, 'data');
    const env = {
      ...process.env,
      PARALLAX_SOURCES: sources,
      PARALLAX_DATA_DIR: data,
      PARALLAX_ALLOW_PRIVATE_NETWORKS: '1',
      LOG_LEVEL: 'info',
      REDIS_URL: '',
      DISCORD_TOKEN: '',
      TELEGRAM_BOT_TOKEN: '',
    };
    const child = spawn(process.execPath, [bin, 'start'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    child.stdin.write('/stories 1\n');
    const until = Date.now() + 60_000;
    while (!/\/compare (s-[0-9a-f]{12})/.test(stdout) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const id = /\/compare (s-[0-9a-f]{12})/.exec(stdout)?.[1];
    expect(stdout, stderr).toMatch(
      /^parallax> \/stories 1\nCurrent stories(?: 1 of \d+ \(next: \/stories 1 page=2\))?:\n {2}Tessel dam overflows and floods Marrow Creek, twelve dead — 14 outlets, 14 articles · \/compare s-/,
    );
    child.stdin.end(`\n/compare ${id}\n/sources country=GB\n`);
    expect(await exited).toBe(0);

    const compared = stdout.slice(stdout.indexOf(`parallax> /compare ${id}`), stdout.indexOf('parallax> /sources'));
    expect(compared.split('\n').slice(0, 3)).toEqual([
      `parallax> /compare ${id}`,
      '… Reading 14 pages of reports…',
      '== Tessel dam overflows and floods Marrow Creek, twelve dead ==',
    ]);
    expect(compared.match(/^… /gm)).toHaveLength(1);
    expect(stdout).toMatch(/parallax> \/sources country=GB\n14 outlets for country GB/);
    expect(stderr).toMatch(/^Reading commands from standard input/);
    expect(stderr).toMatch(/\[ingest\] 14 feeds: 14 with new articles/);
    expect(stderr).not.toMatch(/Warning|"level"/);
    expect(existsSync(join(data, 'parallax.log'))).toBe(true);
  }, 90_000);
});
