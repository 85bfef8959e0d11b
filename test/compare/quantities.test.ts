import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

describe('numberDivergences', () => {
  it('flags a quantity reported with incompatible values, with each variant traced to its outlets', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed, police said.' },
      { outlet: 'south', body: '12 people died, according to the regional hospital.' },
      { outlet: 'east', body: 'The death toll rose to 15, officials said.' },
    ]);
    const [deaths, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(deaths?.quantity).toBe('deaths');
    expect(deaths?.variants.map((v) => [v.min, v.max, v.attribution, v.outlets])).toEqual([
      [10, null, 'police', ['north']],
      [12, 12, 'regional hospital', ['south']],
      [15, 15, 'officials', ['east']],
    ]);
    expect(deaths?.variants[1]?.quotes).toEqual([{ articleId: 'south:1', outlet: 'south', sentence: '12 people died, according to the regional hospital.' }]);
  });

  it('lists outlets citing one party for one figure together, naming the party the more specific way, and keeps other parties apart', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Twelve people died in the flooding, police said.' },
      { outlet: 'harbour', body: 'Police in Marrow Creek say twelve people died after the dam overflowed.' },
      { outlet: 'valley', body: 'Twelve people died, the mayor said.' },
      { outlet: 'plains', body: 'Fifteen people were killed, according to the regional hospital.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => [v.min, v.attribution, v.outlets])).toEqual([
      [12, 'mayor', ['valley']],
      [12, 'police in marrow creek', ['north', 'harbour']],
      [15, 'regional hospital', ['plains']],
    ]);
  });

  it('does not flag values that can all be true', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed.' },
      { outlet: 'south', body: 'Twelve people died in the flood.' },
      { outlet: 'east', body: 'More than 10 died.' },
      { outlet: 'west', body: 'About 2,000 residents were evacuated.' },
      { outlet: 'far', body: 'Some 2,100 people were evacuated.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('treats "several thousand soldiers" and "3,000 troops" as one consistent quantity, but not "a few hundred"', () => {
    const consistent = draftsOf([
      { outlet: 'a', body: 'The army sent 3,000 troops to the border.' },
      { outlet: 'b', body: 'Several thousand soldiers were sent to the border.' },
    ]);
    expect(numberDivergences(consistent)).toEqual([]);
    const conflicting = draftsOf([
      { outlet: 'a', body: 'The army sent 3,000 troops to the border.' },
      { outlet: 'b', body: 'Hundreds of soldiers were sent to the border.' },
    ]);
    expect(numberDivergences(conflicting).map((d) => d.quantity)).toEqual(['troops']);
  });

  it('compares magnitudes written differently', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: 'A 6.1-magnitude quake struck the coast.' },
      { outlet: 'b', body: 'The quake had a magnitude of 5.9, the institute said.' },
    ]);
    const [magnitude] = numberDivergences(drafts);
    expect(magnitude?.variants.map((v) => [v.text, v.min, v.attribution])).toEqual([['magnitude of 5.9', 5.9, 'institute'], ['6.1-magnitude', 6.1, null]]);
  });

  it('does not flag two values from the same outlet (an update within one report)', () => {
    const drafts = draftsOf([{ outlet: 'a', body: ['Earlier, 10 people were reported dead.', 'By evening, 14 people had died.'] }]);
    expect(numberDivergences(drafts)).toEqual([]);
  });
});

describe('numberDivergences on vague wording', () => {
  it('flags "12 dead" against "more than a dozen died" (13 or more) but not against "dozens" of injured', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: '12 people were killed in the flood.' },
      { outlet: 'b', body: 'More than a dozen died in the flood, and dozens of people were injured.' },
    ]);
    expect(numberDivergences(drafts).map((d) => [d.quantity, d.variants.map((v) => v.text)])).toEqual([
      ['deaths', ['12 people were killed', 'More than a dozen died']],
    ]);
  });
});

describe('numberDivergences and earlier events', () => {
  it('ignores figures about an earlier event', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: ['At least 10 people were killed, police said.', 'In 2019, a similar flood killed 30 people.'] },
      { outlet: 'b', body: ['12 people died.', 'Last year a storm killed 4 people in the valley.'] },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });
});

describe('numberDivergences on sums and percentages', () => {
  it('compares sums only between sentences about the same thing', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: ['The club signed the striker for $20 million on Monday.', 'Tickets cost $40 at the stadium.'] },
      { outlet: 'b', body: ['The club signed the striker for $25 million, his agent said.', 'Parking costs $15 near the ground.'] },
    ]);
    const divergences = numberDivergences(drafts);
    expect(divergences.map((d) => [d.quantity, d.variants.map((v) => v.text)])).toEqual([['money:USD', ['$20 million', '$25 million']]]);
  });
});
