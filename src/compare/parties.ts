/**
 * Names of one body told apart from names of another: "USGS", "the U.S. Geological Survey" and "the geological
 * survey" are one party; so are "Russia's defence ministry" and "the Russian Defense Ministry". Two names are one
 * party when, after normalising spelling, possessives and country adjectives, one is the other's acronym, or one's
 * words are all among the other's and they end in the same head noun ("the ministry", "the defence ministry").
 */

import { PARTY_TRANSLATION } from './party-translations.ts';
import { remembered } from '../text/bounded-memo.ts';

/** Spellings and country adjectives folded into one form. */
const FOLD: Record<string, string> = {
  defence: 'defense',
  organisation: 'organization',
  centre: 'center',
  programme: 'program',
  russian: 'russia',
  ukrainian: 'ukraine',
  iranian: 'iran',
  israeli: 'israel',
  chinese: 'china',
  french: 'france',
  german: 'germany',
  british: 'uk',
  american: 'us',
  indian: 'india',
  greek: 'greece',
  turkish: 'turkey',
  syrian: 'syria',
  iraqi: 'iraq',
  afghan: 'afghanistan',
  pakistani: 'pakistan',
  japanese: 'japan',
  italian: 'italy',
  spanish: 'spain',
  mexican: 'mexico',
  canadian: 'canada',
  australian: 'australia',
  egyptian: 'egypt',
  saudi: 'saudi',
  polish: 'poland',
  'u.s': 'us',
  'u.s.': 'us',
  usa: 'us',
  america: 'us',
  'united states': 'us',
  'u.k': 'uk',
  'united kingdom': 'uk',
  britain: 'uk',
  'u.n': 'un',
  'united nations': 'un',
  ministers: 'minister',
  officials: 'official',
  spokesperson: 'spokesman',
  spokeswoman: 'spokesman',
};
const DROP = new Set(['the', 'a', 'an', 'of', 'for', 'its', 'their', 'his', 'her', 'local', 'state-run', 'official']);
/** Prepositions that place a party ("police in Marrow Creek"): the name's head comes before them. */
const PLACING = new Set(['in', 'at', 'near', 'on']);

/** The words of a party's name, normalised; the head noun last. */
export function partyWords(name: string): string[] {
  let text = ` ${name
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\s+/gu, ' ')} `;
  for (const [from, to] of Object.entries(FOLD))
    if (from.includes(' ') || from.includes('.')) text = text.split(` ${from} `).join(` ${to} `);
  text = text
    .replace(/\bu\.\s?s\.?(?=\s)/gu, 'us')
    .replace(/\bu\.\s?n\.?(?=\s)/gu, 'un')
    .replace(/\bu\.\s?k\.?(?=\s)/gu, 'uk');
  const words = text
    .split(/[\s,]+/u)
    .filter((w) => w !== '')
    .flatMap((w) => PARTY_TRANSLATION.get(w)?.split(' ') ?? [w])
    .map((w) => FOLD[w] ?? w);
  const placed = words.findIndex((w, i) => i > 0 && PLACING.has(w));
  return (placed > 0 ? words.slice(0, placed) : words).filter((w) => !DROP.has(w));
}

function initials(words: string[]): string {
  return words.map((w) => (w === 'us' || w === 'uk' || w === 'un' ? w : (w[0] ?? ''))).join('');
}

/** Countries an acronym may lead with while a name leaves them out: USGS and "the geological survey". */
const COUNTRY_PREFIX = ['us', 'uk', 'un', 'eu'];

/** True when `a` is one word that spells the initials of `b`, with or without a country `b` leaves out. */
function acronymOf(a: string[], b: string[]): boolean {
  if (a.length !== 1 || a[0]!.length < 2 || b.length < 2) return false;
  const word = a[0]!;
  const letters = initials(b);
  return word === letters || COUNTRY_PREFIX.some((c) => word === c + letters);
}

/**
 * The words of the names asked of `sameParty`, each read once: claims ask of every side against every other, and a
 * story told by a hundred outlets asked the same few hundred names millions of times. Emptied when full, so a bot that
 * runs for months keeps only the names of its latest breakdowns.
 */
const readNames = new Map<string, string[]>();
const NAMES_KEPT = 10_000;
const wordsOfName = (name: string): string[] => remembered(readNames, name, NAMES_KEPT, () => partyWords(name));

/** True when two names name one party. */
export function sameParty(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const wa = wordsOfName(a);
  const wb = wordsOfName(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  if (acronymOf(wa, wb) || acronymOf(wb, wa)) return true;
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small[small.length - 1] === large[large.length - 1] && small.every((w) => large.includes(w));
}

/** Articles and prepositions of the catalog's other languages that open a source's name ("la policía", "der Polizei"). */
const FOREIGN_OPENING = new Set([
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  "l'",
  'il',
  'a',
  'o',
  'os',
  'as',
]);

/**
 * A party as an English reader sees it: a name made only of other languages' words for a source (with their articles)
 * shown by its English name ("полиции" → "police", "la policía" → "police", "Staatsmedien" → "state media"); any other
 * name as written, since names of people and bodies need no translation.
 */
export function readerName(name: string): string {
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => !FOREIGN_OPENING.has(w));
  const english = words.map((w) => PARTY_TRANSLATION.get(w));
  return words.length > 0 && english.every((e) => e !== undefined) ? [...new Set(english)].join(' ') : name;
}

/** True when a name is written in another language's words for a source ("Staatsmedien", "полиции"). */
const translated = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => PARTY_TRANSLATION.has(w));

/**
 * The name to show for a party named several ways: an English name before one in another language's words (readers
 * see "state media", not "Staatsmedien"), then the one with most words (the most specific), first among equals.
 */
export function fullestName(names: string[]): string {
  const better = (n: string, best: string): boolean =>
    translated(n) !== translated(best) ? !translated(n) : n.split(/\s+/u).length > best.split(/\s+/u).length;
  return names.reduce((best, n) => (better(n, best) ? n : best), names[0] ?? '');
}
