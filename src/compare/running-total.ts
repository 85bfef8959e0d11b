import type { QuantityMention } from '../text/quantity-mentions.ts';

/**
 * A count told as the state of things when the report was written: the perfect ("at least 70 people have been
 * hurt", "has left 12 dead", "more than 400 have been detained") or words that say so ("so far", "to date",
 * "over the past eight days"). Different reports' running totals of one count are the count at different moments,
 * so with no publication times to order them they are an update, not a disagreement (English).
 */
const RUNNING =
  /\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:been|left|made|died|reached|risen|climbed)\b|\b(?:so far|to date|thus far)\b|\bover the (?:past|last)\b/iu;

/** True when the sentence gives the figure as a running total; the words must come before the next sentence-like break after the figure. */
export function isRunningTotal(sentence: string, mention: QuantityMention): boolean {
  const at = sentence.indexOf(mention.text);
  if (at < 0) return false;
  // The clause of the figure: from the previous semicolon or "while"/"but" to the next one, so that "X has been
  // charged, while 400 were detained" does not lend its perfect to the count.
  const breaks = /;|,?\s+(?:while|but|whereas|although)\s+/giu;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! >= at + mention.text.length) {
      to = m.index!;
      break;
    }
  }
  return RUNNING.test(sentence.slice(from, to));
}
