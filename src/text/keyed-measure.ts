import { parseAmount } from './numbers.ts';
import type { QuantityMention } from './quantity-mentions.ts';

/**
 * A figure keyed by what it measures and the thing it belongs to: "a .38-caliber revolver" (the calibre of the
 * story's gun), "the Colts (10-5)" (the Colts' record), "with 7:41 left in the first half" (the game clock in the
 * first half). Two reports' figures with the same quantity and thing, about one act, that differ are a divergence
 * (src/compare/quantities.ts).
 */
export interface KeyedMeasure extends QuantityMention {
  /** What the figure belongs to, lower case ("gun", "colts", "first half"); '' when the sentence does not say. */
  thing: string;
  /** Plain label for readers: "calibre of the revolver", "record of Colts", "game clock". */
  label: string;
  /** The figure as readers see it: ".38", "10-5", "7:41 left in the first half". */
  shown: string;
  /** Whether the figure holds for the whole story (a gun's calibre, a record, a career total) or for one act (a game clock). */
  holds: 'story' | 'act';
  /** For a record, the games it counts (10-5 → 15): when in a season it was told. */
  games?: number;
}

/** An exact figure: what is written is the value, with no bound or estimate around it. */
export function exact(
  text: string,
  quantity: string,
  value: number,
  extra: { thing: string; label: string; shown: string; holds: 'story' | 'act'; games?: number },
): KeyedMeasure {
  return { text, quantity, value, high: value, min: value, max: value, ...extra };
}

/**
 * A figure written with an English bound or estimate before it ("more than 12 years", "about a week"): the interval
 * parseAmount reads for the qualifier and the figure's value; the figure as it is when there is no qualifier, or none
 * parseAmount reads.
 */
export function qualified(read: KeyedMeasure, qualifier: string | undefined): KeyedMeasure {
  const interval = qualifier === undefined ? null : parseAmount(`${qualifier} ${read.value}`, 'en');
  return interval === null ? read : { ...read, min: interval.min, max: interval.max };
}

/** True for a mention read by findKeyedMeasures. */
export const isKeyedMeasure = (m: QuantityMention): m is KeyedMeasure => 'thing' in m && 'shown' in m;
