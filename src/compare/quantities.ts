import type { NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import { overlaps } from '../text/numbers.ts';
import { findAttribution } from './attribution.ts';
import { unicodeWords } from './unicode-regex.ts';
import type { Draft } from './drafts.ts';

const EARLIER = /\b(last year|a year ago|years ago|previous|letztes jahr|im vorjahr|vor \p{L}+ jahren|l'an dernier|l'année dernière|el año pasado|в прошлом году|минулого року)\b/iu;

/** True when a sentence looks back at an earlier event ("in 2019", "last year"), whose figures are not this story's. */
export function looksBack(sentence: string, year: number): boolean {
  if (unicodeWords(EARLIER).test(sentence)) return true;
  return [...sentence.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/gu)].some((m) => Number(m[1]) < year);
}

function addUnique<T>(list: T[], item: T, same: (a: T) => boolean): void {
  if (!list.some(same)) list.push(item);
}

function conflicting(variants: NumberVariant[]): boolean {
  return variants.some((a, i) =>
    variants.slice(i + 1).some((b) => !overlaps(a, b) && a.outlets.some((oa) => b.outlets.some((ob) => oa !== ob))),
  );
}

/**
 * Collects every counted quantity the reports give and returns those reported with values that cannot all be true:
 * some two variants from different outlets whose intervals do not overlap. Consistent values are not flagged.
 */
export function numberDivergences(drafts: Draft[]): NumberDivergence[] {
  const byQuantity = new Map<string, Map<string, NumberVariant>>();
  for (const draft of drafts) {
    const year = new Date(draft.time).getUTCFullYear();
    for (const unit of draft.units) {
      const mentions = unit.mentions;
      if (mentions.length === 0 || looksBack(unit.sentence, year)) continue;
      const attribution = findAttribution(unit.sentence)?.party ?? null;
      for (const m of mentions) {
        const variants = byQuantity.get(m.quantity) ?? new Map<string, NumberVariant>();
        byQuantity.set(m.quantity, variants);
        const key = `${m.min}|${m.max}|${attribution ?? ''}`;
        const variant = variants.get(key) ?? { text: m.text, min: m.min, max: m.max, attribution, quotes: [], outlets: [] };
        variants.set(key, variant);
        const quote = { articleId: unit.articleId, outlet: unit.outlet, sentence: unit.sentence };
        addUnique(variant.quotes, quote, (q) => q.articleId === quote.articleId && q.sentence === quote.sentence);
        addUnique(variant.outlets, unit.outlet, (o) => o === unit.outlet);
      }
    }
  }
  const out: NumberDivergence[] = [];
  for (const [quantity, map] of byQuantity) {
    const variants = [...map.values()].sort(
      (a, b) => a.min - b.min || (a.max ?? Infinity) - (b.max ?? Infinity) || a.text.localeCompare(b.text) || (a.attribution ?? '').localeCompare(b.attribution ?? ''),
    );
    if (conflicting(variants)) out.push({ quantity, variants });
  }
  const reach = (d: NumberDivergence): number => new Set(d.variants.flatMap((v) => v.outlets)).size;
  return out.sort((a, b) => reach(b) - reach(a) || a.quantity.localeCompare(b.quantity));
}
