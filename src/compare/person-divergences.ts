import type { NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import type { Draft, Unit } from './drafts.ts';
import { fromDifferentOutlets, outletsOf, quotesOf } from './fact-sides.ts';
import { contentTerms } from '../text/terms.ts';
import { byHappening, sameHappening, sameLeadHappening } from './happening.ts';
import { byPerson, storyPersonFacts, type PersonFact } from './person-facts.ts';

/**
 * Reports published at most this many days apart give a person's age at one time: "Robert Buckley, 32" and
 * "31-year-old Robert Buckley" in two reports of one weekend disagree, whatever happening each sentence tells (the
 * fall, the search, the inquest). A birthday falls between them about once in 12 such pairs at 30 days; it is the
 * span a news story is mostly reported in. Undated reports are compared only by happening.
 */
const SAME_AGE_DAYS = 30;
const DAY_MS = 86_400_000;

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
  const published = new Map(drafts.flatMap((d) => d.units.map((u): [Unit, number] => [u, Date.parse(d.article.publishedAt ?? '')])));
  // Reports published within SAME_AGE_DAYS of each other give the person's age at one time, whatever they tell.
  const sameTime = (a: Unit, b: Unit): boolean => Math.abs(published.get(a)! - published.get(b)!) <= SAME_AGE_DAYS * DAY_MS;
  for (const named of byPerson(storyPersonFacts(drafts))) {
    // An age is the person's when the sentence's happening took place: a story told over months (a shooting, then
    // the trial) gives two true ages, so ages are compared only between sentences telling one happening, or of
    // reports published days apart.
    const name = new Set(contentTerms(fullest(named), named[0]!.unit.language));
    for (const person of byHappening(
      named,
      (a, b) =>
        a.unit === b.unit || sameTime(a.unit, b.unit) || sameHappening(a.unit, b.unit, name) || sameLeadHappening(a.unit, b.unit, name),
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
