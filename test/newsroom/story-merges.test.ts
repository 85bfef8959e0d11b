import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import { StoryMerges, type StoryMerge } from '../../src/newsroom/story-merges.ts';
import type { Store } from '../../src/store/store.ts';
import { memoryStore } from '../support/delivery-store.ts';

const start = Date.parse('2026-04-01T12:00:00Z');

function report(id: string, title: string, body: string, publishedAt: string): Article {
  return {
    id,
    sourceId: `outlet-${id}`,
    feedUrl: null,
    url: null,
    title,
    body,
    publishedAt,
    fetchedAt: publishedAt,
    language: 'en',
    author: null,
    publisher: null,
  };
}

// An invented sinking told three ways: the second report shares too little with the first to join it at
// a high join bar, and the third, close to both, makes the two stories one.
const FIRST = report(
  'm1',
  'Ferry Halvard sinks off Brisk Island',
  'The ferry Halvard sank off Brisk Island on Monday with 90 passengers aboard, the coastguard said. Captain Orla Penn said 40 were rescued.',
  '2026-04-01T08:00:00Z',
);
const SECOND = report(
  'm2',
  'Coastguard pulls 40 survivors from the sea near Brisk Island',
  'Coastguard boats pulled 40 survivors from cold water near Brisk Island, captain Orla Penn said, after the Halvard went down.',
  '2026-04-01T09:00:00Z',
);
const BRIDGE = report(
  'm3',
  'Captain Orla Penn: 40 survivors pulled from the sea near Brisk Island',
  'Captain Orla Penn said coastguard boats pulled 40 survivors from cold water near Brisk Island after the ferry Halvard sank with 90 passengers.',
  '2026-04-01T10:00:00Z',
);

function newsroom(store: Store, now = start): Newsroom {
  return new Newsroom({
    store,
    clock: { now: () => now },
    log: silentLogger,
    clusterOptions: { joinThreshold: 0.8, mergeThreshold: 0.25 },
    outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
  });
}

/** What ingestion does: stores the articles, then hands them to the newsroom. */
async function ingest(store: Store, news: Newsroom, articles: Article[]): Promise<string[]> {
  for (const a of articles) await store.collection<Article>('articles').set(a.id, a);
  return news.add(articles);
}

async function stored(store: Store): Promise<Record<string, StoryMerge>> {
  const out: Record<string, StoryMerge> = {};
  for await (const [from, merge] of store.collection<StoryMerge>('story-merges').entries()) out[from] = merge;
  return out;
}

describe('merged stories', () => {
  it('an old id still opens the surviving story and its breakdown, after a restart too', async () => {
    const store = memoryStore();
    const news = newsroom(store);
    await ingest(store, news, [FIRST, SECOND]);
    const [older, younger] = ['m1', 'm2'].map(
      (id) => news.storyLines(10).find((line) => news.articlesOf(line.id).some((a) => a.id === id))!.id,
    );
    expect(younger).not.toBe(older);
    await ingest(store, news, [BRIDGE]);
    expect(news.story(younger!)?.id).toBe(older);
    expect(news.articlesOf(younger!).map((a) => a.id)).toEqual(['m1', 'm2', 'm3']);
    expect((await news.breakdown(younger!))?.story.id).toBe(older);
    expect(await stored(store)).toEqual({ [younger!]: { into: older, at: new Date(start).toISOString() } });

    const restarted = newsroom(store);
    await restarted.load();
    expect((await restarted.breakdown(younger!))?.story.id).toBe(older);
    expect(restarted.story(younger!)?.articleIds).toEqual(['m1', 'm2', 'm3']);
  });

  it('drops the records with the story they lead to when it expires', async () => {
    const store = memoryStore();
    const news = newsroom(store);
    await ingest(store, news, [FIRST, SECOND, BRIDGE]);
    const [merged] = Object.keys(await stored(store));
    const survivor = news.story(merged!)!.id;
    const later = Date.parse('2026-04-20T12:00:00Z');
    const filler = (i: number) =>
      report(`f${i}`, `Kestrel Bay council approves budget number ${i}`, '', new Date(later + i * 60_000).toISOString());
    await ingest(store, news, [filler(1), filler(2)]);
    expect(await stored(store)).toEqual({});
    expect(news.story(survivor)).toBeUndefined();
    expect(news.story(merged!)).toBeUndefined();
  });
});

describe('another process', () => {
  it('opens a story, and a merged-away id, saved after it loaded', async () => {
    const store = memoryStore();
    const ingesting = newsroom(store);
    await ingesting.load();
    const answering = newsroom(store);
    await answering.load();
    await ingest(store, ingesting, [FIRST, SECOND]);
    const younger = ingesting.storyLines(10).find((line) => ingesting.articlesOf(line.id).some((a) => a.id === 'm2'))!.id;
    expect(answering.story(younger)).toBeUndefined();
    expect((await answering.breakdown(younger))?.reports.map((r) => r.articleId)).toEqual(['m2']);
    await ingest(store, ingesting, [BRIDGE]);
    const merged = await answering.breakdown(younger);
    expect(merged?.story.id).toBe(ingesting.story(younger)!.id);
    expect(merged?.reports.map((r) => r.articleId).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(await answering.breakdown('s-never-saved')).toBeNull();
  });
});

describe('StoryMerges', () => {
  it('resolves a chain to its end, stops at an id that is live again, and survives a reload', async () => {
    const store = memoryStore();
    const merges = new StoryMerges(store);
    await merges.record('s-a', 's-b', '2026-04-01T00:00:00.000Z');
    await merges.record('s-b', 's-c', '2026-04-02T00:00:00.000Z');
    const live = new Set(['s-c']);
    expect(merges.resolve('s-a', (id) => live.has(id))).toBe('s-c');
    live.add('s-b');
    expect(merges.resolve('s-a', (id) => live.has(id))).toBe('s-b');
    expect(merges.resolve('s-unknown', (id) => live.has(id))).toBe('s-unknown');
    const reloaded = new StoryMerges(store);
    await reloaded.load();
    expect(reloaded.resolve('s-a', (id) => id === 's-c')).toBe('s-c');
    await reloaded.dropLeadingTo(new Set(['s-c']), () => false);
    expect(await stored(store)).toEqual({});
  });
});
