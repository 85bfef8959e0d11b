import type { NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import type { Draft } from './drafts.ts';
import { fromDifferentOutlets, outletsOf, quotesOf } from './fact-sides.ts';
import { contentTerms } from '../text/terms.ts';
import { byHappening, sameHappening, sameLeadHappening } from './happening.ts';
import { byPerson, storyPersonFacts, type PersonFact } from './person-facts.ts';

/** The longest way the reports write a person's name: the one a reader recognises most surely. */
const fullest = (facts: PersonFact[]): string => facts.map((f) => f.name).reduce((a, b) => (b.length > a.length ? b : a));

const partiesOf = (facts: PersonFact[]): string | null => {
  const parties = [...new Set(facts.flatMap((f) => (f.party === null ? [] : [f.party])))];
  return parties.length === 0 ? null : parties.join(' and ');
};

/**
 * A named person's age given differently by different outlets ("Raj Dell, 59" against "58-year-old Raj Dell"): a
 * conflict, as an age does not change while a story is reported.
 */
export function ageDivergences(drafts: Draft[]): NumberDivergence[] {
  const out: NumberDivergence[] = [];
  for (const named of byPerson(storyPersonFacts(drafts))) {
    // An age is the person's when the sentence's happening took place: a story told over months (a shooting, then
    // the trial) gives two true ages, so ages are compared only between sentences telling one happening.
    const name = new Set(contentTerms(fullest(named), named[0]!.unit.language));
    for (const person of byHappening(
      named,
      (a, b) => a.unit === b.unit || sameHappening(a.unit, b.unit, name) || sameLeadHappening(a.unit, b.unit, name),
    )) {
      const divergence = ageDivergence(person, fullest(named));
      if (divergence !== null) out.push(divergence);
    }
  }
  return out;
}

function ageDivergence(person: PersonFact[], name: string): NumberDivergence | null {
  const byAge = new Map<number, PersonFact[]>();
  for (const f of person) byAge.set(f.age, [...(byAge.get(f.age) ?? []), f]);
  const groups = [...byAge.values()];
  if (!fromDifferentOutlets(groups)) return null;
  const variants: NumberVariant[] = [...byAge]
    .sort(([a], [b]) => a - b)
    .map(([age, facts]) => ({
      text: `${facts[0]!.name}, ${age}`,
      figure: String(age),
      min: age,
      max: age,
      attribution: partiesOf(facts),
      firstReportedAt: null,
      quotes: quotesOf(facts),
      outlets: outletsOf(facts),
    }));
  return { quantity: 'age', label: `age of ${name}`, kind: 'conflict', change: null, variants };
}
