import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { articleOf, draftsOf } from './fixtures/make.ts';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';

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
    expect(deaths?.variants[1]?.quotes).toEqual([
      { articleId: 'south:1', outlet: 'south', sentence: '12 people died, according to the regional hospital.' },
    ]);
  });

  it('lists no approximate value that every other value can be true beside: it is no side of the conflict', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Dozens of people were injured, officials said.' },
      { outlet: 'south', body: 'About 50 people were injured, the mayor said.' },
      { outlet: 'east', body: '80 people were injured, the hospital said.' },
      { outlet: 'west', body: 'At least 40 people were injured, police said.' },
    ]);
    const [injured] = numberDivergences(drafts);
    // "Dozens" holds every other figure and disagrees with none; "at least 40" is a party's count of its moment and stays.
    expect(injured?.kind).toBe('conflict');
    expect(injured?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['at least 40', ['west']],
      ['about 50', ['south']],
      ['80', ['east']],
    ]);
  });

  it('merges equal values across wording and attribution, naming each party once, the most specific way', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Twelve people died in the flooding, police said.' },
      { outlet: 'harbour', body: 'Police in Marrow Creek say twelve people died after the dam overflowed.' },
      { outlet: 'valley', body: 'Twelve people died, the mayor said.' },
      { outlet: 'plains', body: 'Fifteen people were killed, according to the regional hospital.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => [v.figure, v.attribution, v.outlets])).toEqual([
      ['12', 'Police in Marrow Creek and mayor', ['north', 'harbour', 'valley']],
      ['15', 'regional hospital', ['plains']],
    ]);
    expect(deaths?.label).toBe('deaths');
  });

  it('names both parties a figure is given by, as the sentence writes them', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Twelve people died in the flood, police and hospital officials said.' },
      { outlet: 'south', body: 'Fifteen people died in the flood, state media and the U.S. Geological Survey said.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => v.attribution)).toEqual(['police and hospital officials', 'state media and U.S. Geological Survey']);
  });

  it('names one body alike on both sides when it is cited for two values', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'A magnitude-6.1 quake struck Tarvo, the United States Geological Survey said.' },
      { outlet: 'harbour', body: 'The Geological Survey put the Tarvo quake at magnitude 5.9.' },
      { outlet: 'valley', body: 'A magnitude-5.9 quake struck Tarvo, officials said.' },
    ]);
    const [magnitude] = numberDivergences(drafts);
    expect(magnitude?.variants.map((v) => [v.figure, v.attribution])).toEqual([
      ['5.9', 'United States Geological Survey and officials'],
      ['6.1', 'United States Geological Survey'],
    ]);
  });

  it('credits a figure in a bracketed aside to the party of the aside, and one outside it to the party of the sentence', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: 'By midnight the fire brigade said the blaze was out, with no injuries to crews or residents (the Herald says four people were injured).',
      },
      { outlet: 'south', body: 'No one was injured in the warehouse blaze, the fire brigade said.' },
    ]);
    const [injured] = numberDivergences(drafts);
    expect(injured?.variants.map((v) => [v.figure, v.attribution, v.outlets])).toEqual([
      ['none', 'fire brigade', ['north', 'south']],
      ['4', 'Herald', ['north']],
    ]);
  });

  it('does not credit a speaker with a figure the report tells in a clause of its own after what the speaker said', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Voss told detectives he was aiming at a rival when a stray bullet killed 3 people outside the school.' },
      { outlet: 'south', body: 'Police said 4 people were killed outside the school.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => [v.figure, v.attribution])).toEqual([
      ['3', null],
      ['4', 'Police'],
    ]);
  });

  it('does not credit a speaker with a figure told before the clause in which they report something else', () => {
    // The police's words are about the gun; the killings are the report's own telling. At the end of the sentence,
    // "officials said" is the whole sentence's.
    const drafts = draftsOf([
      { outlet: 'north', body: 'Three people were killed outside the school after police said the gunman pulled out a rifle.' },
      { outlet: 'south', body: 'Four people were killed when the gunman opened fire outside the school, officials said.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => [v.figure, v.attribution])).toEqual([
      ['3', null],
      ['4', 'officials'],
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
    expect(magnitude?.variants.map((v) => [v.text, v.min, v.attribution])).toEqual([
      ['magnitude of 5.9', 5.9, 'institute'],
      ['6.1-magnitude', 6.1, null],
    ]);
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

  it('calls a toll that rose over the hours an update, with its first and latest figure and their times', () => {
    const drafts = draftsOf([
      { outlet: 'early', body: 'The quake killed three people, officials said.', publishedAt: '2026-03-10T19:19:00Z' },
      { outlet: 'middle', body: 'The death toll rose to 11, the disaster agency said.', publishedAt: '2026-03-10T21:05:00Z' },
      {
        outlet: 'late',
        body: 'At least 24 people were killed in the quake, the disaster agency said.',
        publishedAt: '2026-03-11T00:20:00Z',
      },
    ]);
    const [deaths, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(deaths?.kind).toBe('update');
    expect(deaths?.change).toEqual({
      from: { figure: '3', at: '2026-03-10T19:19:00.000Z', outlets: ['early'] },
      to: { figure: 'at least 24', at: '2026-03-11T00:20:00.000Z', outlets: ['late'] },
    });
  });

  it('calls different figures from different parties at one time a conflict, a vague amount included', () => {
    const drafts = draftsOf([
      { outlet: 'kyiv', body: "Ukraine's security service said its drones struck 41 heavy bomber jets on Sunday." },
      { outlet: 'moscow', body: "Russia's defence ministry said the drone attacks caused several aircraft to catch fire." },
      { outlet: 'wire', body: 'The Russian Defense Ministry said several aircraft caught fire.' },
    ]);
    const [aircraft] = numberDivergences(drafts);
    expect(aircraft?.kind).toBe('conflict');
    expect(aircraft?.label).toBe('aircraft hit');
    expect(aircraft?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['several', ['moscow', 'wire']],
      ['41', ['kyiv']],
    ]);
    expect(aircraft?.variants[0]?.attribution).toBe("Russia's defence ministry");
  });

  it('keeps a range as one value and does not pair sums of different things or background figures', () => {
    const drafts = draftsOf([
      {
        outlet: 'a',
        body: ['Halden agreed to buy Brisk for $13.9 billion.', 'The deal includes a break fee of between $140 million and $150 million.'],
      },
      { outlet: 'b', body: ['Halden will pay $13.2 billion for Brisk.', "Brisk's chief executive will receive a $75 million payout."] },
      { outlet: 'c', body: ['A break fee of $140 million to $150 million applies.', 'In 2019 Halden paid $2.1 billion for Sunmill.'] },
    ]);
    const out = numberDivergences(drafts);
    expect(out.map((d) => [d.label, d.variants.map((v) => v.figure)])).toEqual([
      ['deal value (US dollars)', ['$13.2 billion', '$13.9 billion']],
    ]);
  });
});

describe("sums in an outlet's own dollar", () => {
  const story = (countries: Record<string, string | null>) => {
    const specs = [
      { outlet: 'Toronto Ledger', body: 'Robbers stole jewels worth $137 million from a Velmora store on Thursday, police said.' },
      { outlet: 'Ottawa Star', body: 'Four armed men took $150 million in diamonds and watches from the Velmora jeweller.' },
      { outlet: 'Boston Daily', body: 'The gang escaped with gems valued at $108 million, the jeweller in Velmora said.' },
    ];
    const articles = specs.map(articleOf);
    return buildBreakdown({
      story: { id: 'heist', articleIds: articles.map((a) => a.id), firstSeen: '', lastUpdated: '' },
      articles,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: countries[a.sourceId] ?? null, language: 'en', ownership: null }),
    }).divergences.numbers.map((d) => [d.label, d.variants.map((v) => v.figure)]);
  };

  it("reads a bare $ in a Canadian paper as a Canadian dollar, never set against another country's dollar", () => {
    expect(story({ 'Toronto Ledger': 'CA', 'Ottawa Star': 'CA', 'Boston Daily': 'US' })).toEqual([
      ['value stolen (Canadian dollars)', ['C$137 million', 'C$150 million']],
    ]);
  });

  it('keeps a sum a Canadian paper marks as US dollars in US dollars', () => {
    const specs = [
      { outlet: 'Toronto Ledger', body: 'Robbers stole jewels worth U.S. $120 million from a Velmora store on Thursday, police said.' },
      { outlet: 'Boston Daily', body: 'The gang escaped with gems valued at $108 million, the jeweller in Velmora said.' },
    ];
    const articles = specs.map(articleOf);
    const b = buildBreakdown({
      story: { id: 'heist-2', articleIds: articles.map((a) => a.id), firstSeen: '', lastUpdated: '' },
      articles,
      outletOf: (a) => ({
        id: a.sourceId,
        name: a.sourceId,
        country: a.sourceId === 'Toronto Ledger' ? 'CA' : 'US',
        language: 'en',
        ownership: null,
      }),
    });
    expect(b.divergences.numbers.map((d) => [d.quantity, d.variants.map((v) => v.figure)])).toEqual([
      ['money:USD', ['$108 million', '$120 million']],
    ]);
  });

  it('reads every bare $ as US dollars when no outlet is known to use another dollar', () => {
    expect(story({})).toEqual([['value (US dollars)', ['$108 million', '$137 million', '$150 million']]]);
  });
});
