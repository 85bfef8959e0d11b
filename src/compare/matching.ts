import { overlaps } from '../text/numbers.ts';
import type { Unit } from './drafts.ts';
import { happeningOfStem } from '../text/event-words.ts';

/** Thresholds for "these two sentences state the same fact". */
export const SAME_FACT = { similarity: 0.42, shared: 3 };
/** Looser thresholds for "this sentence is covered by that one" (used before calling a fact unique). */
export const COVERED = { similarity: 0.3, shared: 2 };

type Thresholds = { similarity: number; shared: number };

/**
 * Whether two sentences' figures can state one fact: when both give numbers they share one, and no quantity both
 * count has two figures ("twelve died" / "15 killed").
 */
export function figuresAgree(a: Unit, b: Unit): boolean {
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.terms.has(n))) return false;
  return !conflicting(a, b);
}

/** How strongly two sentences state the same fact (0 when they do not): shared content words and agreeing numbers. */
function scoreOf(a: Unit, b: Unit, shared: number, thresholds: Thresholds): number {
  if (!figuresAgree(a, b)) return 0;
  const sim = shared / Math.sqrt(a.terms.size * b.terms.size);
  const needed = Math.max(2, Math.min(thresholds.shared, a.terms.size, b.terms.size));
  return sim >= thresholds.similarity && shared >= needed ? sim : 0;
}

/**
 * Two sentences that count the same quantity with different figures ("twelve died" / "15 killed", "at least three
 * killed" / "at least ten killed") state different facts, even when both wordings could be true.
 */
function conflicting(a: Unit, b: Unit): boolean {
  return a.mentions.some((m) =>
    b.mentions.some(
      (n) =>
        n.quantity === m.quantity &&
        (m.value !== n.value || m.high !== n.high) &&
        !(overlaps(m, n) && (m.max === null) !== (n.max === null) && sameFigure(m, n)),
    ),
  );
}

/** "10" and "at least 10" give one figure. */
function sameFigure(a: { value: number; high: number }, b: { value: number; high: number }): boolean {
  return a.value === b.value && a.high === b.high;
}

/** A best match in one article. */
export interface Match {
  unit: Unit;
  score: number;
}

/** Each unit as sentences are compared (`compared`), read once. */
const comparedForm = new WeakMap<Unit, Unit>();

/**
 * A unit as two sentences are compared: each word that names a happening stands for it (`happeningOfStem`), so
 * "Armed robbers stole gems worth 85 million euros" and "A gang of thieves stole nearly all the jewels" share the
 * robbery as they share "stole". Compared by their own stems, reports that tell one fact in other words were not
 * matched: the Harry Winston heist (15 reports) and the Athens bank fire had no agreed fact, and unique facts listed
 * what another report had said in its own words (measured in docs/benchmarks.md).
 */
function compared(unit: Unit): Unit {
  let form = comparedForm.get(unit);
  if (form === undefined) {
    const language = unit.language ?? 'en';
    const terms = [...unit.terms].map((t) => (t.startsWith('#') ? t : (happeningOfStem(t, language) ?? t)));
    form = { ...unit, terms: new Set(terms) };
    comparedForm.set(unit, form);
  }
  return form;
}

/** A unit's terms as sentences are compared (`compared`): each word for a happening read as that happening. */
export function comparedTerms(unit: Unit): ReadonlySet<string> {
  return compared(unit).terms;
}

/**
 * Indexes sentences by term so that each lookup only compares sentences sharing a word.
 * The lookup returns, per other article, its sentence that best states the same fact as the query.
 */
export function factIndex(given: Unit[]): (unit: Unit, thresholds?: Thresholds) => Map<string, Match> {
  const units = given.map(compared);
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const t of u.terms) {
      const list = postings.get(t);
      if (list === undefined) postings.set(t, [i]);
      else list.push(i);
    }
  });
  return (query, thresholds = SAME_FACT) => {
    const unit = compared(query);
    const shared = new Map<number, number>();
    for (const t of unit.terms) for (const i of postings.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const best = new Map<string, Match & { at: number }>();
    for (const [i, count] of shared) {
      const other = units[i]!;
      if (other.articleId === unit.articleId) continue;
      const score = scoreOf(unit, other, count, thresholds);
      const current = best.get(other.articleId);
      if (score > 0 && (current === undefined || score > current.score || (score === current.score && i < current.at))) {
        best.set(other.articleId, { unit: given[i]!, score, at: i });
      }
    }
    return new Map([...best].map(([id, m]) => [id, { unit: m.unit, score: m.score }]));
  };
}
