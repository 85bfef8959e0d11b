import type { ConsensusFact, Quote } from '../domain/breakdown.ts';
import { stripDateline } from './boilerplate.ts';
import type { Draft, Unit } from './drafts.ts';
import { factIndex } from './matching.ts';

const MAX_FACTS = 8;
const key = (u: Unit): string => `${u.articleId}#${u.index}`;
const quoteOf = (u: Unit): Quote => ({ articleId: u.articleId, outlet: u.outlet, sentence: u.sentence });

interface Candidate { pivot: Unit; members: Unit[]; score: number; order: number }

/** The member that states the shared fact with the fewest counted quantities, so a disputed figure is not presented as agreed. */
function plainest(c: Candidate): Unit {
  return c.members.reduce((best, m) => (m.mentions.length < best.mentions.length ? m : best), c.pivot);
}

/**
 * Facts most independent outlets report: a sentence whose content words and numbers are matched in at least half
 * of the independent reports (and at least two). Copies that carry the fact are quoted too but do not count.
 */
export function consensusFacts({ independent, copies }: { independent: Draft[]; copies: Draft[] }): ConsensusFact[] {
  const needed = Math.max(2, Math.ceil(independent.length / 2));
  const rank = new Map([...independent, ...copies].map((d, i) => [d.article.id, i]));
  const lookup = factIndex(independent.flatMap((d) => d.units));
  const lookupCopies = factIndex(copies.flatMap((d) => d.units));
  const candidates: Candidate[] = [];
  let order = 0;
  for (const draft of independent) {
    for (const pivot of draft.units) {
      const matches = [...lookup(pivot).values()];
      if (matches.length + 1 < needed) continue;
      const score = matches.reduce((sum, m) => sum + m.score, 0);
      candidates.push({ pivot, members: [pivot, ...matches.map((m) => m.unit)], score, order: order++ });
    }
  }
  candidates.sort((a, b) => b.members.length - a.members.length || b.score - a.score || a.order - b.order);
  const used = new Set<string>();
  const facts: ConsensusFact[] = [];
  for (const c of candidates) {
    if (facts.length >= MAX_FACTS) break;
    if (c.members.some((m) => used.has(key(m)))) continue;
    c.members.forEach((m) => used.add(key(m)));
    const quotes = [...c.members, ...[...lookupCopies(c.pivot).values()].map((m) => m.unit)].map(quoteOf);
    quotes.sort((a, b) => (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0));
    facts.push({ statement: stripDateline(plainest(c).sentence), quotes, outlets: [...new Set(quotes.map((q) => q.outlet))] });
  }
  return facts;
}
