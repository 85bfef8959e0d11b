import type { UniqueFact } from '../domain/breakdown.ts';
import { stripDateline } from './boilerplate.ts';
import type { Draft } from './drafts.ts';
import { COVERED, factIndex } from './matching.ts';

const PER_OUTLET = 3;

/**
 * Notable facts (sentences with numbers or names) that only one independent outlet reports:
 * no other report — independent, or a copy of another report — covers them. Sentences counting something other
 * reports also count (a different toll) are divergences, not unique facts; an outlet alone in its language is skipped,
 * since its sentences cannot be matched.
 */
export function uniqueFacts({ drafts, copyOf }: { drafts: Draft[]; copyOf: (d: Draft) => string | null }): UniqueFact[] {
  const lookup = factIndex(drafts.flatMap((d) => d.units));
  const out: UniqueFact[] = [];
  for (const draft of drafts) {
    if (copyOf(draft) !== null || draft.article.body.trim() === '') continue;
    const others = drafts.filter((d) => d !== draft && copyOf(d) !== draft.article.id);
    if (!others.some((d) => d.language === draft.language && d.article.body.trim() !== '')) continue;
    const otherIds = new Set(others.map((d) => d.article.id));
    const counted = new Set(others.flatMap((d) => d.units.flatMap((u) => u.mentions.map((m) => m.quantity))));
    const facts = draft.units
      .filter((u) => (u.hasNumber || u.entities.length > 0) && u.terms.size >= 3)
      .filter((u) => !u.mentions.some((m) => counted.has(m.quantity)))
      .filter((u) => ![...lookup(u, COVERED).keys()].some((id) => otherIds.has(id)))
      .slice(0, PER_OUTLET);
    for (const u of facts) {
      const quote = { articleId: u.articleId, outlet: u.outlet, sentence: u.sentence };
      out.push({ statement: stripDateline(u.sentence), quote, outlet: u.outlet });
    }
  }
  return out;
}
