import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';

const run = promisify(execFile);
const bin = new URL('../../src/bin.mjs', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  server.route('/rss.xml', { contentType: 'application/rss+xml', body: fixture('rss2.xml'), etag: '"e1"' });
  server.route('/atom.xml', { contentType: 'application/atom+xml', body: fixture('atom.xml') });
  server.route('/bad.xml', { contentType: 'text/html', body: fixture('html-not-feed.html') });
  server.route('/missing.xml', { status: 404 });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function parallax(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      cwd: dir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('parallax CLI', () => {
  it('ingest --once reports every feed, errors included, and exits 0', async () => {
    const sources = join(dir, 'sources.json');
    writeFileSync(
      sources,
      JSON.stringify([
        { id: 'one', name: 'One', feeds: [server.url('/rss.xml'), server.url('/atom.xml')] },
        { id: 'bad', name: 'Bad', feeds: [server.url('/bad.xml')] },
        { id: 'gone', name: 'Gone', feeds: [server.url('/missing.xml')] },
      ]),
    );
    const data = join(dir, 'data');
    const first = await parallax(['ingest', '--once', '--sources', sources, '--data', data], { PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes('/rss.xml'))).toMatch(/^new +one .*: \d+ new, 0 seen/);
    expect(lines.find((l) => l.includes('/bad.xml'))).toMatch(/^error +bad .*HTML page, not a feed/);
    expect(lines.find((l) => l.includes('/missing.xml'))).toMatch(/^error +gone .*HTTP 404/);
    expect(lines.at(-1)).toMatch(/^4 feeds: 2 with new articles, 0 unchanged, 0 not modified, 2 failed, 0 skipped; \d+ new articles$/);

    const second = await parallax(['ingest', '--once', '--sources', sources, '--data', data], { PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true' });
    expect(second.stdout).toMatch(/^not modified +one .*\/rss\.xml$/m);
    expect(second.stdout).toMatch(/^seen +one .*\/atom\.xml: \d+ seen, nothing new$/m);
    expect(second.stdout).toMatch(/^skipped +gone .*backing off until/m);
  });

  it('refuses loopback feeds unless private networks are allowed', async () => {
    const sources = join(dir, 'private.json');
    writeFileSync(sources, JSON.stringify([{ id: 'local', name: 'Local', feeds: [server.url('/rss.xml')] }]));
    const result = await parallax(['ingest', '--once', '--sources', sources, '--data', join(dir, 'data-private')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^error +local .*refused: 127\.0\.0\.1 .*loopback/m);
  });

  it('names the wrong variable and stops with exit code 2', async () => {
    const result = await parallax(['sources'], { INGEST_CRON: 'hourly' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/INGEST_CRON: must be a cron expression.*got "hourly"/);
  });

  it('explains a bad sources file and an unknown option', async () => {
    const sources = join(dir, 'broken.json');
    writeFileSync(sources, JSON.stringify([{ id: 'x', name: 'X', feeds: ['not a url'] }]));
    const bad = await parallax(['sources', '--sources', sources]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.json: entry 0 \("x"\): feeds\[0\]/);
    const unknown = await parallax(['ingest', '--once', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'/);
  });

  it('lists the built-in catalog as JSON', async () => {
    const result = await parallax(['sources', '--json']);
    expect(result.code).toBe(0);
    const sources = JSON.parse(result.stdout) as { id: string; country?: string }[];
    expect(sources.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sources.map((s) => s.country)).size).toBeGreaterThanOrEqual(15);
  });
});
