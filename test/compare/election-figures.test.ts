import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

describe("a winner's share of the vote", () => {
  it('is labelled by what it is a share of when the reports that say so agree, though one leaves it unsaid', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: ['Mara Velin won the Tarsk mayoral election on Sunday with 52 percent of the vote, the electoral commission said.'],
      },
      { outlet: 'b', body: ['Mara Velin was elected mayor of Tarsk on Sunday, taking 55 percent of the vote.'] },
      { outlet: 'c', body: ["Mara Velin won Sunday's mayoral election in Tarsk with 52 percent."] },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([['share of the vote', ['52% a,c', '55% b']]]);
  });
});
