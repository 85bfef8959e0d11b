import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { coverage, similarity, timeFactor, type Scorable } from '../../src/cluster/similarity.ts';
import { norm } from '../../src/cluster/sparse-vector.ts';

function side(terms: Record<string, number>, specifics: string[], detailed = true, dated: Scorable['dated'] = null): Scorable {
  const vector = new Map(Object.entries(terms));
  return { vector, vectorNorm: norm(vector), specifics: specifics.map((t) => [t, vector.get(t) ?? 0]), dated, detailed };
}

const o = DEFAULT_CLUSTER_OPTIONS;

describe('similarity', () => {
  it('is cut when neither side holds the other side\'s heaviest names', () => {
    const story = side({ quake: 1, magnitud: 1, '@velmora': 2, '@tarsk': 1 }, ['@velmora', '@tarsk']);
    const same = side({ quake: 1, magnitud: 1, '@velmora': 2 }, ['@velmora']);
    const other = side({ quake: 1, magnitud: 1, '@oskaria': 2 }, ['@oskaria']);
    expect(similarity(same, story, o)).toBeGreaterThan(2 * similarity(other, story, o));
  });

  it('does not join on numbers alone', () => {
    const a = side({ '#30': 1, '#2005': 1, quake: 0.1 }, ['#30']);
    const b = side({ '#30': 1, '#2005': 1, flood: 1 }, ['#30']);
    expect(similarity(a, b, o)).toBe(0);
  });

  it('keeps stories with different main years from merging', () => {
    const a = side({ elect: 1, '@turkmenistan': 2, '#2008': 1.5 }, ['@turkmenistan', '#2008']);
    const b = side({ elect: 1, '@turkmenistan': 2, '#2013': 1.5 }, ['@turkmenistan', '#2013']);
    const c = side({ elect: 1, '@turkmenistan': 2, '#2008': 1.5 }, ['@turkmenistan', '#2008']);
    expect(similarity(a, b, o, true)).toBeLessThan(similarity(a, c, o, true) * 0.6);
  });

  it('keeps stories whose leads give different sums or ages from merging, but not an article from joining', () => {
    const heist = { jewel: 1, raid: 1, '@velmora': 2 };
    const big = { ...side(heist, ['@velmora']), slots: new Map([['money', new Set(['108'])]]) };
    const small = { ...side(heist, ['@velmora']), slots: new Map([['money', new Set(['2.6', '2'])]]) };
    const same = { ...side(heist, ['@velmora']), slots: new Map([['money', new Set(['2'])]]) };
    const silent = { ...side(heist, ['@velmora']), slots: new Map() };
    expect(similarity(big, small, o, true)).toBeCloseTo(similarity(same, small, o, true) * o.conflictFactor);
    expect(similarity(silent, small, o, true)).toBeCloseTo(similarity(same, small, o, true));
    expect(similarity(big, small, o)).toBeCloseTo(similarity(same, small, o));
  });

  it('discounts reports days apart', () => {
    const day = 86_400_000;
    expect(timeFactor({ min: 0, max: 0 }, { min: 6 * 3_600_000, max: 6 * 3_600_000 }, 72)).toBe(1);
    expect(timeFactor({ min: 0, max: 0 }, { min: 3.5 * day, max: 3.5 * day }, 72)).toBeCloseTo(0.5);
    expect(timeFactor(null, { min: 0, max: 0 }, 72)).toBe(1);
  });

  it('measures how much of the heaviest names the other side holds', () => {
    const v = new Map([['@velmora', 1], ['tarsk', 1]]);
    expect(coverage([['@velmora', 2], ['@tarsk', 1], ['@brandt', 1]], v)).toBeCloseTo(3 / 4);
    expect(coverage([], v)).toBe(1);
  });
});
