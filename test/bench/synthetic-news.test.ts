import { describe, expect, it } from 'vitest';
import { syntheticNews } from '../../src/bench/synthetic-news.ts';

describe('syntheticNews', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = [...syntheticNews({ count: 50, seed: 7 })];
    const b = [...syntheticNews({ count: 50, seed: 7 })];
    const c = [...syntheticNews({ count: 50, seed: 8 })];
    expect(a).toEqual(b);
    expect(a.map((x) => x.title)).not.toEqual(c.map((x) => x.title));
  });

  it('spreads times over days and leaves some items headline-only', () => {
    const items = [...syntheticNews({ count: 20_000 })];
    const times = items.map((x) => Date.parse(x.publishedAt!));
    expect((Math.max(...times) - Math.min(...times)) / 86_400_000).toBeGreaterThan(1.5);
    const bare = items.filter((x) => x.body === '').length / items.length;
    expect(bare).toBeGreaterThan(0.15);
    expect(bare).toBeLessThan(0.35);
  });
});
