import { exact, qualified, type KeyedMeasure } from './keyed-measure.ts';
import type { QuantityMention } from './quantity-mentions.ts';
import { NOT_AN_ACT, PAST } from './past-acts.ts';
import { stemmerFor } from './stem.ts';
import { amountOf } from './time-spans.ts';

/**
 * The time between an earlier happening and the one a sentence tells: "died Thursday, nine days after suffering a
 * heart attack", "was arrested two days after the shooting". Reports of one act that put it a different time after
 * one happening cannot both be right ("a week after" against "nine days after"). Keyed by the earlier happening's
 * head noun ("attack") and the act told before the span ("died"): the same happening is followed by several acts (she
 * died, he was arrested), each its own time after it. A span with no act before it is not read. Spans are compared in days, whatever unit each report writes them in; a
 * vague amount ("a few days after") is not read, nor a span counted back from the report ("a week ago"), nor a
 * length ("in a coma for a week following a heart attack").
 */
const QUALIFIER =
  '(?:(?:a little |just |slightly )?(?:more than|over|under|less than)|at least|nearly|almost|about|around|roughly|approximately|some)';
const UNIT = '(hour|day|week|month|year)s?';
/** A span, then "after" or "following" and the earlier happening: a gerund, a determiner, up to two words to its head. */
const SPAN_AFTER = new RegExp(
  `\\b(?:(${QUALIFIER})\\s+)?(\\d+|an?|[a-z]+)[\\s-]+${UNIT}\\s+(?:after|following)\\s+` +
    `(?:(?:suffering|undergoing|having|sustaining|receiving|being)\\s+)?(?:(?:a|an|the|his|her|their|its)\\s+)?` +
    `((?:[a-z]+[\\s-]+){0,2}?[a-z]+)(?=\\s*(?:[,.;:)]|$|\\s+(?:in|on|at|of|and|by|that|which|when|to|near|outside|with|from|as|but)\\b))`,
  'giu',
);

/** Days in each unit: a month and a year as the calendar has them on average. */
const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };

/** Words that cannot head a happening: pronouns and words that open a clause ("after he was arrested"). */
const NOT_A_HAPPENING =
  /^(?:he|she|they|it|we|i|you|his|her|their|its|this|that|these|those|being|having|what|which|who|police|officers|authorities)$/u;

const stem = stemmerFor('en');

/** The start of every span-after key: "days:after attack". */
const KEY = 'days:after ';

/** True for a mention read by findSpansAfter. */
export const isSpanAfter = (m: QuantityMention): boolean => m.quantity.startsWith(KEY);

/** The spans after an earlier happening one English sentence gives, in days, keyed by that happening's head noun. */
export function findSpansAfter(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(SPAN_AFTER)) {
    const [whole, qualifier, written, unit, happening] = m;
    // "In a coma for a week following a heart attack" measures the coma (time-spans.ts), not a time after.
    if (/\bfor\s+(?:the\s+(?:past|last|next|first)\s+)?$/iu.test(sentence.slice(0, m.index))) continue;
    const amount = amountOf(written!);
    if (amount === null) continue;
    const words = happening!.toLowerCase().split(/[\s-]+/u);
    if (words.some((w) => NOT_A_HAPPENING.test(w))) continue;
    const head = words[words.length - 1]!;
    // The act the span is put after: the last act the sentence tells before it ("died", "was arrested"); none, none read.
    const act = [...sentence.slice(0, m.index).matchAll(PAST)]
      .map((p) => p[0])
      .filter((w) => !NOT_AN_ACT.test(w))
      .pop();
    if (act === undefined) continue;
    const days = amount * DAYS[unit!.toLowerCase()]!;
    const shown = `${qualifier === undefined ? '' : `${qualifier.toLowerCase()} `}${written!.toLowerCase()} ${unit!.toLowerCase()}${amount === 1 ? '' : 's'}`;
    const read = exact(whole, `${KEY}${stem(head)}`, days, {
      thing: `${stem(head)} ${stem(act)}`,
      label: `time after the ${words.join(' ')}`,
      shown,
      holds: 'act',
    });
    out.push(qualified(read, qualifier));
  }
  return out;
}
