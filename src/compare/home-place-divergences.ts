import type { ClaimDivergence, ClaimSide } from '../domain/breakdown.ts';
import { foregroundUnits } from './background.ts';
import type { Draft } from './drafts.ts';
import { fromDifferentOutlets, outletsOf, quotesOf } from './fact-sides.ts';
import { isPerson, writtenSurnames } from './full-names.ts';
import { homePlaces, type HomePlace } from './home-places.ts';

const lower = (s: string): string => s.toLowerCase();

/**
 * The story's own places: those more than half of its reports name ("Queens" for a crash in Richmond Hill). Such a
 * place may hold any other the reports give (a borough holds its neighbourhoods), which nothing here can check, so a
 * home given as one of them agrees with every other.
 */
function storyPlaces(drafts: Draft[], places: string[]): Set<string> {
  const texts = drafts.map((d) => lower(`${d.article.title}\n${d.article.body}`));
  return new Set(places.filter((p) => texts.filter((t) => t.includes(lower(p))).length * 2 > drafts.length).map(lower));
}

/** Places the reports write one inside the other: "Richmond Hill, Queens" puts Richmond Hill in Queens. */
function writtenWithin(drafts: Draft[]): Set<string> {
  const pairs = new Set<string>();
  const run = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}`;
  const re = new RegExp(`(${run}),\\s+(${run})`, 'gu');
  for (const d of drafts)
    for (const m of `${d.article.title}\n${d.article.body}`.matchAll(re)) pairs.add(`${lower(m[1]!)}|${lower(m[2]!)}`);
  return pairs;
}

/** Two homes agree when they are one place, one's words are among the other's ("Richmond Hill", "South Richmond Hill"), or the reports put one in the other. */
function agree(a: string, b: string, within: Set<string>): boolean {
  const x = lower(a);
  const y = lower(b);
  if (x === y || within.has(`${x}|${y}`) || within.has(`${y}|${x}`)) return true;
  const wx = x.split(/\s+/u);
  const wy = y.split(/\s+/u);
  return wx.every((w) => wy.includes(w)) || wy.every((w) => wx.includes(w));
}

/** Homes that agree go together; what remains apart are readings that cannot both hold. */
function byPlace(facts: HomePlace[], within: Set<string>): HomePlace[][] {
  const groups: HomePlace[][] = [];
  for (const f of facts) {
    const joined = groups.filter((g) => g.some((m) => agree(m.place, f.place, within)));
    if (joined.length === 0) groups.push([f]);
    else {
      joined[0]!.push(...joined.slice(1).flat(), f);
      for (const g of joined.slice(1)) groups.splice(groups.indexOf(g), 1);
    }
  }
  return groups;
}

/** One home as a side: who gives it (the party a sentence cites, else its outlet) and the shortest sentence giving it. */
function sideOf(facts: HomePlace[]): ClaimSide {
  const shown = facts.reduce((a, b) => (b.unit.sentence.length < a.unit.sentence.length ? b : a));
  return {
    party: [...new Set(facts.map((f) => f.party ?? f.unit.outlet))].join(' and '),
    claim: shown.unit.sentence,
    quotes: quotesOf(facts),
    outlets: outletsOf(facts),
  };
}

/**
 * A named person's home given as two places that cannot both hold, by different outlets ("Raj Dell, of Northgate"
 * against "Dell, who lived in South Park"): a claim conflict, one side per place. A place the story's reports mostly
 * name holds the others and agrees with all; places the reports write one inside the other agree, and so do names
 * of one place written longer or shorter.
 */
export function homePlaceDivergences(drafts: Draft[]): ClaimDivergence[] {
  const surnames = writtenSurnames(drafts);
  const facts = foregroundUnits(drafts)
    .flatMap(homePlaces)
    .filter((f) => isPerson(f.person, surnames));
  const wide = storyPlaces(
    drafts,
    facts.map((f) => f.place),
  );
  const within = writtenWithin(drafts);
  const out: ClaimDivergence[] = [];
  for (const person of new Set(facts.map((f) => f.person))) {
    const homes = facts.filter((f) => f.person === person && !wide.has(lower(f.place)));
    const readings = byPlace(homes, within);
    if (readings.length < 2) continue;
    if (!fromDifferentOutlets(readings)) continue;
    const outlets = readings.map(outletsOf);
    // A report giving one person two homes that cannot both hold names two people by one surname.
    if (outlets.some((a, i) => outlets.slice(i + 1).some((b) => a.some((x) => b.includes(x))))) continue;
    const name = homes.map((f) => f.person).reduce((a, b) => (b.length > a.length ? b : a));
    out.push({ topic: `home of ${name.charAt(0).toUpperCase()}${name.slice(1)}`, sides: readings.map(sideOf) });
  }
  return out;
}
