import type { NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import { overlaps } from '../text/numbers.ts';
import { findAttribution } from './attribution.ts';
import type { Draft } from './drafts.ts';
import { findQuantities } from './quantity-mentions.ts';

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
    for (const unit of draft.units) {
      const mentions = findQuantities(unit.sentence, unit.language);
      if (mentions.length === 0) continue;
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
