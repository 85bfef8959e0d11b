import type { NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import { overlaps } from '../text/numbers.ts';
import { findAttribution } from './attribution.ts';
import type { Draft, Unit } from './drafts.ts';
import type { QuantityMention } from '../text/quantity-mentions.ts';
import { sharedCount, similarity } from '../text/terms.ts';
import { unicodeWords } from './unicode-regex.ts';

const EARLIER = unicodeWords(/\b(last year|a year ago|years ago|previous|letztes jahr|im vorjahr|vor \p{L}+ jahren|l'an dernier|l'année dernière|el año pasado|в прошлом году|минулого року)\b/iu);
/** Percentages and sums count different things in one story; they are compared only between sentences on one subject. */
const contextual = (quantity: string): boolean => quantity === 'percent' || quantity.startsWith('money:');
const SAME_SUBJECT = { similarity: 0.5, shared: 3 };

/** True when a sentence looks back at an earlier event ("in 2019", "last year"), whose figures are not this story's. */
export function looksBack(sentence: string, year: number): boolean {
  if (EARLIER.test(sentence)) return true;
  return [...sentence.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/gu)].some((m) => Number(m[1]) < year);
}

interface Entry { mention: QuantityMention; unit: Unit; attribution: string | null; subject: Set<string> }

function collect(drafts: Draft[]): Map<string, Entry[]> {
  const byQuantity = new Map<string, Entry[]>();
  for (const draft of drafts) {
    const year = new Date(draft.time).getUTCFullYear();
    for (const unit of draft.units) {
      if (unit.mentions.length === 0 || looksBack(unit.sentence, year)) continue;
      const attribution = findAttribution(unit.sentence)?.party ?? null;
      const subject = new Set([...unit.terms].filter((t) => !t.startsWith('#')));
      for (const mention of unit.mentions) byQuantity.set(mention.quantity, [...(byQuantity.get(mention.quantity) ?? []), { mention, unit, attribution, subject }]);
    }
  }
  return byQuantity;
}

function sameSubject(a: Entry, b: Entry): boolean {
  return sharedCount(a.subject, b.subject) >= SAME_SUBJECT.shared && similarity(a.subject, b.subject) >= SAME_SUBJECT.similarity;
}

/** Splits entries into groups on one subject: each joins the first group whose first sentence is on its subject. */
function bySubject(entries: Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const entry of entries) {
    const group = groups.find((g) => sameSubject(g[0]!, entry));
    if (group === undefined) groups.push([entry]);
    else group.push(entry);
  }
  return groups;
}

/**
 * Variants by value and cited party: outlets giving the same figure from the same party are listed together
 * ("police" and "police in Marrow Creek" count as one party, named the more specific way).
 */
function variantsOf(entries: Entry[]): NumberVariant[] {
  const variants: NumberVariant[] = [];
  for (const { mention: m, unit, attribution } of entries) {
    let variant = variants.find((v) => v.min === m.min && v.max === m.max && sameParty(v.attribution, attribution));
    if (variant === undefined) {
      variant = { text: m.text, min: m.min, max: m.max, attribution, quotes: [], outlets: [] };
      variants.push(variant);
    } else if (attribution !== null && attribution.length > (variant.attribution ?? '').length) {
      variant.attribution = attribution;
    }
    if (!variant.quotes.some((q) => q.articleId === unit.articleId && q.sentence === unit.sentence)) {
      variant.quotes.push({ articleId: unit.articleId, outlet: unit.outlet, sentence: unit.sentence });
    }
    if (!variant.outlets.includes(unit.outlet)) variant.outlets.push(unit.outlet);
  }
  return variants.sort(
    (a, b) => a.min - b.min || (a.max ?? Infinity) - (b.max ?? Infinity) || a.text.localeCompare(b.text) || (a.attribution ?? '').localeCompare(b.attribution ?? ''),
  );
}

function sameParty(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

function conflicting(variants: NumberVariant[]): boolean {
  return variants.some((a, i) =>
    variants.slice(i + 1).some((b) => !overlaps(a, b) && a.outlets.some((oa) => b.outlets.some((ob) => oa !== ob))),
  );
}

/**
 * Collects every counted quantity the reports give and returns those reported with values that cannot all be true:
 * some two variants from different outlets whose intervals do not overlap. Consistent values are not flagged.
 * Figures about earlier events are left out; percentages and sums are compared only within one subject.
 */
export function numberDivergences(drafts: Draft[]): NumberDivergence[] {
  const out: NumberDivergence[] = [];
  for (const [quantity, entries] of collect(drafts)) {
    for (const group of contextual(quantity) ? bySubject(entries) : [entries]) {
      const variants = variantsOf(group);
      if (conflicting(variants)) out.push({ quantity, variants });
    }
  }
  const reach = (d: NumberDivergence): number => new Set(d.variants.flatMap((v) => v.outlets)).size;
  return out.sort((a, b) => reach(b) - reach(a) || a.quantity.localeCompare(b.quantity));
}
