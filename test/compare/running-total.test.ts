import { describe, expect, it } from 'vitest';
import { isRunningTotal } from '../../src/compare/running-total.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { draftsOf } from './fixtures/make.ts';

const running = (sentence: string): boolean => isRunningTotal(sentence, findQuantities(sentence)[0]!);

describe('isRunningTotal', () => {
  it.each([
    'At least 40 people have been hurt in the clashes.',
    'More than 300 protesters have been detained over the weekend of unrest.',
    'The storm has left 9 people dead.',
    'Some 25 people were rescued so far.',
    'At least 12 people were injured over the past three days.',
  ])('reads "%s" as a running total', (sentence) => {
    expect(running(sentence)).toBe(true);
  });

  it.each(['At least 40 people were hurt on Friday.', 'A minister has been sacked, while 300 protesters were detained.'])(
    'does not read "%s" as one',
    (sentence) => {
      expect(running(sentence)).toBe(false);
    },
  );
});

describe('running totals without publication times', () => {
  it('lists different running totals of one count as an update from the lowest to the highest, a bound included', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 40 people have been hurt in the clashes in Varnhold.', publishedAt: null },
      { outlet: 'south', body: 'About 90 people have been injured in the clashes in Varnhold.', publishedAt: null },
      { outlet: 'east', body: 'Rioting in Varnhold has left at least 40 people injured.', publishedAt: null },
    ]);
    const [injured, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(injured?.kind).toBe('update');
    expect(injured?.change?.from.figure).toBe('at least 40');
    expect([...(injured?.change?.from.outlets ?? [])].sort()).toEqual(['east', 'north']);
    expect(injured?.change?.to.figure).toBe('about 90');
  });

  it('shows no value below where the count started: a smaller bound is not a point of its rise', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 40 people have been hurt in the clashes in Varnhold.', publishedAt: null },
      { outlet: 'south', body: 'About 90 people have been injured in the clashes in Varnhold.', publishedAt: null },
      { outlet: 'east', body: 'Rioting in Varnhold has left at least 40 people injured.', publishedAt: null },
      { outlet: 'west', body: 'Stones hit a camera crew in Varnhold, injuring at least two.', publishedAt: null },
    ]);
    const [injured] = numberDivergences(drafts);
    expect(injured?.kind).toBe('update');
    expect(injured?.change?.from.figure).toBe('at least 40');
    expect(injured?.variants.map((v) => v.figure)).toEqual(['at least 40', 'about 90']);
  });

  it('keeps a bound agreeing with a higher figure when the counts are told as done', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 40 people were hurt in the clashes in Varnhold on Friday.', publishedAt: null },
      { outlet: 'south', body: 'About 70 people were injured in the clashes in Varnhold on Friday.', publishedAt: null },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('leaves running totals published within half an hour of each other to agree: one moment, and a bound holds the higher figure', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 40 people have been hurt in the clashes in Varnhold.', publishedAt: '2026-05-01T10:00:00Z' },
      { outlet: 'south', body: 'About 70 people have been injured in the clashes in Varnhold.', publishedAt: '2026-05-01T10:10:00Z' },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });
});
