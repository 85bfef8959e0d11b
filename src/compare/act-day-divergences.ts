import type { ClaimDivergence } from '../domain/breakdown.ts';
import { findActDays, weekdayOf, type ActDay } from '../text/act-days.ts';
import { findAttribution } from './attribution.ts';
import { foregroundUnits, storyYear } from './background.ts';
import type { Draft, Unit } from './drafts.ts';
import { fromDifferentOutlets, sideOf, type CitedFact } from './fact-sides.ts';
import { writtenSurnames } from './full-names.ts';
import { byHappening } from './happening.ts';

/** The day one sentence puts one act on, with who the sentence attributes it to. */
interface DayFact extends CitedFact {
  day: ActDay;
}

/**
 * Every day these sentences put an act on (English). A sentence's first word standing alone is a name only when it
 * is a surname the story writes after a given name ("Reid checked herself in"), not a common noun ("Police arrested…
 * Monday" and "Police arrested… Tuesday" are a story's two nights of arrests, not one act on two days).
 */
function dayFacts(units: Unit[], surnames: Set<string>): DayFact[] {
  return units.flatMap((unit) => {
    if (unit.language !== null && unit.language !== 'en') return [];
    // An owner alone ("Reid's rep") names no one a reader would know.
    const cited = findAttribution(unit.sentence)?.party ?? null;
    const party = cited === null || /['’]s$/u.test(cited) ? null : cited;
    return findActDays(unit.sentence).map((found) => {
      const common = (w: string): boolean => w === found.opening && !surnames.has(w);
      const named = (w: string | null): string | null => (w === null || common(w) ? null : w);
      const day = { ...found, agent: named(found.agent), patient: named(found.patient) };
      return { unit, party, day };
    });
  });
}

/**
 * Verbs news writes one act with (stems, as act-days.ts gives them): a club "signed", "picked up" or "added" a
 * player; police "arrested" or "detained" someone; a coach was "fired", "dismissed", "sacked" or "ousted"; someone was
 * "hired", "appointed" or "named"; "checked into", "entered" or "was admitted to" a clinic. The act's party must still
 * be one (`oneAct`), so "fired" shots and a "fired" coach never meet.
 */
const ONE_ACT: readonly (readonly string[])[] = [
  ['sign', 'pick', 'add', 'acquir'],
  ['arrest', 'detain'],
  ['fire', 'dismiss', 'sack', 'oust'],
  ['hire', 'appoint', 'name'],
  ['check', 'enter', 'admit'],
];
const groupOf = new Map(ONE_ACT.flatMap((group, i) => group.map((verb): [string, number] => [verb, i])));
const sameVerb = (a: string, b: string): boolean => a === b || (groupOf.has(a) && groupOf.get(a) === groupOf.get(b));

const namesOf = (f: DayFact): string[] => [f.day.agent, f.day.patient].filter((w): w is string => w !== null);
const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((w) => b.includes(w));

/**
 * Two days are put to one act when the verb is one ("checked", "checked into") and so is its party, by the head of its
 * name: the one it is done to when both sentences name one ("placed Ivory on injured reserve Tuesday" and "placed
 * Thomas … Wednesday" are two acts of one club; "Chargers receiver Vincent Jackson was arrested" and "Chargers
 * defensive tackle Jamal Williams was arrested" two arrests), else the one who does it ("Reid checked herself in",
 * "Tara Reid checked into Promises"), or the one it is done to in one and who does it in the other ("Wynn was
 * signed", "Wynn signed with the Saints"). The places named after it meet when both name one.
 */
function oneAct(a: DayFact, b: DayFact): boolean {
  if (!sameVerb(a.day.act, b.day.act)) return false;
  const x = a.day;
  const y = b.day;
  // "Checked into Morningside" and "checked into the Betty Ford Center": one person's two acts of one kind.
  if (x.where.length > 0 && y.where.length > 0 && !shares(x.where, y.where)) return false;
  if (x.patient !== null && y.patient !== null) return x.patient === y.patient;
  if (x.patient === null && y.patient === null) return x.agent !== null && x.agent === y.agent;
  const done = x.patient ?? y.patient;
  const doer = x.patient === null ? x.agent : y.agent;
  return doer !== null && doer === done;
}

/**
 * Two days that cannot both be the day of one act. Two weekdays differ unless they are one apart across a midnight
 * a report marks ("late Monday" or "Monday night" against "early Tuesday" or "Tuesday"; "Monday" against "early
 * Tuesday"); two dates differ; a weekday and a date differ only when the year is known to say what day the date fell
 * on.
 */
function differentDays(a: ActDay, b: ActDay, year: number | null): boolean {
  const weekday = (d: ActDay): number | null => {
    if (d.weekday !== null) return d.weekday;
    const y = d.year ?? year;
    return d.month !== null && d.date !== null && y !== null ? weekdayOf(y, d.month, d.date) : null;
  };
  if (a.month !== null && b.month !== null && a.date !== null && b.date !== null) {
    if (a.month !== b.month || a.date !== b.date) return !acrossMidnight(a, b);
    return false;
  }
  const [x, y] = [weekday(a), weekday(b)];
  if (x === null || y === null || x === y) return false;
  return !acrossMidnight(a, b);
}

/** One day after the other, the earlier told late or the later told early: one night, either side of midnight. */
function acrossMidnight(a: ActDay, b: ActDay): boolean {
  const follows = (p: ActDay, q: ActDay): boolean =>
    p.month !== null && q.month !== null && p.date !== null && q.date !== null
      ? p.month === q.month && p.date + 1 === q.date
      : p.weekday !== null && q.weekday !== null && (p.weekday + 1) % 7 === q.weekday;
  const next = (p: ActDay, q: ActDay): boolean => follows(p, q) && (p.part === 'late' || q.part === 'early');
  return next(a, b) || next(b, a);
}

/**
 * What a side says, plainly: the act and its day as a sentence tells them ("Tara Reid checked into Promises Treatment
 * Center on Friday", not the clause about an October interview before it), the shortest of its cited sentences first.
 * The quotes keep the whole sentences.
 */
function plainClaim(facts: DayFact[]): string {
  const told = (f: DayFact): string => {
    const { text, phrase } = f.day;
    const at = f.unit.sentence.indexOf(text);
    const dayFirst = at >= 0 && at < f.unit.sentence.indexOf(phrase);
    const plain = dayFirst ? `${text}, ${phrase}` : `${phrase} ${text.replace(/^On\b/u, 'on')}`;
    return plain.charAt(0).toUpperCase() + plain.slice(1);
  };
  const cited = facts.filter((f) => f.party !== null);
  return (cited.length > 0 ? cited : facts).map(told).reduce((a, b) => (b.length < a.length ? b : a));
}

/** Days that agree go together: what remains apart are readings that cannot all be true. */
function readings(facts: DayFact[], year: number | null): DayFact[][] {
  const groups: DayFact[][] = [];
  for (const f of facts) {
    const joined = groups.filter((g) => g.some((m) => !differentDays(m.day, f.day, year)));
    if (joined.length === 0) groups.push([f]);
    else {
      joined[0]!.push(...joined.slice(1).flat(), f);
      for (const g of joined.slice(1)) groups.splice(groups.indexOf(g), 1);
    }
  }
  return groups;
}

/**
 * One act put on different days by different outlets ("Reid checked herself in on Tuesday" against "Tara Reid
 * checked into Promises Treatment Center on Friday"): a claim conflict, one side per day, each with the parties its
 * sentences cite, else its outlets. A report putting the act on two days that cannot both hold lists nothing.
 */
export function actDayDivergences(drafts: Draft[]): ClaimDivergence[] {
  const year = storyYear(drafts);
  // Background sentences are left out (a named month aside: "after telling People in October, Reid checked in on
  // Friday"), but a report's every sentence counts when it tells the act on two days.
  const told = dayFacts(
    drafts.flatMap((d) => d.units),
    writtenSurnames(drafts),
  );
  const foreground = new Set(foregroundUnits(drafts, false));
  const facts = told.filter((f) => foreground.has(f.unit));
  const out: ClaimDivergence[] = [];
  for (const act of byHappening(facts, oneAct)) {
    // A report telling the act on two days (its lead "died on Friday", its body "he died … on Thursday") has two
    // readings of it: its unnamed ones ("he died") count as the act's.
    const own = told.filter((f) => f.day.act === act[0]!.day.act && (namesOf(f).length === 0 || act.some((a) => oneAct(a, f))));
    if (own.some((a) => own.some((b) => a.unit.outlet === b.unit.outlet && differentDays(a.day, b.day, year)))) continue;
    const sides = readings(act, year);
    if (sides.length < 2 || !fromDifferentOutlets(sides)) continue;
    const phrase = act.map((f) => f.day.phrase).reduce((a, b) => (b.length < a.length ? b : a));
    // "when the Saints signed DeShawn Wynn": a sentence's opening article is no name.
    out.push({
      topic: `when ${phrase.replace(/^(The|A|An)\b/u, (w) => w.toLowerCase())}`,
      sides: sides.map((r) => ({ ...sideOf(r), claim: plainClaim(r) })),
    });
  }
  return out;
}
