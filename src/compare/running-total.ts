import type { QuantityMention } from '../text/quantity-mentions.ts';
import { WEEKDAY_NAME } from '../text/act-days.ts';
import { figureClause } from './figure-context.ts';

/**
 * A figure told as the state of things when the report was written, which a later report may find grown: the
 * perfect ("at least 70 people have been hurt", "has left 12 dead", "has grossed $368 million", "has already
 * accumulated $459 million"), or words that put it at a moment ("so far", "to date", "over the past eight days", "as
 * of 4 pm", "by Saturday", "and growing", "now stands at", "brought the total to"). Different reports' running
 * figures of one count or sum are the figure at different moments, so with no publication times to order them they
 * are an update, not a disagreement (English). A figure told as done ("twelve died", "paid $2 billion") is none.
 */
const RUNNING = new RegExp(
  [
    String.raw`\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:been|left|made|died|reached|risen|climbed)\b`,
    String.raw`\b(?:so far|to date|thus far|as of)\b|\bover the (?:past|last)\b`,
    String.raw`\b(?:and|is|are)\s+(?:still\s+)?(?:growing|counting|rising|climbing)\b`,
    String.raw`\b(?:now\s+)?stands?\s+at\b|\bstood\s+at\b`,
    String.raw`\b(?:brought|bringing|brings|pushed|pushing|took|taking|takes|raised|raising|raises)\s+(?:the|its|their)\s+(?:\p{L}+\s+){0,2}(?:total|tally|toll|count|number)\s+to\b`,
  ].join('|'),
  'iu',
);
/**
 * The perfect of a verb that gathers what it counts ("has grossed $368 million", "has already infected as many as
 * 10,000 websites", "since has received nearly 300,000 comments", a wildfire that "has burned 12,000 acres"): a running figure only when the figure comes after
 * it, as its object; "the $1 million damages … the church has received" is not what the church received.
 */
const GATHERED =
  /\b(?:has|have)\s+(?:now\s+|so far\s+|since\s+)?(?:already\s+\p{L}+|grossed|raised|collected|earned|received|sold|accumulated|amassed|topped|surpassed|exceeded|confirmed|counted|recorded|registered|identified|burned|burnt|scorched|charred|blackened|consumed|(?:brought|taken|pulled)\s+in|racked\s+up)\b/iu;
/** A moment a figure stood at: "by Saturday", "by noon", "by 4 pm". */
const BY_MOMENT = new RegExp(
  `\\bby\\s+(?:(?:late|early)\\s+)?(?:${WEEKDAY_NAME}|today|tonight|noon|midday|midnight|then|now|(?:this|that)\\s+(?:morning|afternoon|evening)|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m)\\b`,
  'iu',
);
/** An infinitive or a modal before "by Friday" makes it a deadline: "urging them to pass the bailout by Friday", "must raise $2 million by noon". */
const DEADLINE = /\b(?:to|will|would|must|should|shall)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;

/** True when the sentence gives the figure as a running total, in the figure's own clause. */
export function isRunningTotal(sentence: string, mention: QuantityMention): boolean {
  const clause = figureClause(sentence, mention.text);
  if (clause === null) return false;
  if (RUNNING.test(clause)) return true;
  const gathered = GATHERED.exec(clause);
  if (gathered !== null && clause.indexOf(mention.text) > gathered.index) return true;
  const by = BY_MOMENT.exec(clause);
  return by !== null && !DEADLINE.test(clause.slice(0, by.index));
}

/** A count put to one day or night: "46 were arrested Wednesday night", "on Monday", "last night". */
const ONE_DAY = new RegExp(
  `\\b(?:(?:on\\s+)?${WEEKDAY_NAME}(?:\\s+(?:night|evening|morning|afternoon))?|last night|tonight|overnight)\\b`,
  'u',
);
/** A count over several days: "over four nights", "over the past eight days", "in three days of protests". */
const DAYS =
  /\b(?:over|in|during|across)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days|nights|weeks)\b/iu;

/** True when the sentence puts the count to one day or night. */
export const isOneDayCount = (sentence: string): boolean => ONE_DAY.test(sentence);

/** True when the sentence gives the count as a total over several days ("over 50 arrests over four nights"). */
export const isSeveralDaysCount = (sentence: string): boolean => DAYS.test(sentence);
