import type { ClaimDivergence } from '../domain/breakdown.ts';
import { foregroundUnits } from './background.ts';
import { deathFacts, incompatibleDeath, type DeathFact } from './death-facts.ts';
import type { Draft } from './drafts.ts';
import { sideOf } from './fact-sides.ts';
import { writtenSurnames } from './full-names.ts';

/** Values that agree go together ("heart failure", "congestive heart failure"): what remains apart are incompatible readings. */
function readings(facts: DeathFact[]): DeathFact[][] {
  const groups: DeathFact[][] = [];
  for (const f of facts) {
    const joined = groups.filter((g) => g.some((m) => !incompatibleDeath(m, f)));
    if (joined.length === 0) groups.push([f]);
    else {
      joined[0]!.push(...joined.slice(1).flat(), f);
      for (const g of joined.slice(1)) groups.splice(groups.indexOf(g), 1);
    }
  }
  return groups;
}

/**
 * A named person's cause or place of death given differently by different outlets ("died of heart failure at his
 * home" against "died from Alzheimer's disease at a hospice"): a claim conflict, one side per value. A person dies
 * once, so no happening test is needed; a report giving one person two values that cannot both hold lists nothing.
 */
export function deathDivergences(drafts: Draft[]): ClaimDivergence[] {
  const surnames = writtenSurnames(drafts);
  const facts = foregroundUnits(drafts).flatMap((u) => deathFacts(u, surnames));
  const out: ClaimDivergence[] = [];
  const keys = [...new Set(facts.map((f) => `${f.slot}|${f.person}`))];
  for (const key of keys) {
    const slot = facts.filter((f) => `${f.slot}|${f.person}` === key);
    if (slot.some((a) => slot.some((b) => a.unit.outlet === b.unit.outlet && incompatibleDeath(a, b)))) continue;
    const groups = readings(slot);
    if (groups.length < 2) continue;
    const [kind, person] = key.split('|') as [string, string];
    const name = /\p{Lu}\p{Ll}+/u.exec(slot[0]!.unit.sentence.slice(slot[0]!.unit.sentence.toLowerCase().indexOf(person)))?.[0] ?? person;
    const sides = groups.map(sideOf);
    // Cause and place told in the same sentences on each side are one disagreement: "cause and place of death of Felt".
    const shown = (d: ClaimDivergence): string => d.sides.map((x) => x.claim).join('\n');
    const same = out.find((d) => d.topic.endsWith(` of death of ${name}`) && shown(d) === sides.map((x) => x.claim).join('\n'));
    if (same !== undefined) {
      same.topic = `cause and place of death of ${name}`;
      same.sides.forEach((side, i) => {
        for (const q of sides[i]!.quotes) if (!side.quotes.some((x) => x.sentence === q.sentence)) side.quotes.push(q);
        for (const o of sides[i]!.outlets) if (!side.outlets.includes(o)) side.outlets.push(o);
      });
    } else out.push({ topic: `${kind} of death of ${name}`, sides });
  }
  return out;
}
