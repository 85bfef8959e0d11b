import { describe, expect, it } from 'vitest';
import { findBloodAlcohol } from '../../src/text/blood-alcohol.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from '../compare/fixtures/make.ts';

const read = (sentence: string) => findBloodAlcohol(sentence).map((m) => [m.value, m.shown]);

describe('findBloodAlcohol', () => {
  it('reads a driver\u2019s reading however it is written', () => {
    expect(read('The driver had a blood alcohol level of 0.16%.')).toEqual([[0.16, '0.16%']]);
    expect(read('His blood-alcohol level was .21 percent, the charges say.')).toEqual([[0.21, '0.21%']]);
    expect(read('Tests showed a BAC of 0.12.')).toEqual([[0.12, '0.12%']]);
  });

  it('does not take the legal limit, or a figure that is no share of the blood, for a reading', () => {
    expect(read('The legal limit in the state is 0.08 percent.')).toEqual([]);
    expect(read('His blood-alcohol level was more than twice the legal limit of 0.08.')).toEqual([]);
    expect(read('A blood alcohol test in 2009 came back clean.')).toEqual([]);
  });
});

describe('blood alcohol readings across reports', () => {
  it('sets two outlets\u2019 readings of the driver against each other', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Police said the driver had a blood alcohol level of 0.16 when he was stopped on Route 9.' },
      { outlet: 'metro', body: 'The driver had a blood-alcohol level of 0.19, court papers show.' },
    ]);
    const [bac, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(bac?.label).toBe('blood alcohol level');
    expect(bac?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['0.16%', ['coast']],
      ['0.19%', ['metro']],
    ]);
  });
});
