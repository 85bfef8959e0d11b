import type { ClaimDivergence, ClaimSide } from '../domain/breakdown.ts';
import type { Draft } from './drafts.ts';
import { extractStatements, type Statement } from './statements.ts';
import { contentTerms, sharedCount, similarity } from './terms.ts';

const MIN_SHARED = 2;
const MIN_SIMILARITY = 0.2;

function sameParty(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && sharedCount(a, b) === 0;
}

/** Two statements conflict: different parties, one topic, and opposite polarity or different culprits. */
export function conflicts(a: Statement, b: Statement): boolean {
  if (sameParty(a.party, b.party)) return false;
  const shared = sharedCount(a.topic, b.topic);
  if (shared < MIN_SHARED || similarity(a.topic, b.topic) < MIN_SIMILARITY) return false;
  if (a.negative !== b.negative) return true;
  return a.stance === 'accuse' && b.stance === 'accuse' && disjoint(a.target, b.target);
}

function topicLabel(a: Statement, b: Statement): string {
  const words: string[] = [];
  for (const [word] of a.clause.matchAll(/\p{L}+/gu)) {
    const stem = contentTerms(word, a.unit.language)[0];
    if (stem !== undefined && b.topic.has(stem) && a.topic.has(stem) && !words.includes(word.toLowerCase())) words.push(word.toLowerCase());
    if (words.length === 3) break;
  }
  return words.join(' ');
}

function sidesOf(statements: Statement[]): ClaimSide[] {
  const sides = new Map<string, ClaimSide>();
  for (const s of statements) {
    const key = [...sides.keys()].find((p) => sameParty(p, s.party)) ?? s.party;
    const side = sides.get(key) ?? { party: s.party, claim: s.clause, quotes: [], outlets: [] };
    sides.set(key, side);
    if (!side.quotes.some((q) => q.articleId === s.unit.articleId && q.sentence === s.unit.sentence)) {
      side.quotes.push({ articleId: s.unit.articleId, outlet: s.unit.outlet, sentence: s.unit.sentence });
    }
    if (!side.outlets.includes(s.unit.outlet)) side.outlets.push(s.unit.outlet);
  }
  return [...sides.values()];
}

/**
 * Claims by different parties that conflict on one topic (denial against assertion, blame on different culprits).
 * Conservative by design: statements must share at least two content words besides party and verb.
 */
export function claimDivergences(drafts: Draft[]): ClaimDivergence[] {
  const statements = extractStatements(drafts);
  const group = statements.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  const labels = new Map<number, string>();
  const involved = new Set<number>();
  statements.forEach((a, i) => {
    statements.slice(i + 1).forEach((b, k) => {
      const j = i + 1 + k;
      if (!conflicts(a, b)) return;
      involved.add(i).add(j);
      const [ri, rj] = [root(i), root(j)];
      const label = labels.get(ri) ?? labels.get(rj) ?? topicLabel(a, b);
      group[Math.max(ri, rj)] = Math.min(ri, rj);
      labels.set(Math.min(ri, rj), label);
    });
  });
  const components = new Map<number, Statement[]>();
  for (const i of [...involved].sort((x, y) => x - y)) {
    const r = root(i);
    components.set(r, [...(components.get(r) ?? []), statements[i]!]);
  }
  return [...components.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, members]) => ({ topic: labels.get(r) ?? '', sides: sidesOf(members) }))
    .filter((d) => d.sides.length >= 2);
}
