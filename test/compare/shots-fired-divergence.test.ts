import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('shots fired', () => {
  it('sets the casings one outlet counts against the shots another says were fired, each in its own words', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: 'At least 12 shots were fired at the Orlin Street corner on Friday. Police recovered 12 shell casings from the roof.',
      },
      { outlet: 'south', body: 'Prosecutors say Varga let off 14 shots from the roof at the Orlin Street corner on Friday.' },
    ]);
    const shots = numberDivergences(drafts).filter((d) => d.quantity === 'shots');
    expect(shots.map((d) => [d.kind, d.variants.map((v) => [v.figure, v.text])])).toEqual([
      [
        'conflict',
        [
          ['12', '12 shell casings'],
          ['14', 'let off 14 shots'],
        ],
      ],
    ]);
  });

  it("does not set police's shots against the gunman's", () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Officers fired 20 shots at the gunman on Orlin Street on Friday.' },
      { outlet: 'south', body: 'The gunman fired three shots at officers on Orlin Street on Friday.' },
    ]);
    expect(numberDivergences(drafts).filter((d) => d.quantity === 'shots')).toEqual([]);
  });
});
