import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { draftsOf } from './fixtures/make.ts';

describe('land a fire burned', () => {
  it('is counted in the unit written, only where the sentence tells of burning', () => {
    const of = (s: string): [string, number][] => findQuantities(s, 'en').map((m) => [m.quantity, m.value]);
    expect(of('The Cedar Ridge wildfire has burned 12,000 acres.')).toEqual([['acres burned', 12000]]);
    expect(of('The bushfire has scorched 5,000 hectares near Tarvo.')).toEqual([['hectares burned', 5000]]);
    expect(of('The ranch covers 12,000 acres.')).toEqual([]);
  });

  it("that grew as reporting went on is an update; at one time, two outlets' figures are a conflict", () => {
    const reports = (later: string) =>
      draftsOf([
        {
          outlet: 'a',
          publishedAt: '2026-08-03T10:00:00Z',
          body: ['The Cedar Ridge wildfire has burned 12,000 acres, fire officials said.'],
        },
        { outlet: 'b', publishedAt: later, body: ['The Cedar Ridge fire has scorched more than 15,000 acres, according to Cal Fire.'] },
      ]);
    const shown = (later: string) => numberDivergences(reports(later)).map((d) => [d.label, d.kind]);
    expect(shown('2026-08-03T18:00:00Z')).toEqual([['acres burned', 'update']]);
    expect(shown('2026-08-03T10:05:00Z')).toEqual([['acres burned', 'conflict']]);
  });
});
