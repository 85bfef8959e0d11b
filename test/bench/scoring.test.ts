import { describe, expect, it } from 'vitest';
import { scoreClustering } from '../../src/bench/scoring.ts';

const m = (o: Record<string, string>): Map<string, string> => new Map(Object.entries(o));

describe('scoreClustering', () => {
  it('scores a perfect clustering 1 whatever the labels are called', () => {
    const s = scoreClustering({ gold: m({ a: 'x', b: 'x', c: 'y' }), predicted: m({ a: '1', b: '1', c: '2' }) });
    expect(s.bcubedF1).toBe(1);
    expect(s.pairwiseF1).toBe(1);
  });

  it('computes B-cubed for one cluster that lumps two stories', () => {
    // gold {a,b} {c}; predicted {a,b,c}: precision (2/3+2/3+1/3)/3 = 5/9, recall 1.
    const s = scoreClustering({ gold: m({ a: 'x', b: 'x', c: 'y' }), predicted: m({ a: '1', b: '1', c: '1' }) });
    expect(s.bcubedPrecision).toBeCloseTo(5 / 9);
    expect(s.bcubedRecall).toBe(1);
    expect(s.bcubedF1).toBeCloseTo((2 * 5) / 9 / (5 / 9 + 1));
    // pairs: predicted 3, true 1, gold 1 → precision 1/3, recall 1.
    expect(s.pairwiseF1).toBeCloseTo(0.5);
  });

  it('computes B-cubed for a story split in singletons', () => {
    // gold {a,b,c,d}; predicted {a,b} {c} {d}: precision 1, recall (2/4+2/4+1/4+1/4)/4 = 3/8.
    const s = scoreClustering({ gold: m({ a: 'x', b: 'x', c: 'x', d: 'x' }), predicted: m({ a: '1', b: '1', c: '2', d: '3' }) });
    expect(s.bcubedPrecision).toBe(1);
    expect(s.bcubedRecall).toBeCloseTo(3 / 8);
    expect(s.pairwiseRecall).toBeCloseTo(1 / 6);
  });

  it('refuses a prediction that misses an item', () => {
    expect(() => scoreClustering({ gold: m({ a: 'x' }), predicted: m({}) })).toThrow(/a/);
  });
});
