import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import type { Store } from '../../src/store/store.ts';
import { article, OSKARIA, VELMORA } from '../cluster/fixtures.ts';
import { memoryStore } from '../support/delivery-store.ts';

const now = Date.parse('2026-03-06T12:00:00Z');

function newsroom(store: Store): Newsroom {
  return new Newsroom({
    store,
    clock: { now: () => now },
    log: silentLogger,
    clusterOptions: { secondLookAfter: 3 },
    outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
  });
}

/** What ingestion does: stores the articles, then hands them to the newsroom. */
async function ingest(store: Store, news: Newsroom, articles: Article[]): Promise<void> {
  for (const a of articles) await store.collection<Article>('articles').set(a.id, a);
  await news.add(articles);
}

describe('a restart between two ingestion runs', () => {
  // A report of the governor's visit comes before the Velmora quake's reports: it opens a story of its own and
  // moves to the quake's on its second look, three arrivals later, in the next run.
  const early = article('h', { title: 'Governor Ilsa Brandt visits Tarsk', publishedAt: '2026-03-03T05:00:00Z' });
  const firstRun = [early, VELMORA[0]!];
  const secondRun = [VELMORA[1]!, VELMORA[2]!, ...OSKARIA];

  it('gives the second looks still owed, as a process left running does', async () => {
    const runningStore = memoryStore();
    const running = newsroom(runningStore);
    await ingest(runningStore, running, firstRun);
    await ingest(runningStore, running, secondRun);
    const velmora = running.story(running.storyLines(10).find((l) => running.articlesOf(l.id).some((a) => a.id === 'v1'))!.id)!;
    expect(velmora.articleIds).toContain('h');

    const store = memoryStore();
    await ingest(store, newsroom(store), firstRun);
    const restarted = newsroom(store);
    await restarted.load();
    await ingest(store, restarted, secondRun);
    expect(restarted.story(velmora.id)?.articleIds).toEqual(velmora.articleIds);
    expect(
      restarted
        .storyLines(10)
        .map((l) => l.id)
        .sort(),
    ).toEqual(
      running
        .storyLines(10)
        .map((l) => l.id)
        .sort(),
    );
  });
});
