import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/text/quantity-mentions.ts';

const pick = (sentence: string, language = 'en') => findQuantities(sentence, language).map((m) => [m.quantity, m.min, m.max, m.text]);

describe('findQuantities', () => {
  it.each([
    ['The flood killed 12 people.', 'en', [['deaths', 12, 12, 'killed 12']]],
    [
      'At least 10 people were killed and 40 injured, police said.',
      'en',
      [
        ['deaths', 10, null, 'At least 10 people were killed'],
        ['injured', 40, 40, '40 injured'],
      ],
    ],
    ['More than a dozen died.', 'en', [['deaths', 13, null, 'More than a dozen died']]],
    ['The death toll rose to 15.', 'en', [['deaths', 15, 15, 'toll rose to 15']]],
    ['Some 3,000 troops were sent.', 'en', [['troops', 2700, 3300, 'Some 3,000 troops']]],
    ['Several thousand soldiers arrived.', 'en', [['troops', 2000, 9999, 'Several thousand soldiers']]],
    ['12 soldiers were killed.', 'en', [['deaths', 12, 12, '12 soldiers were killed']]],
    ['A 6.1-magnitude quake struck.', 'en', [['magnitude', 6.1, 6.1, '6.1-magnitude']]],
    ['The quake had a magnitude of 5.9.', 'en', [['magnitude', 5.9, 5.9, 'magnitude of 5.9']]],
    ['Police detained 25 protesters.', 'en', [['arrests', 25, 25, 'detained 25']]],
    ['Damage is put at $5 million.', 'en', [['money:USD', 5e6, 5e6, '$5 million']]],
    ['Turnout was 45%.', 'en', [['percent', 45, 45, '45%']]],
    [
      'Die Polizei meldete 12 Tote und 30 Verletzte.',
      'de',
      [
        ['deaths', 12, 12, '12 Tote'],
        ['injured', 30, 30, '30 Verletzte'],
      ],
    ],
    ['La crue a fait au moins 11 morts.', 'fr', [['deaths', 11, null, 'au moins 11 morts']]],
    ['Hubo más de 20 heridos.', 'es', [['injured', 21, null, 'más de 20 heridos']]],
    ['Погибли 15 человек.', 'ru', [['deaths', 15, 15, 'Погибли 15']]],
    [
      'Загинули 14 людей, ще 3 зникли безвісти.',
      'uk',
      [
        ['deaths', 14, 14, 'Загинули 14'],
        ['missing', 3, 3, '3 зникли'],
      ],
    ],
  ])('%j', (sentence, language, expected) => {
    expect(pick(sentence, language)).toEqual(expected);
  });

  it('skips parts of a whole, clock times and uncounted numbers', () => {
    expect(pick('Two of the dead were children.')).toEqual([]);
    expect(pick('The river rose to 4.5 metres at 10:30.')).toEqual([]);
    expect(pick('In 2019 the bridge was repaired.')).toEqual([]);
  });
});

describe('findQuantities on measures', () => {
  it('does not read ages, distances, durations or ordinals as counts', () => {
    expect(pick('A 12-year-old boy died in the flood.')).toEqual([]);
    expect(pick('The river rose 3 metres and 2 people drowned after 10 hours.')).toEqual([['deaths', 2, 2, '2 people drowned']]);
    expect(pick('The 19th victim was killed near the bridge.')).toEqual([]);
    expect(pick('Ein 45-jähriger Mann wurde verletzt.', 'de')).toEqual([]);
  });

  it("does not read a parent's children as a count of what happened", () => {
    expect(pick('A Lakeside mother of 12 was killed in the crossfire.')).toEqual([]);
    expect(pick('A father of three and 2 others were hurt.')).toEqual([['injured', 2, 2, '2 others were hurt']]);
  });

  it('counts rescues', () => {
    expect(pick('Firefighters rescued four drivers.')).toEqual([['rescued', 4, 4, 'rescued four']]);
  });
});

describe('findQuantities of those told to leave', () => {
  it('counts residents ordered or forced to evacuate as displaced', () => {
    const of = (s: string): [string, number][] => findQuantities(s, 'en').map((m) => [m.quantity, m.value]);
    expect(of('About 2,000 residents were ordered to evacuate.')).toEqual([['displaced', 2000]]);
    expect(of('Some 300 families were forced to evacuate their homes.')).toEqual([['displaced', 300]]);
    expect(of('Officials ordered 12 trucks to the area.')).toEqual([]);
  });
});

describe('findQuantities of a crash', () => {
  const of = (s: string): [string, number][] => findQuantities(s, 'en').map((m) => [m.quantity, m.value]);

  it('counts everyone on board and the survivors', () => {
    expect(of('A passenger plane crashed near Lorne with 162 people on board.')).toEqual([['aboard', 162]]);
    expect(of('A plane with 170 people aboard crashed.')).toEqual([['aboard', 170]]);
    expect(of('Rescuers pulled 38 survivors from the wreckage.')).toEqual([['survivors', 38]]);
    expect(of('At least 40 people survived, rescuers said.')).toEqual([['survivors', 40]]);
  });

  it('leaves a board, one group on board, a vessel named after "on board" and nights survived', () => {
    expect(of('The 12 board members voted to close the school.')).toEqual([]);
    expect(of('The boats had 11 pirates on board.')).toEqual([]);
    expect(of('The arms were found on board the two boats.')).toEqual([]);
    expect(of('The climber survived two nights on the ridge.')).toEqual([]);
  });
});

describe('findQuantities after a colon', () => {
  it('reads "Flood: 15 killed" but not "at 10:30 killed"', () => {
    expect(pick('Brenmoor flood: 15 killed after river bursts')).toEqual([['deaths', 15, 15, '15 killed']]);
    expect(pick('The dam broke at 10:30 and the water killed livestock.')).toEqual([]);
  });
});

describe('amounts a breakdown compares', () => {
  it('reads a range written with a currency sign on both ends as one value', () => {
    expect(pick('The Orioles offered between $140 million and $150 million.')).toEqual([
      ['money:USD', 140e6, 150e6, '$140 million and $150 million'],
    ]);
  });

  it('keeps a qualifier written before the currency sign: "in excess of $160 million" is at least that', () => {
    expect(pick('The Red Sox offered in excess of $160 million.')).toEqual([['money:USD', 160e6 + 1, null, '$160 million']]);
    expect(pick('The Angels offered about $150 million.')).toEqual([['money:USD', 145e6, 155e6, '$150 million']]);
  });

  it('reads a figure "on the Richter scale" as a magnitude', () => {
    expect(pick('A quake measuring 3.8 on the Richter scale shook Velmora.')).toEqual([['magnitude', 3.8, 3.8, '3.8 on the Richter']]);
    // Only the scale is read past "on the": "twelve on the bus" counts nothing.
    expect(pick('Twelve on the bus were hurt.')).toEqual([]);
  });

  it('reads "half a million" as 500,000, not a million', () => {
    expect(pick('Nearly half a million people were left homeless.')).toEqual([
      ['displaced', 450000, 500000, 'Nearly half a million people were left homeless'],
    ]);
  });

  it('reads "several" on its own as a vague amount, and counts aircraft under one quantity', () => {
    expect(pick('The attack caused several aircraft to catch fire.')).toEqual([['aircraft', 3, 9, 'several aircraft']]);
    expect(pick('Drones hit 41 warplanes.')).toEqual([['aircraft', 41, 41, '41 warplanes']]);
  });

  it('reads "no one was killed" as a count of zero', async () => {
    const { findNone } = await import('../../src/text/quantity-mentions.ts');
    expect(findNone('No one was killed in the strike, the group said.').map((m) => [m.quantity, m.min])).toEqual([['deaths', 0]]);
    expect(findNone('Nobody was hurt.').map((m) => m.quantity)).toEqual(['injured']);
    expect(findNone('The strike hit a market.')).toEqual([]);
  });

  it('reads "nobody died" and "no reports of injuries" as counts of zero too', async () => {
    const { findNone } = await import('../../src/text/quantity-mentions.ts');
    expect(findNone('Nobody died when the roof of the hall fell in.').map((m) => [m.quantity, m.max])).toEqual([['deaths', 0]]);
    expect(findNone('There were no reports of injuries after the tremor.').map((m) => m.quantity)).toEqual(['injured']);
    expect(findNone('Doctors said the man died of his wounds.')).toEqual([]);
  });
});

describe('tolls told far from their noun', () => {
  it('reads "the death toll from Tuesday\'s quake rose to 11" as 11 deaths', async () => {
    const { reportedCounts } = await import('../../src/text/quantity-mentions.ts');
    expect(
      reportedCounts("The death toll from Tuesday's magnitude 6.1 earthquake off Norland rose to 11, the agency said.", 'en').map((m) => [
        m.quantity,
        m.min,
      ]),
    ).toEqual([
      ['magnitude', 6.1],
      ['deaths', 11],
    ]);
    expect(reportedCounts('The toll rose to 15.', 'en').map((m) => [m.quantity, m.min])).toEqual([['deaths', 15]]);
  });
});

describe('counts of people named with their modifiers', () => {
  it('reads past up to three modifiers to the noun for people a count names', () => {
    expect(pick('At least 30 suspected militants were killed.')).toEqual([
      ['deaths', 30, null, 'At least 30 suspected militants were killed'],
    ]);
    expect(pick('Police said 12 Somali pirates were arrested.')).toEqual([['arrests', 12, 12, '12 Somali pirates were arrested']]);
    expect(pick('Nine alleged Mafia members were detained on Tuesday.')).toEqual([
      ['arrests', 9, 9, 'Nine alleged Mafia members were detained'],
    ]);
  });

  it('does not read past a noun that is no one, nor past more than three modifiers', () => {
    expect(pick('The storm wrecked 40 fishing boats, and the crews were rescued.')).toEqual([]);
    expect(pick('Some 40 very old and frail members were evacuated.')).toEqual([]);
  });

  it('reads "seized" as arrests only when people were seized', () => {
    expect(pick('One of 99 alleged Sicilian Mafia members seized on Tuesday hanged himself.')).toEqual([
      ['arrests', 99, 99, '99 alleged Sicilian Mafia members seized'],
    ]);
    expect(pick('Customs officers seized 20 rifles at the port.')).toEqual([]);
  });
});

describe('casualty counts in the ways news words them', () => {
  it.each([
    ['Seventeen people lost their lives in the crash.', [['deaths', 17, 17, 'Seventeen people lost their lives']]],
    ['Two were pronounced dead at the scene.', [['deaths', 2, 2, 'Two were pronounced dead']]],
    ['Five people remain unaccounted for.', [['missing', 5, 5, 'Five people remain unaccounted']]],
    ['At least 12 people were still missing on Sunday.', [['missing', 12, null, 'At least 12 people were still missing']]],
    ['Eleven people were hospitalized.', [['injured', 11, 11, 'Eleven people were hospitalized']]],
    ['Officials put the death toll at 23.', [['deaths', 23, 23, 'toll at 23']]],
    ['Three men were taken into custody.', [['arrests', 3, 3, 'Three men were taken into custody']]],
    ['Six people were rushed to hospital.', [['injured', 6, 6, 'Six people were rushed to hospital']]],
    ['Nine people, including two children, died.', [['deaths', 9, 9, 'Nine people, including two children, died']]],
    [
      'Twelve people - including three police officers - were hurt.',
      [['injured', 12, 12, 'Twelve people - including three police officers - were hurt']],
    ],
  ])('reads %s', (sentence, expected) => {
    expect(pick(sentence)).toEqual(expected);
  });

  it('still reads "died at 75" as an age, and lost homes, days in hospital or a trip as no count', () => {
    expect(pick('The actor died at 75.')).toEqual([]);
    expect(pick('Five people lost their homes.')).toEqual([]);
    expect(pick('He spent 3 days in hospital.')).toEqual([]);
    expect(pick('Police took 12 people to the station.')).toEqual([]);
  });
});

describe('sums written as finance pages write them', () => {
  it.each([
    ['The deal is worth $1.2bn.', [['money:USD', 1.2e9, 1.2e9, '$1.2bn']]],
    ['Thieves stole £3m in jewels.', [['money:GBP', 3e6, 3e6, '£3m']]],
    ['The bank lost 85m euros.', [['money:EUR', 85e6, 85e6, '85m euros']]],
    ['The firm raised $500k.', [['money:USD', 5e5, 5e5, '$500k']]],
    ['Sony paid ¥150 billion.', [['money:JPY', 150e9, 150e9, '¥150 billion']]],
    ['The debt is $1.5 trillion.', [['money:USD', 1.5e12, 1.5e12, '$1.5 trillion']]],
  ])('reads %s', (sentence, expected) => {
    expect(pick(sentence)).toEqual(expected);
  });

  it('reads "3m" alone, with no currency, as no sum', () => {
    expect(pick('He fell 3m from the ladder.')).toEqual([]);
  });

  it('reads the euro sign wire copy writes as a letter ("e80 million"), qualifier and all', () => {
    expect(pick('Robbers steal e80 million from a jeweller.')).toEqual([['money:EUR', 80e6, 80e6, 'e80 million']]);
    expect(pick('They took more than e85m worth of gems.')).toEqual([['money:EUR', 85e6 + 1, null, 'e85m']]);
  });

  it('reads a letter before digits with no multiplier as a name, not a sum', () => {
    expect(pick('E85 fuel sells for 3 dollars, and the e3 show opened.')).toEqual([['money:USD', 3, 3, '3 dollars']]);
  });
});
