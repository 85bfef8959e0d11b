import type { UniqueFact } from '../domain/breakdown.ts';
import { stripDateline } from './boilerplate.ts';
import type { Draft, Unit } from './drafts.ts';
import { COVERED, factIndex } from './matching.ts';
import { backgroundSentences, storyYear } from './background.ts';
import { needsContext, isQuoted } from './standalone.ts';

/** At most this many unique facts per outlet, and in all, taken in turn from each outlet. */
export const UNIQUE_LIMITS = { perOutlet: 2, total: 12 };

function notability(u: Unit): number {
  const numbers = (u.sentence.match(/\d+(?:[.,]\d+)*/gu) ?? []).length;
  return Math.min(numbers, 2) + 0.5 * Math.min(u.entities.length, 3) + 0.5 / (1 + u.index);
}

/**
 * Notable facts of the event (sentences with numbers or names, not background or history, that stand alone: no quoted
 * words, no "he" or "but" pointing at a sentence the reader cannot see) that only one independent outlet reports:
 * no other report — independent, or a copy of another report — covers them. Sentences counting something other
 * reports also count (a different toll) are divergences, not unique facts; an outlet alone in its language is skipped,
 * since its sentences cannot be matched.
 */
export function uniqueFacts({ drafts, copyOf }: { drafts: Draft[]; copyOf: (d: Draft) => string | null }): UniqueFact[] {
  const lookup = factIndex(drafts.flatMap((d) => d.units));
  const perOutlet: Unit[][] = [];
  const year = storyYear(drafts);
  for (const draft of drafts) {
    if (copyOf(draft) !== null || draft.article.body.trim() === '') continue;
    const others = drafts.filter((d) => d !== draft && copyOf(d) !== draft.article.id);
    if (!others.some((d) => d.language === draft.language && d.article.body.trim() !== '')) continue;
    const otherIds = new Set(others.map((d) => d.article.id));
    const counted = new Set(others.flatMap((d) => d.units.flatMap((u) => u.mentions.map((m) => m.quantity))));
    const background = backgroundSentences(
      draft.units.map((u) => u.sentence),
      year,
    );
    perOutlet.push(
      draft.units
        .filter((u) => !background[u.index] && !needsContext(u.sentence) && !isQuoted(u.sentence))
        .filter((u) => (u.hasNumber || u.entities.length > 0) && u.terms.size >= 3)
        .filter((u) => !u.mentions.some((m) => counted.has(m.quantity)))
        .filter((u) => ![...lookup(u, COVERED).keys()].some((id) => otherIds.has(id)))
        .sort((a, b) => notability(b) - notability(a) || a.index - b.index)
        .slice(0, UNIQUE_LIMITS.perOutlet),
    );
  }
  const chosen: Unit[] = [];
  for (let round = 0; round < UNIQUE_LIMITS.perOutlet; round++) {
    for (const units of perOutlet) {
      const u = units[round];
      if (u !== undefined && chosen.length < UNIQUE_LIMITS.total) chosen.push(u);
    }
  }
  const order = new Map(perOutlet.map((units, i) => [units[0]?.articleId ?? '', i]));
  return chosen
    .sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.index - b.index)
    .map((u) => ({
      statement: stripDateline(u.sentence),
      quote: { articleId: u.articleId, outlet: u.outlet, sentence: u.sentence },
      outlet: u.outlet,
    }));
}
