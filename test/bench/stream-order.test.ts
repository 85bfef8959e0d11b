import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { seededRandom, shuffled } from '../../src/bench/seeded-random.ts';
import { shuffledStream } from '../../src/bench/stream-order.ts';

const article = (id: string, publishedAt: string | null): Article => ({
  id,
  sourceId: 'wire',
  feedUrl: null,
  url: null,
  title: id,
  body: '',
  publishedAt,
  fetchedAt: publishedAt ?? '2031-01-01T00:00:00Z',
  language: 'en',
  author: null,
  publisher: null,
});

describe('shuffledStream', () => {
  it('shuffles an undated stream whole, as the seeded shuffle does', () => {
    const stream = Array.from({ length: 12 }, (_, i) => article(`a${i}`, null));
    expect(shuffledStream(stream, 3).map((a) => a.id)).toEqual(shuffled(stream, seededRandom(3)).map((a) => a.id));
  });

  it('keeps the days of a dated stream in order and shuffles the reports of each day', () => {
    const stream = ['2031-03-01', '2031-03-02', '2031-04-01'].flatMap((day) =>
      Array.from({ length: 6 }, (_, i) => article(`${day}/${i}`, `${day}T0${i}:00:00Z`)),
    );
    const orders = [1, 2, 3, 4].map((seed) => shuffledStream(stream, seed).map((a) => a.id));
    for (const order of orders) {
      const days = order.map((id) => id.slice(0, 10));
      expect(days).toEqual([...days].sort());
      expect(new Set(order)).toEqual(new Set(stream.map((a) => a.id)));
    }
    // Within a day the order is a shuffle, not the file's.
    expect(orders.some((order) => order.join() !== stream.map((a) => a.id).join())).toBe(true);
  });

  it('shuffles whole a stream with any report undated', () => {
    const stream = [article('x', '2031-03-01T08:00:00Z'), ...Array.from({ length: 10 }, (_, i) => article(`u${i}`, null))];
    expect(shuffledStream(stream, 5).map((a) => a.id)).toEqual(shuffled(stream, seededRandom(5)).map((a) => a.id));
  });
});
