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

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A count put to one day or night: "46 were arrested Wednesday night", "on Monday", "last night". */
const ONE_DAY = new RegExp(`\\b(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:night|evening|morning|afternoon))?|last night|tonight|overnight)\\b`, 'u');
/** A count over several days: "over four nights", "over the past eight days", "in three days of protests". */
const DAYS =
  /\b(?:over|in|during|across)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days|nights|weeks)\b/iu;

/** True when the sentence puts the count to one day or night. */
export const isOneDayCount = (sentence: string): boolean => ONE_DAY.test(sentence);

/** True when the sentence gives the count as a total over several days ("over 50 arrests over four nights"). */
export const isSeveralDaysCount = (sentence: string): boolean => DAYS.test(sentence);
