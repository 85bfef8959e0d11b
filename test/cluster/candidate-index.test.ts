import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../src/cluster/candidate-index.ts';

describe('CandidateIndex.lookup', () => {
  it('ranks stories by the summed weight of the query terms they share, the newer first on a tie, at most limit', () => {
    const index = new CandidateIndex(64);
    index.add('@velmora', 1);
    index.add('quake', 1);
    index.add('quake', 2);
    index.add('@tarsk', 3);
    index.add('@velmora', 4);
    const query: [string, number][] = [
      ['@velmora', 0.5],
      ['quake', 0.25],
      ['@tarsk', 0.75],
      ['unknown', 9],
    ];
    expect(index.lookup(query, 10)).toEqual([3, 1, 4, 2]);
    expect(index.lookup(query, 2)).toEqual([3, 1]);
    expect(index.lookup([['@velmora', 1]], 10)).toEqual([4, 1]);
    expect(index.lookup([['nothing', 1]], 10)).toEqual([]);
  });

  it('sums each story once per term over thousands of stories, look-up after look-up', () => {
    const index = new CandidateIndex(5000);
    for (let s = 0; s < 3000; s++) {
      index.add('common', s);
      if (s % 3 === 0) index.add('third', s);
      if (s % 1000 === 7) index.add('rare', s);
    }
    for (let round = 0; round < 3; round++) {
      expect(
        index.lookup(
          [
            ['common', 1],
            ['third', 1],
            ['rare', 5],
          ],
          4,
        ),
      ).toEqual([2007, 1007, 7, 2997]);
      expect(index.lookup([['third', 1]], 2)).toEqual([2997, 2994]);
    }
  });
});
