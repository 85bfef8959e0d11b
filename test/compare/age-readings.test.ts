import { describe, expect, it } from 'vitest';
import { personFacts } from '../../src/compare/person-facts.ts';
import { ageDivergences } from '../../src/compare/person-divergences.ts';
import type { Unit } from '../../src/compare/drafts.ts';
import { draftsOf } from './fixtures/make.ts';

const ages = (sentence: string): [string, number][] => personFacts({ sentence } as Unit).map((f) => [f.name, f.age]);

describe('ages written in other ways', () => {
  it('reads "Name, age 61," and an age in words before the name', () => {
    expect(ages('Police charged Ann Dell, age 61, with two counts of murder.')).toEqual([['Ann Dell', 61]]);
    expect(ages('Sixty-year-old Ann Dell is accused of the killings.')).toEqual([['Ann Dell', 60]]);
    expect(ages('The then-15-year-old Tom Ash ran.')).toEqual([['Tom Ash', 15]]);
    expect(ages('An old-year-old Tom Ash ran.')).toEqual([]);
  });
});

describe('ages given in two reports’ leads', () => {
  it('compares the ages two leads give one person, though they tell the happening in other words', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Sixty-year-old Ann Dell is now accused of killing two clerks at a Northgate diner.' },
      { outlet: 'metro', body: 'Northgate Police Chief Raj Tan announced 61-year-old Ann Dell was arrested Friday for the killings.' },
    ]);
    const [age, ...rest] = ageDivergences(drafts);
    expect(rest).toEqual([]);
    expect([age?.label, age?.variants.map((v) => v.figure)]).toEqual(['age of Ann Dell', ['60', '61']]);
  });

  it('does not compare an age in one lead with an age told further down about another happening', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Sixty-year-old Ann Dell is now accused of killing two clerks at a Northgate diner.' },
      {
        outlet: 'metro',
        body: 'A woman was arrested in Northgate on Friday. Police searched a house. Neighbours gathered outside. In 1990, 42-year-old Ann Dell opened a bakery on Mill Lane.',
      },
    ]);
    expect(ageDivergences(drafts)).toEqual([]);
  });
});
