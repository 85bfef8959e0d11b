import { describe, expect, it } from 'vitest';
import {
  asEstimated,
  isAge,
  isHypothetical,
  isPartOfTotal,
  ratePeriod,
  tellsOfAnotherEvent,
  tellsOfAsideEvent,
} from '../../src/compare/figure-context.ts';
import { findQuantities, reportedCounts, type QuantityMention } from '../../src/text/quantity-mentions.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

const first = (sentence: string): QuantityMention => {
  const m = reportedCounts(sentence, 'en')[0];
  if (m === undefined) throw new Error(`no figure in: ${sentence}`);
  return m;
};

describe('what a figure is about', () => {
  it('takes questions and what could happen as no reported value', () => {
    expect(isHypothetical('Would the club really pay more than $40 million a year for him?')).toBe(true);
    expect(isHypothetical('A magnitude 7 tremor can cause heavy damage in towns built of mud brick.')).toBe(true);
    expect(isHypothetical('Officials warned the toll could rise above 30.')).toBe(true);
    expect(isHypothetical('Twelve people were killed when the bridge fell, police said.')).toBe(false);
  });

  it('reads a number set off by a comma after a name or a person noun as an age', () => {
    const s = 'The driver, 67 died at the scene on the ring road.';
    expect(isAge(s, first(s))).toBe(true);
    const t = 'Four people died at the scene on the ring road.';
    expect(isAge(t, first(t))).toBe(false);
  });

  it('tells a sum paid per period from a total', () => {
    const s = 'The striker was offered $12 million a season by the Harbour club.';
    expect(ratePeriod(s, first(s))).toBe('season');
    const t = 'The deal gives her an average annual value of $9 million.';
    expect(ratePeriod(t, first(t))).toBe('year');
    const u = 'The striker signed a five-year deal worth $60 million.';
    expect(ratePeriod(u, first(u))).toBeNull();
  });

  it('sees a count told in parts ("a man and two women") as a part, not the total', () => {
    const s = 'The fire in the depot killed four people, among them a night guard.';
    expect(isPartOfTotal(s, first(s))).toBe(false);
    const t = 'The blast killed two women and a man who were waiting at the stop.';
    expect(isPartOfTotal(t, first(t))).toBe(true);
    // After "and", a count told verb first is a clause of its own, not the second part of a total.
    const u = 'The outbreak has sickened 1,200 people and killed 14, the ministry said.';
    const killed = findQuantities(u, 'en').find((m) => m.quantity === 'deaths')!;
    expect(killed.text).toBe('killed 14');
    expect(isPartOfTotal(u, killed)).toBe(false);
  });

  it('sees an event introduced elsewhere, at a place the story does not share, as another event', () => {
    const story = new Set(['portmere', 'valdris']);
    expect(
      tellsOfAnotherEvent('Last spring more than 40 people were killed by a landslide in northern Ostravia.', ['Ostravia'], story),
    ).toBe(true);
    expect(
      tellsOfAnotherEvent('Rescuers in Valdris said 40 people were killed by a landslide in Portmere.', ['Valdris', 'Portmere'], story),
    ).toBe(false);
  });

  it('sees an incident added with "also" that names nothing of the story\'s leads as another incident', () => {
    const lead = new Set(['portmere', 'harbour', 'street']);
    expect(tellsOfAsideEvent('Robbers also hit a watch shop in Valdris, taking $3 million of stock.', ['Valdris'], lead)).toBe(true);
    expect(tellsOfAsideEvent('Robbers also set fire to a van in Harbour Street, police said.', ['Harbour Street'], lead)).toBe(false);
    expect(tellsOfAsideEvent('Police in Valdris also said $3 million of stock was taken.', ['Valdris'], lead)).toBe(false);
    expect(tellsOfAsideEvent('Robbers hit a watch shop in Valdris, taking $3 million of stock.', ['Valdris'], lead)).toBe(false);
  });

  it('leaves out the sum of an incident told beside the story, though its place comes up in most reports', () => {
    const report = (outlet: string, sum: string, extra: string[]): { outlet: string; body: string[] } => ({
      outlet,
      body: [
        `Four men robbed a jeweller in Portmere on Monday, taking gems worth ${sum}.`,
        'Police are looking for a grey van.',
        'The shop stayed shut on Tuesday.',
        ...extra,
      ],
    });
    const drafts = numberDivergences(
      draftsOf([
        report('a', '$2.6 million', [
          'In May a diamond show in Valdris was robbed.',
          'Thieves also targeted Valdris, stealing almost $2 million of gems.',
        ]),
        report('b', '$2.6 million', ['In May a diamond show in Valdris was robbed.']),
        report('c', 'an estimated $2.6 million', ['Valdris saw a robbery in May.']),
      ]),
    );
    expect(drafts).toEqual([]);
  });

  it('reads an estimate as about that much', () => {
    const s = 'The blaze did an estimated $2 million in damage to the hall.';
    const m = asEstimated(s, first(s));
    expect([m.min, m.max]).toEqual([1.8e6, 2.2e6]);
  });
});

describe('numberDivergences keeps to the event', () => {
  it('lists no figure from a question, a general remark, an age or another event', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: [
          'A tremor of magnitude 5.8 struck Valdris on Monday.',
          'A magnitude 7 tremor can cause heavy damage.',
          'The mayor, 71 said the town would rebuild.',
        ],
      },
      {
        outlet: 'south',
        body: [
          'The magnitude 5.8 tremor shook Valdris on Monday.',
          'On Sunday, more than 30 people were killed by a landslide in eastern Ostravia.',
          'Nine people were killed in Valdris.',
        ],
      },
      { outlet: 'east', body: ['Valdris was shaken by a magnitude 5.8 tremor.', 'Nine people died in Valdris, the mayor said.'] },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it("compares a takeover's price per share only with prices per share, apart from the deal's value and the market price", () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Hallam Systems agreed to buy Corvel for $13.9 billion, or $25 a share, the companies said on Tuesday.' },
      {
        outlet: 'south',
        body: 'Hallam Systems will acquire Corvel in a deal valued at $13.9 billion.\nHallam will pay $25 per share in cash.',
      },
      {
        outlet: 'east',
        body: 'Hallam Systems said it would buy Corvel for about $13.9 billion, paying $25.50 a share.\nCorvel shares rose to $24.10.',
      },
    ]);
    expect(numberDivergences(drafts).map((d) => [d.label, d.variants.map((v) => `${v.figure} ${v.outlets.join('+')}`)])).toEqual([
      ['price per share (US dollars)', ['$25 north+south', '$25.50 east']],
    ]);
  });

  it('compares a sum paid per season only with sums per season, two figures of one sentence never with each other, and a sum about someone else ("Brandt is said to want $75 million") only with sums about them', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Harbour club offered Okafor a six-year deal worth $120 million.' },
      { outlet: 'south', body: 'Okafor was offered $120 million over six years, or $20 million a season, by the Harbour club.' },
      {
        outlet: 'east',
        body: 'The Harbour club deal for Okafor tops the $95 million the Rivers club gave Lind and the $70 million it gave Moss.',
      },
      {
        outlet: 'west',
        body: [
          'The Harbour club made Okafor an offer of $120 million.',
          'Brandt is said to want a deal in the $75 million range.',
          'The Rivers club has spoken to Brandt as well.',
        ],
      },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('does not set an estimate against "more than" the same amount, nor a part against the total', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The fire did an estimated $3 million in damage to the hall, and killed two women and a man.' },
      { outlet: 'south', body: 'The fire caused more than $3 million in damage to the hall and killed three people.' },
      { outlet: 'east', body: 'Damage to the hall is put at $3 million; three people died.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('still sets two estimates of one sum against each other when they are apart', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Thieves made off with jewels worth $40 million from the Valdris store.' },
      { outlet: 'south', body: 'Thieves stole jewels worth $65 million from the Valdris store.' },
    ]);
    expect(numberDivergences(drafts).map((d) => d.variants.map((v) => v.figure))).toEqual([['$40 million', '$65 million']]);
  });

  it('reads "at least" before a currency sign', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Harbour club offered Okafor at least $20 million a season.' },
      { outlet: 'south', body: 'The Harbour club offered Okafor $23 million a season.' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('names each party of a value once and at most two of them, the most cited, with "and others" for the rest', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Nine people were killed in Valdris, officials said.' },
      { outlet: 'south', body: 'Nine people were killed in Valdris, officials and the Red Cross said.' },
      { outlet: 'east', body: 'Nine people died in Valdris, according to the Valdris fire brigade.' },
      { outlet: 'west', body: 'Nine people died in Valdris, the mayor said.' },
      { outlet: 'plains', body: 'Fourteen people were killed in Valdris, the regional hospital said.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.variants.map((v) => v.attribution)).toEqual(['officials, Red Cross and others', 'regional hospital']);
  });
});
