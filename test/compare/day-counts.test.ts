import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { isOneDayCount, isSeveralDaysCount } from '../../src/compare/running-total.ts';
import { draftsOf } from './fixtures/make.ts';

describe("a day's count and a count over several days", () => {
  it('reads a count put to one day and a count over several days', () => {
    expect(isOneDayCount('Police arrested 30 marchers on Friday night.')).toBe(true);
    expect(isOneDayCount('Police arrested 30 marchers.')).toBe(false);
    expect(isSeveralDaysCount('More than 60 people have been detained over three nights of unrest.')).toBe(true);
    expect(isSeveralDaysCount('More than 60 people have been detained.')).toBe(false);
  });

  it("does not set one night's arrests against the arrests over several nights", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: '30 people were arrested in Dunmore on Friday night.' },
      { outlet: 'metro', body: 'More than 60 people have been detained in Dunmore over three nights of unrest.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('still lists two readings of one night that differ', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: '30 people were arrested in Dunmore on Friday night.' },
      { outlet: 'metro', body: '45 people were arrested in Dunmore on Friday night.' },
    ]);
    expect(numberDivergences(drafts).map((d) => [d.quantity, d.kind])).toEqual([['arrests', 'conflict']]);
  });
});
