import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import { OnlyOldNews } from '../../src/newsroom/only-old-news.ts';
import type { Store } from '../../src/store/store.ts';
import { OSKARIA, VELMORA } from '../cluster/fixtures.ts';
import { memoryStore } from '../support/delivery-store.ts';

const now = Date.parse('2026-03-18T12:00:00Z');

function newsroom(store: Store, found: Article[] = []): Newsroom {
  return new Newsroom({
    store,
    liveSearch: async () => found,
    clock: { now: () => now },
    log: silentLogger,
    outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
  });
}

/** What ingestion does: stores the articles, then hands them to the newsroom. */
async function ingest(store: Store, news: Newsroom, articles: Article[]): Promise<string[]> {
  for (const a of articles) await store.collection<Article>('articles').set(a.id, a);
  return news.add(articles);
}

/** The Velmora quake reported this morning; the Oskaria quake's reports are twelve days old. */
const fresh = VELMORA.map((a, i) => ({ ...a, publishedAt: new Date(now - (6 - i) * 3_600_000).toISOString() }));
const backlog = OSKARIA.map((a, i) => ({ ...a, publishedAt: new Date(now - 12 * 86_400_000 + i * 3_600_000).toISOString() }));

describe('a feed backlog older than the story window', () => {
  // A source added today lists its items of the last weeks. Their story was current twelve days ago: kept now, it
  // would be saved and posted to live subscriptions as news, and then dropped at the clusterer's next sweep.
  it('makes no story, as a restarted process makes none of it', async () => {
    const store = memoryStore();
    const running = newsroom(store);
    await ingest(store, running, fresh);
    expect(await ingest(store, running, backlog)).toEqual([]);
    const lines = running.storyLines(10);
    expect(lines.flatMap((l) => running.articlesOf(l.id).map((a) => a.id)).sort()).toEqual(fresh.map((a) => a.id).sort());
    const saved = [];
    for await (const [, story] of store.collection<{ articleIds: string[] }>('stories').entries()) saved.push(...story.articleIds);
    expect(saved.filter((id) => backlog.some((a) => a.id === id))).toEqual([]);

    const restarted = newsroom(store);
    await restarted.load();
    expect(restarted.storyLines(10).map((l) => restarted.articlesOf(l.id).map((a) => a.id))).toEqual(
      lines.map((l) => running.articlesOf(l.id).map((a) => a.id)),
    );
  });

  it('still places a report of the window among them, with the fresh ones', async () => {
    const store = memoryStore();
    const running = newsroom(store);
    const late = { ...backlog[1]!, publishedAt: new Date(now - 3 * 86_400_000).toISOString() };
    expect(await ingest(store, running, [...fresh, late])).not.toEqual([]);
    expect(running.storyLines(10).some((l) => running.articlesOf(l.id).some((a) => a.id === late.id))).toBe(true);
  });

  it('keeps an old report in the story its current reports make', async () => {
    // The quake's first report is four and a half days old, the others three: its story is current news.
    const store = memoryStore();
    const running = newsroom(store);
    const hoursAgo = [108, 72, 71];
    const reports = fresh.map((a, i) => ({ ...a, publishedAt: new Date(now - hoursAgo[i]! * 3_600_000).toISOString() }));
    await ingest(store, running, reports);
    const holder = running.storyLines(10).find((l) => running.articlesOf(l.id).some((a) => a.id === reports[0]!.id));
    expect(
      holder &&
        running
          .articlesOf(holder.id)
          .map((a) => a.id)
          .sort(),
    ).toEqual(fresh.map((a) => a.id).sort());
  });

  it("answers /compare with the search's old reports as old news, not as nothing found", async () => {
    const progress = async () => {};
    const store = memoryStore();
    const searched = newsroom(store, backlog);
    await ingest(store, searched, fresh);
    const refused = searched.compare('Oskaria earthquake', progress);
    await expect(refused).rejects.toBeInstanceOf(OnlyOldNews);
    await expect(refused).rejects.toMatchObject({ reports: 2, newest: backlog[1]!.publishedAt, windowDays: 4 });
    // One report of the search inside the window is news: its story is compared.
    const recent = { ...backlog[1]!, id: 'o3', sourceId: 'outlet-o3', publishedAt: new Date(now - 86_400_000).toISOString() };
    const other = memoryStore();
    const mixed = newsroom(other, [...backlog, recent]);
    expect(await mixed.compare('Oskaria earthquake', progress)).not.toBeNull();
  });
});
