import type { QuantityMention } from '../text/quantity-mentions.ts';
import { figureClause } from './figure-context.ts';

/**
 * Words saying a figure took the place of an earlier one: a correction ("revised", "corrected", "lowered",
 * "downgraded") or a later finding, an examination's result ("the autopsy showed", "an autopsy report revealed", "a
 * recount found", "the investigation determined") or one told on a medical examiner's or coroner's word. The first
 * reports' figure is then where the count stood before it was established, not another outlet's disagreement: "the
 * teenager was shot 11 times" against "the autopsy showed he had been shot seven times" (English).
 */
const REVISED = new RegExp(
  [
    String.raw`\b(?:revised|corrected|lowered|downgraded|upgraded)\b`,
    String.raw`\b(?:autops(?:y|ies)|post-?mortem|recount|audit|(?:final|official)\s+(?:count|tally|results?)|investigation|inquiry|review|examination)(?:'s|’s)?(?:\s+(?:report|results?|findings?))?\s+(?:showed|shows|revealed|reveals|found|finds|determined|determines|confirmed|confirms|concluded|concludes)\b`,
    String.raw`\b(?:medical examiner|coroner)\b`,
  ].join('|'),
  'iu',
);

/** True when the figure's clause tells it as a correction or a later finding. */
export function isRevisedFigure(sentence: string, mention: QuantityMention): boolean {
  const clause = figureClause(sentence, mention.text);
  return clause !== null && REVISED.test(clause);
}
