import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

describe("a storm's wind speed", () => {
  it("is set against another outlet's at landfall, gusts apart", () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: ['Hurricane Dara made landfall near Port Selby on Tuesday with winds of 120 mph, the National Hurricane Center said.'],
      },
      { outlet: 'b', body: ['Hurricane Dara slammed into Port Selby on Tuesday, packing winds of 140 mph and gusts of 160 mph.'] },
      { outlet: 'c', body: ['Hurricane Dara came ashore near Port Selby on Tuesday with 120 mph winds.'] },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([['wind speed', ['120 mph a,c', '140 mph b']]]);
  });
});

describe('those a storm left without power', () => {
  it('are counted by the noun after the figure where the sentence tells of the cut, and compared', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: ['About 200,000 homes were left without power after Hurricane Dara hit Port Selby.'] },
      { outlet: 'b', body: ['Hurricane Dara knocked out power to 300,000 customers in Port Selby, the utility said.'] },
      { outlet: 'c', body: ['The 200,000 residents of Port Selby braced for Hurricane Dara.'] },
    ]);
    expect(divergenceRows(numberDivergences(drafts))).toEqual([['homes or customers without power', ['about 200,000 a', '300,000 b']]]);
  });
});
