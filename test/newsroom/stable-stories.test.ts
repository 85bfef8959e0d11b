import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { STORY_WINDOW_DAYS, type Story } from '../../src/domain/story.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp, type App } from '../../src/main.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { serveOutlets } from './outlet-feeds.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');

let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'parallax-stable-'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function app(data: string, sources: string, now: number): Promise<App> {
  const config = loadConfig({
    PARALLAX_DATA_DIR: join(dir, data),
    PARALLAX_SOURCES: sources,
    PARALLAX_ALLOW_PRIVATE_NETWORKS: 'true',
    LOG_LEVEL: 'error',
  });
  return createApp({ config, log: silentLogger, clock: { now: () => now } });
}

/** The stories an app has saved: ids and members, which is what must not move. */
async function savedStories(a: App): Promise<{ id: string; articleIds: string[] }[]> {
  const out: { id: string; articleIds: string[] }[] = [];
  for await (const [, s] of a.store.collection<Story>('stories').entries()) out.push({ id: s.id, articleIds: s.articleIds });
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

/** The same stories as the app holds them in memory, for comparison with what it saved. */
function heldStories(a: App): { id: string; articleIds: string[] }[] {
  return a.newsroom
    .storyLines(100)
    .map((line) => ({ id: line.id, articleIds: a.newsroom.story(line.id)!.articleIds }))
    .sort((x, y) => x.id.localeCompare(y.id));
}

describe('stories stay put', () => {
  it('a restart gives the same stories with the same ids and members, even once the first report has left the window', async () => {
    const sources = serveOutlets({ server, now: NOW, file: join(dir, 'restart.json') });
    const first = await app('restart', sources, NOW);
    await first.ingestOnce();
    const before = await savedStories(first);
    await first.close();
    const bridge = before.find((s) => s.articleIds.length === 4);
    expect(bridge, 'the four bridge reports make one story').toBeDefined();
    expect(before).toHaveLength(5);

    // Later, the bridge story's first report (50 hours old then) is 2 hours past the story window,
    // while the story's later reports (42–46 hours old then) are inside it.
    const again = await app('restart', sources, NOW + (STORY_WINDOW_DAYS * 24 + 2 - 50) * HOUR);
    expect(heldStories(again)).toEqual(before);
    await again.ingestOnce();
    expect(await savedStories(again)).toEqual(before);
    await again.close();
  });

  it('two fetch orders of the same feeds give the same stories', async () => {
    const fastFirst = serveOutlets({
      server,
      now: NOW,
      file: join(dir, 'order-a.json'),
      order: [0, 1, 2, 3],
      delaysMs: [0, 150, 300, 450],
    });
    const a = await app('order-a', fastFirst, NOW);
    await a.ingestOnce();
    const fromA = await savedStories(a);
    await a.close();
    const fastLast = serveOutlets({ server, now: NOW, file: join(dir, 'order-b.json'), order: [3, 2, 1, 0], delaysMs: [450, 300, 150, 0] });
    const b = await app('order-b', fastLast, NOW);
    await b.ingestOnce();
    expect(await savedStories(b)).toEqual(fromA);
    await b.close();
    expect(fromA.find((s) => s.articleIds.length === 4)).toBeDefined();
  });
});
