import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('a lower bound against another figure', () => {
  it('agrees with a figure less than twice it', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the Varnhold landslide, police said.' },
      { outlet: 'south', body: 'Eighteen people were killed in the Varnhold landslide, the mayor said.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('conflicts with a figure more than twice it reported at the same time', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the Varnhold landslide, police said.' },
      { outlet: 'south', body: 'About 40 people were killed in the Varnhold landslide, the mayor said.' },
    ]);
    const [deaths, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(deaths?.kind).toBe('conflict');
    expect(deaths?.variants.map((v) => v.figure)).toEqual(['at least 10', 'about 40']);
  });

  it('is an update when the higher figure came out later, over more than half an hour', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the Varnhold landslide.', publishedAt: '2026-05-01T08:00:00Z' },
      { outlet: 'south', body: 'About 40 people were killed in the Varnhold landslide.', publishedAt: '2026-05-01T14:00:00Z' },
    ]);
    expect(numberDivergences(drafts)[0]?.kind).toBe('update');
  });
});

describe('a value given as a bound by one outlet and exactly by another', () => {
  it('is shown in the exact wording, whose figure it is', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the Varnhold landslide, police said.' },
      { outlet: 'south', body: 'Ten people were killed in the Varnhold landslide, the mayor said.' },
      { outlet: 'east', body: 'Twenty-five people were killed in the Varnhold landslide, a rescuer said.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => [v.figure, v.text])).toEqual([
      ['10', 'Ten people were killed'],
      ['25', 'Twenty-five people were killed'],
    ]);
  });
});
