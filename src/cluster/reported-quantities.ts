import { findQuantities } from '../text/quantity-mentions.ts';
import { mayGiveSumOrMagnitude } from '../text/quantity-words.ts';
import type { Article } from '../domain/article.ts';
import { splitSentences } from '../text/sentences.ts';
import { backgroundSentences } from '../text/looking-back.ts';

/** One counted quantity a report gives: "a 5.9-magnitude quake" → magnitude [5.9, 5.9]. */
export interface ReportedQuantity {
  /** The breakdown's quantity name (deaths, magnitude, money:RUB…), but "money" for dollars, euros and pounds alike. */
  quantity: string;
  min: number;
  max: number | null;
}

/** Body sentences read: the lead gives the event's own figures, the tail recalls earlier events'. */
const LEAD_SENTENCES = 6;
/** Body text split into sentences: the lead is long over by then. */
const LEAD_CHARS = 1200;
/** Currencies within a factor 1.6 of each other: one sum given in each is still one sum. */
const MAJOR_CURRENCIES = new Set(['money:USD', 'money:EUR', 'money:GBP']);
/** Magnitudes and sums are written in digits ("5.9", "$2.5 million"): sentences without one, or without a currency or magnitude word, are not parsed. */
const DIGIT = /\p{Nd}/u;
/** Fewest reports of a group that must give a value for it to be what the group reports. */
const MIN_SUPPORT = 2;
/** Share of a group's reports giving the quantity that must give that value. */
const SUPPORT_SHARE = 0.5;
/** Most share of the other group's reports giving the quantity that may give the value too: a stray report or a recall. */
const STRAY_SHARE = 0.2;
/** Magnitudes at least this far apart are two quakes, not a revised reading. */
const MAGNITUDE_GAP = 0.3;
/** Sums at least this many times apart are two sums, not two estimates of one or one sum in two currencies. */
const MONEY_RATIO = 3;

/** The counted quantities a report's headline and lead give, each value once. */
export function reportedQuantities(article: Pick<Article, 'title' | 'body'>, language: string): ReportedQuantity[] {
  const out: ReportedQuantity[] = [];
  const lead = article.body.slice(0, LEAD_CHARS);
  if (!mayGiveSumOrMagnitude(article.title) && !mayGiveSumOrMagnitude(lead)) return out;
  const sentences = [article.title, ...splitSentences(lead, language).slice(0, LEAD_SENTENCES)];
  const mayGive = sentences.map((s) => DIGIT.test(s) && mayGiveSumOrMagnitude(s));
  const last = mayGive.lastIndexOf(true);
  // A sentence looking back ("In July, a masked thief stole £88m…") gives an earlier event's figures, as in breakdowns.
  // Whether a sentence looks back is read from it and those before it, so none after the last that may give a figure is read.
  const background = backgroundSentences(sentences.slice(0, last + 1), null);
  for (let k = 0; k <= last; k++) {
    if (!mayGive[k] || background[k]) continue;
    for (const mention of findQuantities(sentences[k]!, language)) {
      // A sum as written: "more than $160 million" and "$160 million" are one sum told twice, not two.
      const sum = mention.quantity.startsWith('money:');
      const min = sum ? mention.value : mention.min;
      const max = sum ? mention.high : mention.max;
      const quantity = MAJOR_CURRENCIES.has(mention.quantity) ? 'money' : mention.quantity;
      if (!fixed(quantity)) continue;
      if (!out.some((q) => q.quantity === quantity && q.min === min && q.max === max)) out.push({ quantity, min, max });
    }
  }
  return out;
}

/**
 * Whether two groups of reports (each report's quantities) give different figures for one fixed fact:
 * most of one group's reports that give a quake's magnitude, or a sum, give a value that the other
 * group's reports giving that quantity do not (one in five may: a stray report, or one recalling the
 * other event), and the other way round: 5.6 against 5.9, 85 million euros against 2 million. Tolls
 * and other counts are not asked: reports of one event give 10 dead, then 12, then 30 as news comes
 * in, while a magnitude or a stolen sum stays put. Years and dates are not quantities here.
 */
export function quantitiesApart(a: ReportedQuantity[][], b: ReportedQuantity[][]): boolean {
  return hasOwnValue(a, b) && hasOwnValue(b, a);
}

/**
 * The reports (by index) giving each of the two best-supported values of one fixed quantity that are
 * far apart, each value given by at least two reports; reports giving both are left out. Null when
 * no quantity has two such values. Two events of one kind fall into these camps when their reports'
 * words do not tell them apart (the later event's reports recall the earlier one).
 */
export function rivalCamps(reports: ReportedQuantity[][]): [number[], number[]] | null {
  // Most reports give no sum or magnitude: asked at every split check, most groups give none at all.
  if (!reports.some((r) => r.length > 0)) return null;
  let best: [number[], number[]] | null = null;
  const smaller = (camps: [number[], number[]]): number => Math.min(camps[0].length, camps[1].length);
  for (const quantity of new Set(
    reports
      .flat()
      .map((q) => q.quantity)
      .filter(fixed),
  )) {
    const values = reports.flat().filter((q) => q.quantity === quantity);
    const giving = (v: ReportedQuantity): number[] =>
      reports.flatMap((r, i) => (r.some((q) => q.quantity === quantity && near(q, v)) ? [i] : []));
    for (const [i, v] of values.entries()) {
      for (const w of values.slice(i + 1)) {
        if (near(v, w)) continue;
        const [a, b] = [giving(v), giving(w)];
        const camps: [number[], number[]] = [a.filter((k) => !b.includes(k)), b.filter((k) => !a.includes(k))];
        if (smaller(camps) >= MIN_SUPPORT && (!best || smaller(camps) > smaller(best))) best = camps;
      }
    }
  }
  return best;
}

/**
 * Whether one report's fixed figures disagree with those of a group of reports (a story): most of the
 * group's reports giving a quake's magnitude or a sum give a value (at least two of them) that the
 * report, which gives that quantity too, does not give. The article-against-story form of
 * quantitiesApart: a single report has no support of its own, so only the group's settled value is asked.
 */
export function figuresDisagree(report: ReportedQuantity[], group: ReportedQuantity[][]): boolean {
  return report.length > 0 && hasOwnValue(group, [report]);
}

function hasOwnValue(group: ReportedQuantity[][], other: ReportedQuantity[][]): boolean {
  if (!group.some((r) => r.length > 0)) return false;
  for (const quantity of new Set(
    group
      .flat()
      .map((q) => q.quantity)
      .filter(fixed),
  )) {
    const giving = group.map((r) => r.filter((q) => q.quantity === quantity)).filter((r) => r.length > 0);
    const otherGiving = other.map((r) => r.filter((q) => q.quantity === quantity)).filter((r) => r.length > 0);
    if (otherGiving.length === 0) continue;
    for (const value of giving.flat()) {
      const support = giving.filter((r) => r.some((q) => near(q, value))).length;
      if (support < Math.max(MIN_SUPPORT, SUPPORT_SHARE * giving.length)) continue;
      if (otherGiving.filter((r) => r.some((q) => near(q, value))).length <= STRAY_SHARE * otherGiving.length) return true;
    }
  }
  return false;
}

/** Quantities that do not change as an event is reported: a quake's magnitude, a sum. */
function fixed(quantity: string): boolean {
  return quantity === 'magnitude' || quantity === 'money' || quantity.startsWith('money:');
}

/** Whether two values of one quantity could be one fact reported twice. */
function near(a: ReportedQuantity, b: ReportedQuantity): boolean {
  if (a.quantity === 'magnitude')
    return (a.max === null || b.min < a.max + MAGNITUDE_GAP) && (b.max === null || a.min < b.max + MAGNITUDE_GAP);
  return (a.max === null || b.min < a.max * MONEY_RATIO) && (b.max === null || a.min < b.max * MONEY_RATIO);
}
