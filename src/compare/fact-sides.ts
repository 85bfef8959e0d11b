import type { ClaimSide, Quote } from '../domain/breakdown.ts';
import type { Unit } from './drafts.ts';

/** Anything read from one sentence of one report. */
interface Read {
  unit: Unit;
}

/** A fact read from one sentence, with who the sentence attributes it to (null when it names no one). */
export interface CitedFact extends Read {
  party: string | null;
}

/** The outlets whose reports give these facts, each once. */
export const outletsOf = (facts: readonly Read[]): string[] => [...new Set(facts.map((f) => f.unit.outlet))];

/** The sentences giving these facts, each once, as quotes. */
export function quotesOf(facts: readonly Read[]): Quote[] {
  const quotes: Quote[] = [];
  for (const f of facts)
    if (!quotes.some((q) => q.articleId === f.unit.articleId && q.sentence === f.unit.sentence))
      quotes.push({ articleId: f.unit.articleId, outlet: f.unit.outlet, sentence: f.unit.sentence });
  return quotes;
}

/** Readings differ only when two of them come from different outlets: a report does not contradict itself. */
export function fromDifferentOutlets(readings: readonly (readonly Read[])[]): boolean {
  const outlets = readings.map(outletsOf);
  return outlets.some((a, i) => outlets.slice(i + 1).some((b) => a.some((x) => b.some((y) => x !== y))));
}

/** A party as its sentence writes it when that shows a name's capitals ("Rob Jones"), else as read ("police"). */
function written(party: string, sentence: string): string {
  const at = sentence.toLowerCase().indexOf(party);
  const shown = at < 0 ? party : sentence.slice(at, at + party.length);
  return /\p{Lu}/u.test(at === 0 ? shown.slice(1) : shown) ? shown : party;
}

/**
 * One reading as a side: the parties its sentences cite, else its outlets, and its shortest sentence, a cited one
 * first: the claim a reader takes in at once.
 */
export function sideOf(facts: CitedFact[]): ClaimSide {
  const attributed = facts.filter((f) => f.party !== null);
  const parties = [...new Set(attributed.map((f) => written(f.party!, f.unit.sentence)))];
  const shown = (attributed.length > 0 ? attributed : facts).reduce((a, b) => (b.unit.sentence.length < a.unit.sentence.length ? b : a));
  return {
    party: (parties.length > 0 ? parties : outletsOf(facts)).join(' and '),
    claim: shown.unit.sentence,
    quotes: quotesOf(facts),
    outlets: outletsOf(facts),
  };
}
