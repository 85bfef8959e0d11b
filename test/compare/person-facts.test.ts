import { describe, expect, it } from 'vitest';
import { differentPlaces, personFacts, samePerson } from '../../src/compare/person-facts.ts';
import { ageDivergences, residenceConflicts } from '../../src/compare/person-divergences.ts';
import { draftsOf } from './fixtures/make.ts';

const facts = (sentence: string): [string, number | null, string | null][] =>
  personFacts(draftsOf([{ outlet: 'x', body: sentence }])[0]!.units[0]!).map((f) => [f.name, f.age, f.place]);

describe('personFacts', () => {
  it('reads the age and home place news apposition gives a named person', () => {
    expect(facts('The driver, Tomas Varga, 44, of Eastbrook, was arrested on Friday.')).toEqual([['Tomas Varga', 44, 'Eastbrook']]);
    expect(facts('Police said 71-year-old MaryBeth Olsen of Linwood was hit by a van.')).toEqual([['MaryBeth Olsen', 71, 'Linwood']]);
    expect(facts('Tomas Varga, of Eastbrook, was arrested.')).toEqual([['Tomas Varga', null, 'Eastbrook']]);
  });

  it('reads nothing from a name without an age or place, or from a single name', () => {
    expect(facts('Tomas Varga was arrested on Friday in Eastbrook.')).toEqual([]);
    expect(facts('The suspect, Varga, 44, was arrested.')).toEqual([]);
  });
});

describe('samePerson and differentPlaces', () => {
  it('takes spellings that sound alike for one person, but not a relative sharing the surname', () => {
    expect(samePerson('Katherine Molnar', 'Catherine Molnar')).toBe(true);
    expect(samePerson('Police Chief Ann Dell', 'Ann Dell')).toBe(true);
    expect(samePerson('Gary Molnar', 'Katherine Molnar')).toBe(false);
  });

  it('tells two towns apart, but not a place named more closely, a respelling, or a street address', () => {
    expect(differentPlaces('Eastbrook', 'Linwood')).toBe(true);
    expect(differentPlaces('Ozone Park', 'South Ozone Park')).toBe(false);
    expect(differentPlaces('Vendome', 'Vendôme')).toBe(false);
    expect(differentPlaces('Mill Street', 'Linwood')).toBe(false);
  });
});

describe('person divergences', () => {
  it('lists two reports giving one person different home towns as a claim conflict, the reports as sides when both cite police', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Police arrested Tomas Varga, 44, of Eastbrook, after the crash on the bypass.' },
      { outlet: 'metro', body: 'Police said Tomas Varga, 44, of Linwood, drove into the crowd.' },
      { outlet: 'daily', body: 'The driver, Tomas Varga, of Eastbrook, was held overnight.' },
    ]);
    const [conflict, ...rest] = residenceConflicts(drafts);
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('where Tomas Varga lives');
    expect(conflict?.sides.map((s) => [s.party, s.claim])).toEqual([
      ['coast, daily', 'Tomas Varga is of Eastbrook'],
      ['metro', 'Tomas Varga is of Linwood'],
    ]);
  });

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
    const twoEvents = draftsOf([
      { outlet: 'coast', body: 'Tomas Varga, 44, drove his van into the market crowd in Eastbrook on Friday.' },
      { outlet: 'metro', body: 'A jury convicted Tomas Varga, 46, of murder after a two-week trial.' },
    ]);
    expect(ageDivergences(twoEvents)).toEqual([]);
  });
});
