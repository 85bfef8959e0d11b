import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { uniqueFacts } from '../../src/compare/unique-facts.ts';
import { draftsOf } from './fixtures/make.ts';

describe('crowd sizes', () => {
  it('sets different sizes of one gathering against each other, under a plain label', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Police put the crowd at 4,000 as the march on the Tarsk ministry began.' },
      { outlet: 'metro', body: 'Organisers said more than 15,000 marchers filled the avenue to the Tarsk ministry.' },
      { outlet: 'daily', body: 'About 4,000 people marched on the Tarsk ministry on Saturday.' },
    ]);
    const [crowd, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(crowd?.quantity).toBe('crowd');
    expect(crowd?.label).toBe('crowd size');
    expect(crowd?.kind).toBe('conflict');
    // "About 4,000" and "4,000" are one value; each side keeps who gives it.
    expect(crowd?.variants.map((v) => [v.figure, [...v.outlets].sort(), v.attribution])).toEqual([
      ['4,000', ['coast', 'daily'], 'Police'],
      ['more than 15,000', ['metro'], 'Organisers'],
    ]);
  });

  it("keeps apart a crowd in the story's own city, one in another city and a nationwide turnout", () => {
    // Every report's lead names Athens: it is the story's own place, and still where one crowd was and not another.
    const drafts = draftsOf([
      {
        outlet: 'coast',
        body: 'Strikers marched on parliament in Athens on Wednesday. Police said as many as 20,000 people took to the streets of Athens as rallies all around the country began.',
      },
      {
        outlet: 'metro',
        body: 'Strikers marched on parliament in Athens on Wednesday. In Salonika, approximately 50,000 people marched to the port.',
      },
      {
        outlet: 'daily',
        body: 'Strikers marched on parliament in Athens on Wednesday. An estimated 100,000 people took to the streets as part of nationwide strikes.',
      },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('keeps apart the crowds of two cities, and leaves out crowds told only as vague amounts', () => {
    const cities = draftsOf([
      { outlet: 'coast', body: 'Strikers marched on the ministry. In Varna, about 20,000 people marched to the port.' },
      { outlet: 'metro', body: 'Strikers marched on the ministry. In Ruse, some 5,000 protesters blocked the bridge.' },
    ]);
    expect(numberDivergences(cities)).toEqual([]);
    const vague = draftsOf([
      { outlet: 'coast', body: 'Thousands of protesters marched on the Tarsk ministry.' },
      { outlet: 'metro', body: 'About 300 protesters marched on the Tarsk ministry.' },
    ]);
    expect(numberDivergences(vague)).toEqual([]);
  });
});

describe('who gives a crowd size', () => {
  it('puts a size to the party of its own clause, not to a speaker of the next one', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Tarsk Radio estimated the crowd at 70, and the Courier says a crowd looted a pharmacy in Tarsk.' },
      { outlet: 'metro', body: 'About 200 people marched to the Tarsk precinct.' },
    ]);
    const [crowd] = numberDivergences(drafts);
    expect(crowd?.variants.map((v) => [v.figure, v.attribution])).toEqual([
      ['70', 'Tarsk Radio'],
      ['about 200', null],
    ]);
  });
});

describe('a crowd size as a unique fact', () => {
  it('is no fact one outlet alone reports when another report gives the crowd too', () => {
    const drafts = draftsOf([
      {
        outlet: 'coast',
        body: 'Nearly 300 angry mourners clashed with police outside the Tarsk precinct on Monday, throwing bottles at officers.',
      },
      { outlet: 'metro', body: 'About 120 people marched from the vigil to the Tarsk precinct on Monday night.' },
    ]);
    expect(uniqueFacts({ drafts, copyOf: () => null }).map((u) => u.outlet)).not.toContain('coast');
  });
});
