import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import { memoryStore } from '../support/delivery-store.ts';

const DAY = 86_400_000;
const start = Date.parse('2026-11-01T00:00:00Z');
const places = ['Amberfield', 'Brackwater', 'Cinderholm', 'Dunmere', 'Eastwick', 'Fernhollow', 'Glenrock', 'Harrowgate'];

function article(i: number, at: number): Article {
  const place = `${places[i % places.length]}${Math.floor(i / places.length)}`;
  return {
    id: `src-${i % 5}:${i}`,
    sourceId: `src-${i % 5}`,
    feedUrl: null,
    url: `https://outlet${i % 5}.example/${i}`,
    title: `Bridge in ${place} closes after inspection ${i}`,
    body: '',
    publishedAt: new Date(at).toISOString(),
    fetchedAt: new Date(at).toISOString(),
    language: 'en',
    author: null,
    publisher: null,
  };
}

describe('Newsroom', () => {
  it('forgets the articles of expired stories, so a long-running process holds only the current window', async () => {
    const store = memoryStore();
    const newsroom = new Newsroom({
      store,
      clock: { now: () => start },
      log: silentLogger,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
    });
    const old = Array.from({ length: 1500 }, (_, i) => article(i, start));
    const [oldStory] = await newsroom.add(old.slice(0, 1));
    await newsroom.add(old.slice(1));
    expect(newsroom.articlesOf(oldStory!)).toHaveLength(1);
    const later = Array.from({ length: 2500 }, (_, i) => article(10_000 + i, start + 20 * DAY));
    await newsroom.add(later);
    expect(newsroom.story(oldStory!)).toBeUndefined();
    expect(newsroom.articleCount).toBeLessThanOrEqual(2500);
    expect(newsroom.articleCount).toBeGreaterThan(0);
  });

  it('places batches one after the other even when the second comes while the first is being placed', async () => {
    const outletOf = (a: Article) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null });
    const first = Array.from({ length: 250 }, (_, i) => article(i, start + i * 60_000));
    // Other outlets' reports of the first batch's last events, which that batch reaches only after several yields.
    const second = Array.from({ length: 50 }, (_, i) => article(200 + i, start + (200 + i) * 60_000)).map((a, i) => ({
      ...a,
      id: `late:${i}`,
      sourceId: 'late',
    }));
    const together = new Newsroom({ store: memoryStore(), clock: { now: () => start }, log: silentLogger, outletOf });
    // The second batch is handed over while the first is still being placed (it yields every 100 articles).
    const [a] = await Promise.all([together.add(first), together.add(second)]);
    const apart = new Newsroom({ store: memoryStore(), clock: { now: () => start }, log: silentLogger, outletOf });
    expect(await apart.add(first)).toEqual(a);
    await apart.add(second);
    const members = (n: Newsroom) => n.storyLines(1000).map((line) => n.story(line.id)!.articleIds);
    expect(members(together)).toEqual(members(apart));
  });

  it('returns the ids of the stories an addition touched, once each', async () => {
    const newsroom = new Newsroom({
      store: memoryStore(),
      clock: { now: () => start },
      log: silentLogger,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
    });
    const first = article(1, start);
    const again = { ...article(1, start), id: 'other:1', sourceId: 'other' };
    const touched = await newsroom.add([first, again, first]);
    expect(new Set(touched).size).toBe(touched.length);
    expect(touched.length).toBeGreaterThanOrEqual(1);
    expect(await newsroom.add([first])).toEqual([]);
  });
});

describe('Newsroom.compare', () => {
  it('asks the news search when a current story gives only some of the topic words', async () => {
    const asked: string[] = [];
    const newsroom = new Newsroom({
      store: memoryStore(),
      clock: { now: () => start },
      log: silentLogger,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
      liveSearch: async (topic) => {
        asked.push(topic);
        return [];
      },
    });
    await newsroom.add(
      [0, 1, 2].map((i) => ({ ...article(i * 8, start), title: `Bridge in Amberfield closes ${i}`, body: 'The toll price rose.' })),
    );
    const progress = async () => {};
    expect(await newsroom.compare('Amberfield bridge', progress)).not.toBeNull();
    expect(asked).toEqual([]);
    expect(await newsroom.compare('bitcoin price', progress)).toBeNull();
    expect(asked).toEqual(['bitcoin price']);
  });
});
