import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

const counts = (sentence: string): [string, number][] => findQuantities(sentence, 'en').map((m) => [m.quantity, m.value]);

describe('those trapped and the cases of an outbreak', () => {
  it('counts those trapped, however the sentence words it', () => {
    expect(counts('Rescuers worked to reach 23 miners trapped after a tunnel collapsed.')).toEqual([['trapped', 23]]);
    expect(counts('Twenty-five miners are trapped underground, officials said.')).toEqual([['trapped', 25]]);
    expect(counts('The landslide trapped 40 workers in the tunnel.')).toEqual([['trapped', 40]]);
  });

  it('counts cases only where the sentence names an illness', () => {
    expect(counts('Health officials said 1,450 cases of cholera had been confirmed.')).toEqual([['cases', 1450]]);
    expect(counts('The outbreak has infected about 1,200 people.')).toEqual([['cases', 1200]]);
    expect(counts('The court heard 40 cases on Monday.')).toEqual([]);
  });

  it("sets one mine's trapped and one outbreak's cases given differently against each other", () => {
    const mine = draftsOf([
      {
        outlet: 'a',
        body: ['Rescuers were working on Tuesday to reach 23 miners trapped after a tunnel collapsed at the Korvel coal mine.'],
      },
      {
        outlet: 'b',
        body: ['Twenty-five miners are trapped underground after a collapse at the Korvel coal mine on Tuesday, officials said.'],
      },
      { outlet: 'c', body: ['A tunnel collapse at the Korvel coal mine on Tuesday trapped 23 miners, the regional governor said.'] },
    ]);
    expect(divergenceRows(numberDivergences(mine))).toEqual([['trapped', ['23 a,c', '25 b']]]);
    const outbreak = draftsOf([
      { outlet: 'a', body: ['A cholera outbreak in Tarvo has sickened 1,200 people and killed 14, the health ministry said on Monday.'] },
      {
        outlet: 'b',
        body: ['Health officials in Tarvo said on Monday that 1,450 cases of cholera had been confirmed and 14 people had died.'],
      },
      { outlet: 'c', body: ['Cholera has infected about 1,200 people in Tarvo, killing 16, according to the World Health Organization.'] },
    ]);
    expect(divergenceRows(numberDivergences(outbreak))).toEqual([
      ['cases', ['1,200 a,c', '1,450 b']],
      ['deaths', ['14 a,b', '16 c']],
    ]);
  });
});
