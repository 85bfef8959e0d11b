import { describe, expect, it } from 'vitest';
import { personFacts, samePerson } from '../../src/compare/person-facts.ts';
import { ageDivergences } from '../../src/compare/person-divergences.ts';
import { draftsOf } from './fixtures/make.ts';

const facts = (sentence: string): [string, number][] =>
  personFacts(draftsOf([{ outlet: 'x', body: sentence }])[0]!.units[0]!).map((f) => [f.name, f.age]);

describe('personFacts', () => {
  it('reads the age news apposition gives a named person', () => {
    expect(facts('The driver, Tomas Varga, 44, of Eastbrook, was arrested on Friday.')).toEqual([['Tomas Varga', 44]]);
    expect(facts('Police said 71-year-old MaryBeth Olsen of Linwood was hit by a van.')).toEqual([['MaryBeth Olsen', 71]]);
  });

  it('reads nothing from a name without an age, from a single name, or from a home place alone', () => {
    expect(facts('Tomas Varga was arrested on Friday in Eastbrook.')).toEqual([]);
    expect(facts('The suspect, Varga, 44, was arrested.')).toEqual([]);
    expect(facts('Tomas Varga, of Eastbrook, was arrested.')).toEqual([]);
  });
});

describe('samePerson', () => {
  it('takes spellings that sound alike for one person, but not a relative sharing the surname', () => {
    expect(samePerson('Katherine Molnar', 'Catherine Molnar')).toBe(true);
    expect(samePerson('Police Chief Ann Dell', 'Ann Dell')).toBe(true);
    expect(samePerson('Gary Molnar', 'Katherine Molnar')).toBe(false);
  });
});

describe('ageDivergences', () => {
  it('lists different ages of one person in sentences telling one happening, not across happenings', () => {
    const sameEvent = draftsOf([
      { outlet: 'coast', body: 'Tomas Varga, 44, drove his van into the market crowd in Eastbrook on Friday.' },
      { outlet: 'metro', body: 'Tomas Varga, 45, drove a van into the crowd at the Eastbrook market on Friday.' },
    ]);
    const [age, ...rest] = ageDivergences(sameEvent);
    expect(rest).toEqual([]);
    expect(age?.label).toBe('age of Tomas Varga');
    expect(age?.kind).toBe('conflict');
    expect(age?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['44', ['coast']],
      ['45', ['metro']],
    ]);
    // The trial, reported a year and a half later: he is older by then. Undated, the happenings alone tell them apart.
    const crash = { outlet: 'coast', body: 'Tomas Varga, 44, drove his van into the market crowd in Eastbrook on Friday.' };
    const trial = { outlet: 'metro', body: 'A jury convicted Tomas Varga, 46, of murder after a two-week trial.' };
    expect(ageDivergences(draftsOf([crash, { ...trial, publishedAt: '2027-11-20T09:00:00Z' }]))).toEqual([]);
    expect(
      ageDivergences(
        draftsOf([
          { ...crash, publishedAt: null },
          { ...trial, publishedAt: null },
        ]),
      ),
    ).toEqual([]);
  });

  it('lists different ages in reports published days apart, whatever happening each sentence tells', () => {
    const weekend = draftsOf([
      {
        outlet: 'coast',
        body: 'Robert Kell, 32, fell while climbing to a hut on Mount Sefra on Saturday.',
        publishedAt: '2026-05-02T09:00:00Z',
      },
      { outlet: 'metro', body: 'Searchers recovered the body of 31-year-old Robert Kell on Sunday.', publishedAt: '2026-05-03T18:00:00Z' },
    ]);
    expect(ageDivergences(weekend).map((d) => d.variants.map((v) => [v.figure, v.outlets]))).toEqual([
      [
        ['31', ['metro']],
        ['32', ['coast']],
      ],
    ]);
  });

  it('does not set one outlet against itself, nor a mother against her son', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Gary Molnar, 35, and his mother Katherine Molnar, 61, were in the flat in Eastbrook on Friday.' },
      { outlet: 'metro', body: 'Gary Molnar, 35, and his mother Katherine Molnar, 61, were found in the Eastbrook flat on Friday.' },
    ]);
    expect(ageDivergences(drafts)).toEqual([]);
  });
});
