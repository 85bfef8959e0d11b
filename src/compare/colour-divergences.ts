import type { ClaimDivergence } from '../domain/breakdown.ts';
import { foregroundUnits } from './background.ts';
import { colourFacts, incompatible, sameThing, type ColourFact } from './colour-facts.ts';
import type { Draft } from './drafts.ts';
import { fromDifferentOutlets, sideOf } from './fact-sides.ts';
import { byHappening, sameHappening } from './happening.ts';

/** Every colour fact of the story's reports, background sentences left out. */
function storyColourFacts(drafts: Draft[]): ColourFact[] {
  return foregroundUnits(drafts).flatMap((unit) => colourFacts(unit));
}

/** Facts whose colours overlap go together ("grey" and "silver-grey"): what remains apart are incompatible readings. */
function byColour(facts: ColourFact[]): ColourFact[][] {
  const groups: ColourFact[][] = [];
  for (const f of facts) {
    const joined = groups.filter((g) => g.some((m) => !incompatible(m, f)));
    if (joined.length === 0) {
      groups.push([f]);
      continue;
    }
    // The merged reading keeps the place of its earliest member, so sides come in the order reports give them.
    joined[0]!.push(...joined.slice(1).flat(), f);
    for (const g of joined.slice(1)) groups.splice(groups.indexOf(g), 1);
  }
  return groups;
}

/**
 * The readings of one thing that conflict within some happening, each joined by the thing's other mentions that
 * agree with it alone: a car's colour does not change between happenings, so every report calling the car grey says
 * what the grey side says. A mention agreeing with two readings ("silver-grey") joins neither. Null when none conflict.
 */
function conflictingReadings(thing: ColourFact[]): ColourFact[][] | null {
  // Two cars in one story (the victim's and the driver's) share a noun; one happening keeps one car.
  const told = byHappening(thing, (a, b) => a.unit === b.unit || sameHappening(a.unit, b.unit))
    .map(byColour)
    .find((readings) => readings.length >= 2 && fromDifferentOutlets(readings));
  if (told === undefined) return null;
  const readings = told.map((r) => [...r]);
  for (const f of thing) {
    if (told.some((r) => r.includes(f))) continue;
    const agreeing = readings.filter((r) => r.some((m) => !incompatible(m, f)));
    if (agreeing.length === 1) agreeing[0]!.push(f);
  }
  return readings;
}

/** A report giving one noun two colours that cannot both hold names two things by it ("a black man shot a white man"). */
function twoThings(thing: ColourFact[]): boolean {
  return thing.some((a) => thing.some((b) => a.unit.outlet === b.unit.outlet && incompatible(a, b)));
}

/**
 * One thing given different colours by different outlets telling one happening ("police say a grey Toyota Camry;
 * witnesses say a silver one"): a claim conflict, one side per colour. Shades and combined colours that overlap agree.
 */
export function colourDivergences(drafts: Draft[]): ClaimDivergence[] {
  const out: ClaimDivergence[] = [];
  for (const thing of byHappening(storyColourFacts(drafts), sameThing)) {
    // Precision first: once a report shows the story has two such things, no reading can be pinned to either.
    const readings = twoThings(thing) ? null : conflictingReadings(thing);
    if (readings === null) continue;
    const name = readings
      .flat()
      .map((f) => f.thing)
      .reduce((a, b) => (b.length > a.length ? b : a));
    out.push({ topic: `colour of the ${name}`, sides: readings.map(sideOf) });
  }
  return out;
}
