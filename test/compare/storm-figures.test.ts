import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

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
    expect(numberDivergences(drafts).map((d) => [d.label, d.variants.map((v) => `${v.figure} ${v.outlets.join(',')}`)])).toEqual([
      ['wind speed', ['120 mph a,c', '140 mph b']],
    ]);
  });
});
