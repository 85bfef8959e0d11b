import { describe, expect, it } from 'vitest';
import { isRunningTotal } from '../../src/compare/running-total.ts';
import { isRevisedFigure } from '../../src/compare/revised-figures.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { divergenceLine } from '../../src/compare/wording.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { findKeyedMeasures } from '../../src/text/keyed-measures.ts';
import { draftsOf } from './fixtures/make.ts';

const first = (sentence: string) => [...findQuantities(sentence), ...findKeyedMeasures(sentence)][0]!;

describe('a running figure of any quantity', () => {
  it.each([
    'The Lantern Fund appeal has raised $1.2 million so far.',
    'The film has grossed $368 million around the globe.',
    'The appeal has already brought in more than $900,000.',
    'By Saturday, at least 60 people had been injured.',
    'As of 4 pm, 40 people were missing.',
    'Donations stood at $2.3 million on Sunday evening.',
    'At least 600 people were evacuated and the number is growing.',
    'More than $2 million has already been raised for the families.',
    'The fund has since received nearly $3 million in gifts.',
  ])('reads "%s" as standing at a moment', (sentence) => {
    expect(isRunningTotal(sentence, first(sentence))).toBe(true);
  });

  it.each([
    'Halden paid $2.1 billion for Sunmill.',
    'The Nationals offered $160 million over eight years.',
    'Police detained 40 people by the river.',
    'Twelve people were injured by falling glass.',
    'Lawmakers were urged to pass the $28 billion bailout by Friday.',
    'The House has passed a $700 billion rescue package.',
    'The estimated $1 million in damages was linked to the attention the church has received.',
  ])('does not read "%s" as one', (sentence) => {
    expect(isRunningTotal(sentence, first(sentence))).toBe(false);
  });

  it('lists a sum told as a running total by different outlets as an update, not a conflict', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Lantern Fund appeal for flood victims in Varnhold has raised $1.2 million so far.', publishedAt: null },
      {
        outlet: 'south',
        body: 'The Lantern Fund appeal for flood victims in Varnhold has already collected $2 million.',
        publishedAt: null,
      },
    ]);
    const [sum, ...rest] = numberDivergences(drafts);
    expect(rest).toEqual([]);
    expect(sum?.kind).toBe('update');
    expect(divergenceLine(sum!)).toBe('money raised (US dollars) rose from $1.2 million to $2 million as reporting went on');
  });

  it('names a film\u2019s running gross as its takings', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Lantern Keeper has already brought in over $363 million at the box office.', publishedAt: null },
      { outlet: 'south', body: 'The Lantern Keeper has grossed $459 million around the globe.', publishedAt: null },
    ]);
    const [sum] = numberDivergences(drafts);
    expect(divergenceLine(sum!)).toBe('takings (US dollars) rose from more than $363 million to $459 million as reporting went on');
  });

  it('orders running sums by publication time when the reports carry it', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: 'The Lantern Fund appeal for Varnhold has raised $1.2 million so far.',
        publishedAt: '2026-06-14T08:10:00Z',
      },
      {
        outlet: 'south',
        body: 'Gifts to the Lantern Fund appeal for Varnhold stood at $1.6 million by noon.',
        publishedAt: '2026-06-14T12:40:00Z',
      },
      { outlet: 'east', body: 'The Lantern Fund appeal for Varnhold has collected $2.3 million.', publishedAt: '2026-06-14T18:05:00Z' },
    ]);
    const [sum] = numberDivergences(drafts);
    expect(sum?.kind).toBe('update');
    expect(divergenceLine(sum!)).toBe('money raised (US dollars) rose from $1.2 million to $2.3 million between 08:10 and 18:05 UTC');
  });

  it('keeps a sum told as done a conflict, even when the later report gives more', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Varn Bank pledged $250,000 to rebuild the school in Varnhold.', publishedAt: '2026-06-14T08:10:00Z' },
      { outlet: 'south', body: 'The Varn Bank pledged $500,000 to rebuild the school in Varnhold.', publishedAt: '2026-06-14T18:05:00Z' },
    ]);
    const [sum] = numberDivergences(drafts);
    expect(sum?.kind).toBe('conflict');
  });

  it('keeps running sums that fall with time a conflict: a running total does not shrink unless a report says it was corrected', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'The Lantern Fund appeal for Varnhold has raised $2 million so far.', publishedAt: '2026-06-14T08:10:00Z' },
      {
        outlet: 'south',
        body: 'The Lantern Fund appeal for Varnhold has raised $1.2 million so far.',
        publishedAt: '2026-06-14T18:05:00Z',
      },
    ]);
    const [sum] = numberDivergences(drafts);
    expect(sum?.kind).toBe('conflict');
  });
});

describe('a figure revised by a correction or a later finding', () => {
  it.each([
    'An autopsy report revealed Dell was hit by seven bullets.',
    'Seven bullets hit Dell, according to the county medical examiner.',
    'Officials revised the toll to nine.',
  ])('reads "%s" as revised', (sentence) => {
    expect(isRevisedFigure(sentence, first(sentence))).toBe(true);
  });

  it('does not read a first account as revised', () => {
    const sentence = 'Police said Dell was shot 11 times.';
    expect(isRevisedFigure(sentence, first(sentence))).toBe(false);
  });

  it('lists the first reports\u2019 figure and the finding that replaced it as an update downward, in every surface\u2019s words', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'Officers fired at Raj Dell on Saturday, hitting Dell eleven times.', publishedAt: null },
      {
        outlet: 'south',
        body: 'An autopsy report revealed Raj Dell was hit by seven bullets fired by officers on Saturday.',
        publishedAt: null,
      },
    ]);
    const [shots] = numberDivergences(drafts);
    expect(shots?.kind).toBe('update');
    expect(shots?.change?.revision).toBe('down');
    expect(shots?.variants.map((v) => v.figure)).toEqual(['7', '11']);
    expect(divergenceLine(shots!)).toBe('shots that hit Dell revised down from 11 to 7 as reporting went on');
  });

  it('lists nothing when the finding is within what the first report allowed', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the fire at the Varnhold mill on Friday.', publishedAt: null },
      {
        outlet: 'south',
        body: 'Twelve people were killed in the fire at the Varnhold mill on Friday, the coroner said.',
        publishedAt: null,
      },
    ]);
    expect(numberDivergences(drafts)).toEqual([]);
  });

  it('keeps two values each told as established a conflict', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: 'An autopsy report revealed Raj Dell was hit by eleven bullets fired by officers on Saturday.',
        publishedAt: null,
      },
      {
        outlet: 'south',
        body: 'An autopsy report revealed Raj Dell was hit by seven bullets fired by officers on Saturday.',
        publishedAt: null,
      },
    ]);
    const [shots] = numberDivergences(drafts);
    expect(shots?.kind).toBe('conflict');
  });
});
