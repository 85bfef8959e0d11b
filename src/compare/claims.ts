import type { ClaimDivergence, ClaimSide } from '../domain/breakdown.ts';
import type { Draft } from './drafts.ts';
import { isNegated } from './attribution.ts';
import { readerName, sameParty as sameBody } from './parties.ts';
import { extractStatements, type Statement } from './statements.ts';
import { contentTerms, sharedCount, similarity } from '../text/terms.ts';

/** A denial answers a claim when they share this much of their topic. */
const DENIAL = { shared: 2, similarity: 0.35 };
/** A denial must say what it denies in this many content words (or inherit them from the sentence before). */
const MIN_DENIED = 3;
/** Plain negation ("did not", "no") opposes a claim only when both state nearly the same proposition. */
const NEGATION = { shared: 3, similarity: 0.7 };
/** Blame on different culprits conflicts when the blamed event is this close. */
const BLAME = { shared: 2, similarity: 0.3 };

/** One party, named one way or another: "USGS" and "the geological survey", "Russia's defence ministry" and "the Russian Defense Ministry". */
function sameParty(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a) || sameBody(a, b)) return true;
  const words = new Set(a.split(' ').filter((w) => w.length >= 4));
  return b.split(' ').some((w) => words.has(w));
}

function close(a: Set<string>, b: Set<string>, t: { shared: number; similarity: number }): boolean {
  return sharedCount(a, b) >= t.shared && similarity(a, b) >= t.similarity;
}

function without(set: Set<string>, drop: Set<string>): Set<string> {
  return new Set([...set].filter((t) => !drop.has(t)));
}

/** True when two clauses carry the same eight words running: one statement, quoted twice. */
function sameQuote(a: Statement, b: Statement): boolean {
  for (const x of b.quote) if (a.quote.has(x)) return true;
  return false;
}

/** True when the negation sits in a part of the clause that carries the shared topic, not in an aside. */
function negatesTopic(s: Statement, shared: Set<string>): boolean {
  return s.clause
    .split(/[,;:—–]|--/u)
    .some((part) => isNegated(part) && contentTerms(part, s.unit.language).filter((t) => shared.has(t)).length >= 2);
}

/**
 * The party one statement blames denies it in the other: "The interior ministry blamed the Red Banner militia" and
 * "The Red Banner militia denied it carried out the bombing". The denial answers the blame whatever words each uses
 * for the deed ("the attack", "the bombing"); who denies is who was blamed: every word of the denier's name is in what
 * the blame names ("the militia denied" answers "blamed the Red Banner militia"; "a rights group denied" does not
 * answer "blamed an armed group").
 */
function deniesBlame(accusing: Statement, denying: Statement): boolean {
  return (
    accusing.stance === 'accuse' &&
    denying.stance === 'deny' &&
    denying.partyTerms.size > 0 &&
    [...denying.partyTerms].every((t) => accusing.target.has(t))
  );
}

/** Two statements conflict: different parties on one topic, and a denial against a claim, a negated proposition, or different culprits. */
export function conflicts(a: Statement, b: Statement): boolean {
  if (sameParty(a.party, b.party) || (a.unit === b.unit && a.clause === b.clause) || sameQuote(a, b)) return false;
  if (deniesBlame(a, b) || deniesBlame(b, a)) return true;
  const parties = new Set([...a.partyTerms, ...b.partyTerms]);
  const ta = without(a.topic, parties);
  const tb = without(b.topic, parties);
  if ((a.stance === 'deny') !== (b.stance === 'deny')) return (a.stance === 'deny' ? ta : tb).size >= MIN_DENIED && close(ta, tb, DENIAL);
  if (a.stance !== 'deny' && a.negative !== b.negative) {
    const shared = new Set([...ta].filter((t) => tb.has(t)));
    return close(ta, tb, NEGATION) && negatesTopic(a.negative ? a : b, shared);
  }
  if (a.stance === 'accuse' && b.stance === 'accuse' && a.target.size > 0 && b.target.size > 0 && sharedCount(a.target, b.target) === 0) {
    return close(without(a.topic, new Set([...a.target, ...b.target])), without(b.topic, new Set([...a.target, ...b.target])), BLAME);
  }
  return false;
}

function topicLabel(a: Statement, b: Statement): string {
  const words: string[] = [];
  for (const m of a.clause.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const stem = contentTerms(word, a.unit.language)[0];
    // A name keeps its capital ("Timmons fired shot"); another word is written in lower case.
    const written = /^\p{Lu}\p{Ll}/u.test(word) && m.index > 0 ? word : word.toLowerCase();
    if (stem !== undefined && b.topic.has(stem) && a.topic.has(stem) && !words.includes(written)) words.push(written);
    if (words.length === 3) break;
  }
  return words.join(' ');
}

/** The topic of blame denied, when the two statements share no word for the deed: "whether red banner militia is to blame". */
function blameTopic(a: Statement, b: Statement): string {
  const denier = a.stance === 'deny' ? a : b.stance === 'deny' ? b : null;
  return denier === null
    ? 'what the parties say'
    : `whether ${readerName(writtenParties([denier]).get(denier.party) ?? denier.party)} is to blame`;
}

function sidesOf(statements: Statement[]): ClaimSide[] {
  const sides: ClaimSide[] = [];
  for (const s of statements) {
    let side = sides.find((x) => sameParty(x.party, s.party));
    if (side === undefined) {
      // A clause cut from a longer sentence that reads as no sentence ("that the source was a combination of several
      // people, Woodward and Bernstein have insisted…") is shown as the sentence it came from.
      side = { party: s.party, claim: /^\p{Ll}/u.test(s.clause.trim()) ? s.unit.sentence : s.clause, quotes: [], outlets: [] };
      sides.push(side);
    }
    if (!side.quotes.some((q) => q.articleId === s.unit.articleId && q.sentence === s.unit.sentence)) {
      side.quotes.push({ articleId: s.unit.articleId, outlet: s.unit.outlet, sentence: s.unit.sentence });
    }
    if (!side.outlets.includes(s.unit.outlet)) side.outlets.push(s.unit.outlet);
  }
  return sides;
}

function mergeSides(into: ClaimSide[], from: ClaimSide[]): void {
  for (const side of from) {
    const target = into.find((x) => x.party === side.party)!;
    for (const q of side.quotes)
      if (!target.quotes.some((t) => t.articleId === q.articleId && t.sentence === q.sentence)) target.quotes.push(q);
    for (const o of side.outlets) if (!target.outlets.includes(o)) target.outlets.push(o);
  }
}

/**
 * Claims by different parties that conflict on one topic: a denial against an assertion, a negated proposition
 * against the same proposition, or blame laid on different culprits. Each divergence is anchored on a denial,
 * negation or accusation and lists the statements it opposes. Conservative by design.
 */
export function claimDivergences(drafts: Draft[]): ClaimDivergence[] {
  const statements = extractStatements(drafts);
  const out: ClaimDivergence[] = [];
  for (const anchor of statements) {
    if (!anchor.negative && anchor.stance !== 'accuse') continue;
    const opponents = statements.filter((s) => s !== anchor && conflicts(anchor, s));
    if (opponents.length === 0) continue;
    const members = [anchor, ...opponents].sort((x, y) => x.order - y.order);
    const sides = sidesOf(members);
    if (sides.length < 2) continue;
    const parties = sides
      .map((x) => x.party)
      .sort()
      .join('|');
    const same = out.find(
      (d) =>
        d.sides
          .map((x) => x.party)
          .sort()
          .join('|') === parties,
    );
    if (same === undefined) out.push({ topic: topicLabel(anchor, opponents[0]!) || blameTopic(anchor, opponents[0]!), sides });
    else mergeSides(same.sides, sides);
  }
  const written = writtenParties(statements);
  for (const d of out) for (const side of d.sides) side.party = readerName(written.get(side.party) ?? side.party);
  return withoutHeldConflicts(out);
}

/** The conflicts no other one holds whole (holds): each sentence pair is shown under one topic. */
export function withoutHeldConflicts(conflicts: ClaimDivergence[]): ClaimDivergence[] {
  return conflicts.filter((d) => !conflicts.some((other) => other !== d && holds(other, d)));
}

/**
 * True when one conflict holds another whole: more sides, and each side of the smaller one among them with the same
 * party and no sentence the larger does not quote. The smaller would show readers the same sentences twice under
 * another topic ("source Deep Throat" beside "Deep Throat source").
 */
function holds(larger: ClaimDivergence, smaller: ClaimDivergence): boolean {
  if (larger.sides.length <= smaller.sides.length) return false;
  return smaller.sides.every((side) =>
    larger.sides.some(
      (x) =>
        x.party === side.party && side.quotes.every((q) => x.quotes.some((y) => y.articleId === q.articleId && y.sentence === q.sentence)),
    ),
  );
}

/**
 * Parties as their sentences write them, where that says more than lower case: a name ("Elijah Coleman", "public
 * defender Peter Lynch"), read from a sentence naming it with a capital other than the sentence's first letter.
 */
function writtenParties(statements: Statement[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of statements) {
    if (out.has(s.party)) continue;
    const at = s.unit.sentence.toLowerCase().indexOf(s.party);
    if (at < 0) continue;
    const written = s.unit.sentence.slice(at, at + s.party.length);
    if (/\p{Lu}/u.test(at === 0 ? written.slice(1) : written)) out.set(s.party, written);
  }
  return out;
}
