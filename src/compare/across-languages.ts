import { nameKeysIn } from '../text/name-keys.ts';
import { numberKeys } from '../text/number-keys.ts';
import type { Draft, Unit } from './drafts.ts';

/**
 * Which sentence of a report in another language states a given sentence: words differ across languages, but the
 * names (by their sound keys: "Alishvandi", "Алишванди") and numbers a sentence gives mostly do not. A sentence of
 * another language (or two in a row) states it when they share two such keys or more, a name among them, carrying
 * `share` of the weight of the sentence's keys, and every number the sentence gives; a key weighs by how rare it is
 * among the story's sentences, so the story's own place ("Qeshm" in every report) weighs little and the official a
 * report alone quotes much. Returns the first such sentence of `other`, or null (and null for a report in the
 * sentence's own language, which words compare better). A clock time's hour need not be found: "11 p.m." is "23 Uhr",
 * "23 heures" or "الحادية عشرة" (the eleventh, in words) elsewhere.
 */
export function statedAcrossLanguages(drafts: Draft[], share: number): (u: Unit, other: Draft) => Unit | null {
  const keysOf = new Map<Unit, Set<string>>();
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const d of drafts)
    for (const u of d.units) {
      const language = u.language ?? 'en';
      const keys = new Set([...[...nameKeysIn(u.sentence, language)].map((k) => `~${k}`), ...numberKeys(u.sentence, language)]);
      keysOf.set(u, keys);
      sentences++;
      for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
    }
  const weight = (k: string): number => Math.log((sentences + 1) / ((frequency.get(k) ?? 0) + 0.5));
  return (u, other) => {
    if (other.language === u.language) return null;
    const all = [...(keysOf.get(u) ?? [])];
    const mine = all.filter((k) => weight(k) > 0);
    const total = mine.reduce((sum, k) => sum + weight(k), 0);
    if (mine.length < 2 || total <= 0) return null;
    const hours = clockHours(u.sentence);
    const numbers = all.filter((k) => !k.startsWith('~') && !hours.has(k));
    return (
      other.units.find((v, i) => {
        const next = other.units[i + 1];
        const theirs = (k: string): boolean =>
          (keysOf.get(v)?.has(k) ?? false) || (next !== undefined && (keysOf.get(next)?.has(k) ?? false));
        const shared = mine.filter(theirs);
        return (
          shared.length >= 2 &&
          shared.some((k) => k.startsWith('~')) &&
          numbers.every(theirs) &&
          shared.reduce((sum, k) => sum + weight(k), 0) / total >= share
        );
      }) ?? null
    );
  };
}

/** Number keys of the times a sentence gives on a 12-hour clock ("11 p.m." → "#11"; "9:30am" → "#9", "#30"; "9.30am" → "#9.3"). */
function clockHours(sentence: string): Set<string> {
  const keys = new Set<string>();
  for (const m of sentence.matchAll(TWELVE_HOUR)) {
    keys.add(`#${Number(m[1])}`);
    if (m[2] !== undefined) keys.add(`#${Number(m[2])}`).add(`#${Number(`${m[1]}.${m[2]}`)}`);
  }
  return keys;
}

const TWELVE_HOUR = /(?<![\p{L}\p{N}.,])(\d{1,2})(?:[:.](\d{2}))?\s*[ap]\.?\s?m\b/giu;
