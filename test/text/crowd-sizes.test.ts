import { describe, expect, it } from 'vitest';
import { CROWD, findCrowdSizes, gatheringPlaces } from '../../src/text/crowd-sizes.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';

const crowds = (sentence: string, language = 'en') =>
  findCrowdSizes(sentence, language, findQuantities(sentence, language)).map((m) => [m.text, m.min, m.max]);

describe('findCrowdSizes', () => {
  it('reads a count of participants, of people told as gathering, and a crowd named before its size', () => {
    expect(crowds('Nearly 300 angry marchers blocked the bridge into Tarsk.')).toEqual([['Nearly 300 angry marchers', 270, 300]]);
    expect(crowds('About 120 people were marching toward the town hall.')).toEqual([['About 120 people were marching', 115, 125]]);
    expect(crowds('Police put the crowd at 4,000 by noon.')).toEqual([['crowd at 4,000', 4000, 4000]]);
    expect(crowds('A crowd of 2,500 gathered in Mill Square.')).toEqual([['crowd of 2,500', 2500, 2500]]);
    expect(crowds('Between 60 and 90 rioters gathered near the depot.')).toEqual([['Between 60 and 90 rioters', 60, 90]]);
  });

  it('reads the phrases of gathering, and a gathering attended by a number', () => {
    expect(crowds('An estimated 100,000 people took to the streets of Tarsk.')).toEqual([
      ['An estimated 100,000 people took to the streets', 90000, 110000],
    ]);
    expect(crowds('About 3,000 people took part in the rally.')).toEqual([['About 3,000 people took part', 2700, 3300]]);
    expect(crowds('Some 500 residents turned out for the vigil.')).toEqual([['Some 500 residents turned out', 450, 550]]);
    expect(crowds('The march was attended by some 2,000.')).toEqual([['attended by some 2,000', 1800, 2200]]);
    expect(crowds('Three people took the bus to the march.')).toEqual([]);
  });

  it('reads participants in the catalog\u2019s other languages', () => {
    expect(crowds('Rund 5 000 Demonstranten zogen durch die Altstadt.', 'de').map(([, min]) => min)).toEqual([4500]);
    expect(crowds('Около 300 протестующих собрались у мэрии.', 'ru').map(([, min]) => min)).toEqual([270]);
  });

  it('leaves to other quantities the counts they read, and leaves out a part of the crowd', () => {
    expect(crowds('Twelve protesters were killed when troops opened fire.')).toEqual([]);
    expect(crowds('Police arrested 40 protesters outside the depot.')).toEqual([]);
    expect(crowds('About 130 people were marching when about two dozen protesters splintered off and smashed a shop window.')).toEqual([
      ['About 130 people were marching', 125, 135],
    ]);
  });

  it('does not read people doing something else, or a count of things', () => {
    expect(crowds('About 60 people were inside the shop at the time.')).toEqual([]);
    expect(crowds('The protesters torched 12 cars.')).toEqual([]);
    expect(CROWD).toBe('crowd');
  });
});

describe('gatheringPlaces', () => {
  it('puts a crowd where its sentence names a place, else nationwide, and never in a source\u2019s name', () => {
    const none = new Set<string>();
    expect([...gatheringPlaces('In Salonika, approximately 50,000 people marched.', 'en', none)]).toEqual(['salonika']);
    expect([
      ...gatheringPlaces('As many as 20,000 people took to the streets of Athens as rallies around the country began.', 'en', none),
    ]).toEqual(['athens']);
    expect([...gatheringPlaces('An estimated 100,000 people joined nationwide strikes.', 'en', none)]).toEqual(['nationwide']);
    expect([...gatheringPlaces('NBC New York estimated the crowd at 70.', 'en', new Set(['nbc', 'new', 'york']))]).toEqual([]);
  });
});
