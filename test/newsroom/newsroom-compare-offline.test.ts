import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { runCommand } from '../../commands/run-command.ts';
import type { Article } from '../../src/domain/article.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import { silentLogger } from '../../src/log.ts';
import { createLiveSearch } from '../../src/newsroom/live-search.ts';
import { NewsSearchFailed } from '../../src/newsroom/news-search-failed.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import { parseFeed } from '../../src/parse/parse-feed.ts';
import { loadNewsEditions } from '../../src/sources/google-news.ts';
import { testContext } from '../support/command-context.ts';
import { memoryStore } from '../support/delivery-store.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

const now = Date.parse('2026-11-28T12:00:00Z');

function article(id: string, title: string): Article {
  return {
    id,
    sourceId: id.split(':')[0]!,
    feedUrl: null,
    url: `https://www.${id.split(':')[0]}.example/news/${id.split(':')[1]}`,
    title,
    body: '',
    publishedAt: '2026-11-28T10:00:00Z',
    fetchedAt: '2026-11-28T10:00:00Z',
    language: 'en',
    author: null,
    publisher: null,
  };
}

/** A newsroom whose news searches all go to a port nothing listens on: what a machine without a network sees. */
async function offlineNewsroom(): Promise<Newsroom> {
  const closed = await startFixtureServer();
  const url = closed.url('/search');
  await closed.close();
  const newsroom = new Newsroom({
    store: memoryStore(),
    clock: { now: () => now },
    log: silentLogger,
    outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
    liveSearch: createLiveSearch({
      http: new HttpClient({ allowPrivateNetworks: true }),
      parse: parseFeed,
      editions: loadNewsEditions(),
      clock: { now: () => now },
      log: silentLogger,
      searchUrl: () => url,
    }),
  });
  await newsroom.add([
    article('north:1', 'Tessel dam overflows and floods Marrow Creek'),
    article('south:1', 'Marrow Creek flooded as the Tessel dam overflows'),
  ]);
  return newsroom;
}

describe('/compare when the news searches cannot be reached', () => {
  it('says the network failed instead of "No outlet has reported", and still answers from current stories', async () => {
    const newsroom = await offlineNewsroom();
    const { ctx } = testContext({
      compare: (topic, progress) => newsroom.compare(topic, progress),
      breakdown: (id) => newsroom.breakdown(id),
    });
    const compare = findCommand('compare')!;
    expect(await runCommand(compare, ctx, { topic: 'volcano Ostrava' })).toEqual({
      kind: 'error',
      message:
        'No current story covers "volcano Ostrava", and the news search that would look further cannot be reached right now. Try fewer or other words, or again in a few minutes; /stories lists the current ones.',
    });
    // One word: other words may find a story, fewer cannot.
    expect(await runCommand(compare, ctx, { topic: 'Ostrava' })).toMatchObject({
      message: expect.stringContaining('Try other words, or again in a few minutes;'),
    });
    const current = await runCommand(compare, ctx, { topic: 'Marrow Creek flood' });
    expect(current.kind === 'breakdown' && current.breakdown.reports).toHaveLength(2);
  });

  it('opens the story holding the report at a pasted address, however the address is written, and searches no news for one it does not hold', async () => {
    const newsroom = await offlineNewsroom();
    const { ctx } = testContext({
      compare: (topic, progress) => newsroom.compare(topic, progress),
      breakdown: (id) => newsroom.breakdown(id),
    });
    const compare = findCommand('compare')!;
    for (const topic of [
      'http://south.example/news/1/#comments',
      'https://www.south.example/news/1?utm_source=rss&utm_medium=feed',
      '<https://south.example/news/1>',
      'www.south.example/news/1.',
    ]) {
      const held = await runCommand(compare, ctx, { topic });
      expect(held.kind === 'breakdown' && held.breakdown.reports.map((r) => r.sourceId).sort(), topic).toEqual(['north', 'south']);
    }
    // Offline, a news search would fail: an address no current story holds is answered without one.
    expect(await runCommand(compare, ctx, { topic: 'https://www.south.example/news/9' })).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(/^That address is no report of a current story/),
    });
  });

  it('says a story id that is not current has expired, even offline', async () => {
    const newsroom = await offlineNewsroom();
    const { ctx } = testContext({
      compare: (topic, progress) => newsroom.compare(topic, progress),
      breakdown: (id) => newsroom.breakdown(id),
    });
    const result = await runCommand(findCommand('compare')!, ctx, { topic: 's-0123456789ab' });
    expect(result).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(/^No current story has the id s-0123456789ab: it has expired/),
    });
  });

  it('says the searches failed, with the reason, when they answered with errors', async () => {
    const { ctx } = testContext({
      compare: async () => {
        throw new NewsSearchFailed('service', 6, 'HTTP 503');
      },
    });
    expect(await runCommand(findCommand('compare')!, ctx, { topic: 'volcano Ostrava' })).toEqual({
      kind: 'error',
      message:
        'No current story covers "volcano Ostrava", and the news search that would look further failed (HTTP 503). Try fewer or other words, or again in a few minutes; /stories lists the current ones.',
    });
  });
});
