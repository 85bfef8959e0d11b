import type { ClaimDivergence } from '../domain/breakdown.ts';
import { findAttribution } from './attribution.ts';
import { foregroundUnits } from './background.ts';
import type { Draft, Unit } from './drafts.ts';
import { sideOf } from './fact-sides.ts';
import { writtenSurnames } from './full-names.ts';

/**
 * Whether a named person was armed, as a sentence tells it: "Gray pointed a revolver at the officers" (armed),
 * "witnesses say Gray did not have a gun" or "Gray was unarmed" (not). One proposition with two polarities: two
 * outlets giving it opposite polarities for one person are a claim conflict, whoever else the sentences name.
 */
export interface ArmedFact {
  person: string;
  armed: boolean;
  unit: Unit;
  party: string | null;
}

const WEAPON = String.raw`(?:gun|handgun|pistol|revolver|rifle|firearm|weapon|knife)s?`;
/** Verbs of having or using a weapon, with the words a determiner or calibre may put before it. */
const HOLD = String.raw`(?:have|has|had|having|carry|carries|carried|carrying|hold|holds|held|holding|point|points|pointed|pointing|produce|produced|producing|pull|pulled|pulling|brandish|brandished|brandishing|flash|flashed|flashing|wield|wielded|wielding|armed with)`;
const ARMED = new RegExp(
  String.raw`\b${HOLD}\s+(?:(?:a|an|the|his|her|no|any)\s+)?(?:[\p{L}\d.'’-]+\s+){0,2}?${WEAPON}\b|\b(?:was|were|is|are|been|being)\s+(?:un)?armed\b`,
  'giu',
);
/**
 * A negation or a doubt within the four words before the verb ("did not have", "didn ’ t have", "doubted her brother
 * was carrying"), or in place of the article ("had no gun").
 */
const NEGATED = /\b(?:not|never|no|without|doubt|doubts|doubted)\b|n\s?['’]\s?t\b/iu;
/** A subject pronoun right before the verb: the person is not named in the clause, so the sentence is left alone. */
const PRONOUN = /\b(?:he|she|they|i|we|you)\s+(?:\S+\s+){0,3}$/iu;
/** A reporting verb not set off by commas opens the clause whose subject is the person ("Lynch said his client had…"). */
const REPORTS = /\b(?:said|says|say|told|testified|reported|claimed|claims|believe|believes|believed|that)\b(?!\s*,)/u;
/** Words that end a name's run or are no one's surname. */
const NOT_SURNAME = /^(?:jr|sr)$/u;
/** Words that make the clause a condition or a question, not a claim: "even if he had a gun". */
const HEDGE = /\b(?:if|whether|unless)\b/iu;

/** The person a sentence arms or disarms: the surname nearest before the verb, a description set off by commas skipped. */
function personBefore(text: string, surnames: Set<string>): string | null {
  let clause = text.split(REPORTS).pop() ?? '';
  if (/,\s*$/u.test(clause)) clause = clause.replace(/,\s*$/u, '').replace(/,[^,]*$/u, '');
  if (PRONOUN.test(clause) || HEDGE.test(clause.split(/[,;]/u).pop() ?? '')) return null;
  // A description set off by commas ("Gray, who was running for his life when he was shot, did not…") is skipped.
  clause = clause.replace(/,\s*(?:who|which|now|then|aged|\d)[^,]*,/gu, '');
  // A surname ends a name ("Texas" in "the Texas Department" is no one), and nothing between it and the verb may open
  // another noun phrase that could be the subject: "…Ltd., where a man carrying a firearm…".
  const names = [...clause.matchAll(/\p{Lu}\p{Ll}+(?![\s-]+\p{Lu})/gu)].reverse();
  const name = names.find((m) => surnames.has(m[0].toLowerCase()) && !NOT_SURNAME.test(m[0].toLowerCase()));
  if (name === undefined || /\b(?:a|an|the)\b/iu.test(clause.slice(name.index + name[0].length))) return null;
  return name[0].toLowerCase();
}

/** Every claim a sentence makes about a named person being armed, with its polarity. */
export function armedFacts(unit: Unit, surnames: Set<string>): ArmedFact[] {
  if (unit.language !== 'en' && unit.language !== null) return [];
  const attribution = findAttribution(unit.sentence);
  const cited = attribution?.party ?? null;
  const out: ArmedFact[] = [];
  for (const m of unit.sentence.matchAll(ARMED)) {
    const before = unit.sentence.slice(0, m.index);
    const person = personBefore(before, surnames);
    if (person === null || out.some((f) => f.person === person)) continue;
    const near = before.split(/\s+/u).slice(-5).join(' ');
    // A party named by the person's own surname is the name read twice ("Kimani (Kiki) Gray says the youth…"), not a source.
    const party = cited !== null && cited.split(/\s+/u).pop() !== person ? cited : null;
    const negative = /\bunarmed\b/iu.test(m[0]) || NEGATED.test(near) || /\b(?:no|any)\b/iu.test(m[0]);
    // A denial turns what it denies around: "the family deny that he was carrying a weapon".
    out.push({ person, armed: negative === (attribution?.stance === 'deny'), unit, party });
  }
  return out;
}

/**
 * A named person said to be armed by one outlet and unarmed by another: a claim conflict, one side per polarity,
 * each with the parties its sentences cite, else its outlets. A report telling both polarities of one person (a
 * claim and its denial) leaves the person out unless other reports take sides: its sentences join the sides they tell.
 */
export function armedDivergences(drafts: Draft[]): ClaimDivergence[] {
  const surnames = writtenSurnames(drafts);
  const facts = foregroundUnits(drafts).flatMap((u) => armedFacts(u, surnames));
  const out: ClaimDivergence[] = [];
  for (const person of new Set(facts.map((f) => f.person))) {
    const own = facts.filter((f) => f.person === person);
    const yes = own.filter((f) => f.armed);
    const no = own.filter((f) => !f.armed);
    const outletsYes = new Set(yes.map((f) => f.unit.outlet));
    // Different outlets on the two sides: one report setting a claim against its denial is not two outlets' conflict.
    if (yes.length === 0 || no.length === 0 || no.every((f) => outletsYes.has(f.unit.outlet) && outletsYes.size === 1)) continue;
    const name = /\p{Lu}\p{Ll}+/u.exec(yes[0]!.unit.sentence.slice(yes[0]!.unit.sentence.toLowerCase().lastIndexOf(person)))?.[0] ?? person;
    out.push({ topic: `whether ${name} was armed`, sides: [sideOf(yes), sideOf(no)] });
  }
  return out;
}
