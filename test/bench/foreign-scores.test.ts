import { describe, expect, it } from 'vitest';
import { scoreForeign } from '../../src/bench/foreign-scores.ts';
import { seededRandom, shuffled } from '../../src/bench/seeded-random.ts';

describe('scoreForeign', () => {
  it('counts a foreign report as joined only beside English reports of its own event, and as wrong beside mostly another event', () => {
    const s = scoreForeign([
      { id: 'e1', gold: 'A', predicted: 'p1', language: 'en' },
      { id: 'e2', gold: 'B', predicted: 'p2', language: 'en' },
      { id: 'e3', gold: 'B', predicted: 'p2', language: 'en' },
      { id: 'de', gold: 'A', predicted: 'p1', language: 'de' },
      { id: 'fr', gold: 'A', predicted: 'p2', language: 'fr' },
      { id: 'ja', gold: 'A', predicted: 'p3', language: 'ja' },
    ]);
    expect(s.foreign).toBe(3);
    expect(s.foreign_joined).toBeCloseTo(1 / 3, 4);
    expect(s.foreign_wrong).toBeCloseTo(1 / 3, 4);
    expect(s.by_language).toEqual({
      de: { reports: 1, joined: 1, wrong: 0 },
      fr: { reports: 1, joined: 0, wrong: 1 },
      ja: { reports: 1, joined: 0, wrong: 0 },
    });
  });
});

describe('shuffled with a seeded source', () => {
  it('is a permutation fixed by its seed, different for another seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = shuffled(items, seededRandom(1));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, seededRandom(1))).toEqual(a);
    expect(shuffled(items, seededRandom(2))).not.toEqual(a);
    expect(a).not.toEqual(items);
  });
});
