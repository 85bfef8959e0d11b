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
    const newsroom = new Newsroom({ store, clock: { now: () => start }, log: silentLogger, outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }) });
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

  it('returns the ids of the stories an addition touched, once each', async () => {
    const newsroom = new Newsroom({ store: memoryStore(), clock: { now: () => start }, log: silentLogger, outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }) });
    const first = article(1, start);
    const again = { ...article(1, start), id: 'other:1', sourceId: 'other' };
    const touched = await newsroom.add([first, again, first]);
    expect(new Set(touched).size).toBe(touched.length);
    expect(touched.length).toBeGreaterThanOrEqual(1);
    expect(await newsroom.add([first])).toEqual([]);
  });
});
