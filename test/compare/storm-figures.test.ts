import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';
import { divergenceLine } from '../../src/compare/wording.ts';

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

describe('counts that fall as a story goes on', () => {
  it('are an update when later reports give lower figures: outages as power returns, the missing as they are found', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        publishedAt: '2026-05-01T06:00:00Z',
        body: ['Hurricane Dara knocked out power to 300,000 customers in Port Selby, the utility said, and 40 people were missing.'],
      },
      {
        outlet: 'b',
        publishedAt: '2026-05-01T12:00:00Z',
        body: ['About 120,000 customers in Port Selby were still without power after Hurricane Dara, and 12 people were missing.'],
      },
    ]);
    const divergences = numberDivergences(drafts);
    expect(divergences.map((d) => [d.label, d.kind, d.change?.fell ?? false])).toEqual([
      ['missing', 'update', true],
      ['homes or customers without power', 'update', true],
    ]);
    expect(divergenceLine(divergences[1]!)).toBe(
      'homes or customers without power fell from 300,000 to about 120,000 between 06:00 and 12:00 UTC',
    );
  });

  it('stay a conflict when the figures go up and down, and a rise stays a rise', () => {
    const drafts = draftsOf([
      { outlet: 'a', publishedAt: '2026-05-01T06:00:00Z', body: ['Forty people were missing after the flood in Port Selby.'] },
      { outlet: 'b', publishedAt: '2026-05-01T09:00:00Z', body: ['Twelve people were missing after the flood in Port Selby.'] },
      { outlet: 'c', publishedAt: '2026-05-01T12:00:00Z', body: ['Thirty people were missing after the flood in Port Selby.'] },
    ]);
    expect(numberDivergences(drafts).map((d) => [d.label, d.kind])).toEqual([['missing', 'conflict']]);
  });
});
