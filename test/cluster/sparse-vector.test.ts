import { describe, expect, it } from 'vitest';
import { heaviest, pruneTo } from '../../src/cluster/sparse-vector.ts';

describe('pruneTo', () => {
  it('leaves a vector alone until it holds half as many terms again as it keeps', () => {
    const v = new Map([['a', 1], ['b', 2], ['c', 3]]);
    pruneTo(v, 2);
    expect(v.size).toBe(3);
  });

  it('keeps the heaviest terms, breaking ties at the cut by term, in their old order', () => {
    const v = new Map([['z', 1], ['d', 5], ['y', 2], ['c', 2], ['b', 2], ['a', 0.5]]);
    pruneTo(v, 3);
    expect([...v.keys()]).toEqual(['d', 'c', 'b']);
  });
});

describe('heaviest', () => {
  it('returns the heaviest terms first, ties by term, skipping terms the filter rejects', () => {
    const v = new Map([['y', 2], ['x', 3], ['b', 2], ['a', 2], ['#1', 9]]);
    expect(heaviest(v, 3, (t) => !t.startsWith('#'))).toEqual([['x', 3], ['a', 2], ['b', 2]]);
  });
});
