import type { ClaimDivergence } from '../domain/breakdown.ts';
import type { Draft } from './drafts.ts';
import { sideOf } from './fact-sides.ts';
import { sameParty } from './parties.ts';
import { extractStatements, type Statement } from './statements.ts';

/**
 * What a party calls the event: "the vigil devolved into a riot" against "the violence did not constitute a riot";
 * "the vote is a key step towards democracy" against "the poll is a sham". A label is a proposition about the story's
 * event, and two parties giving it opposite polarities disagree. The labels are a small closed list of words news
 * reports dispute, each naming what it says and which way: a riot is or is not one; a step forward, a milestone or
 * a breakthrough is a good thing, a sham, a farce or a charade a bad one.
 */
const LABELS: [RegExp, string, boolean][] = [
  [/^riot\b/iu, 'riot', true],
  [/^(?:massacre|genocide)\b/iu, 'massacre', true],
  [/^(?:coup)\b/iu, 'coup', true],
  [/^(?:sham|farce|charade|travesty|whitewash|mockery|fraud)\b/iu, 'worth', false],
  [
    /^(?:step (?:forward|towards?\b|to\b)|(?:key|important|major|significant|historic|democratic|positive|big) step\b|milestone|breakthrough)/iu,
    'worth',
    true,
  ],
];
/** A copula or a verb of becoming, then "a" or "an": where a clause puts a label to its subject. */
const PUTS =
  /\b(?:is|was|are|were|be|been|being|became|become|becomes|constitutes?|constituted|amounts? to|amounted to|devolved into|turned into|descended into|erupted into|as)\s+(?:not\s+|n['’]t\s+|never\s+)?(?:a|an)\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/iu;

interface LabelClaim {
  statement: Statement;
  label: string;
  yes: boolean;
  /** The label as written ("important democratic step", "sham"). */
  words: string;
}

export function labelsOf(s: Statement): LabelClaim[] {
  if (s.unit.language !== 'en' && s.unit.language !== null) return [];
  const out: LabelClaim[] = [];
  for (const m of s.clause.matchAll(PUTS)) {
    const words = m[1]!.split(/\s+/u);
    // The label may follow one describing word: "a peaceful vigil", "a key step", "an elaborate sham".
    const variants = [words.join(' '), words.slice(1).join(' ')];
    const at = variants.findIndex((w) => LABELS.some(([re]) => re.test(w)));
    const hit = LABELS.find(([re]) => re.test(variants[at] ?? ''));
    if (hit === undefined) continue;
    const shown = hit[0].exec(variants[at]!)![0];
    const before = s.clause.slice(Math.max(0, m.index - 24), m.index + m[0].length - m[1]!.length);
    const negated = NEGATION.test(before) || s.stance === 'deny';
    out.push({
      statement: s,
      label: hit[1],
      yes: hit[2] !== negated,
      words: at === 1 && /step$/u.test(shown) ? `${words[0]} ${shown}` : shown,
    });
  }
  return out;
}

/**
 * Two parties putting one label to the event with opposite polarities: a claim conflict, one side per polarity, each
 * with its parties. Statements of one party never oppose each other.
 */
export function labelDivergences(drafts: Draft[]): ClaimDivergence[] {
  const claims = extractStatements(drafts).flatMap(labelsOf);
  const out: ClaimDivergence[] = [];
  for (const label of new Set(claims.map((c) => c.label))) {
    const yes = claims.filter((c) => c.label === label && c.yes);
    const no = claims.filter((c) => c.label === label && !c.yes);
    if (yes.length === 0 || no.length === 0) continue;
    if (yes.every((a) => no.every((b) => sameParty(a.statement.party, b.statement.party)))) continue;
    const fact = (c: LabelClaim) => ({ unit: c.statement.unit, party: c.statement.party });
    // "important democratic step or sham"; "riot or not".
    const topic = label === 'worth' ? `${yes[0]!.words} or ${no[0]!.words}` : `${label} or not`;
    out.push({ topic, sides: [sideOf(yes.map(fact)), sideOf(no.map(fact))] });
  }
  return out;
}
