import { describe, expect, it } from 'vitest';
import { homePlaceDivergences } from '../../src/compare/home-place-divergences.ts';
import { homePlaces } from '../../src/compare/home-places.ts';
import { draftsOf } from './fixtures/make.ts';

const lead = 'A woman was killed by a hit-and-run driver in Kingsbury on Friday night.';
const gardens = {
  outlet: 'coast',
  body: [lead, 'Raj Dell, who lived in Eastfield Gardens, was walking to the temple when she was hit, police said.'],
};
const other = (home: string): { outlet: string; body: string[] } => ({
  outlet: 'metro',
  body: [lead, `Officers found Raj Dell, 59, of ${home}, lying in the roadway, the NYPD said.`],
});

describe('where a named person lives', () => {
  it('sets two homes from different outlets against each other, one side per place', () => {
    const [conflict, ...rest] = homePlaceDivergences(draftsOf([gardens, other('Lowmoor')]));
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('home of Dell');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['police', ['coast']],
      ['nypd', ['metro']],
    ]);
  });

  it('lets a place the story mostly names hold the others, and places written one inside the other agree', () => {
    expect(homePlaceDivergences(draftsOf([gardens, other('Kingsbury')]))).toEqual([]);
    const within = { outlet: 'daily', body: ['The temple in Eastfield Gardens, Lowmoor, held a vigil.'] };
    expect(homePlaceDivergences(draftsOf([gardens, other('Lowmoor'), within]))).toEqual([]);
    expect(homePlaceDivergences(draftsOf([gardens, other('South Eastfield Gardens')]))).toEqual([]);
  });

  it('reads people, not bodies: "Bureau of Prisons" and "the Gulf of Aden" give no home', () => {
    const [unit] = draftsOf([
      { outlet: 'x', body: 'Bureau of Prisons spokesman Al Quintero said ships in the Gulf of Aden were safe.' },
    ])[0]!.units;
    expect(homePlaces(unit!)).toEqual([]);
  });
});
