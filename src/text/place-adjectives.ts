import { PLACE_ADJECTIVES } from './place-adjectives-data.ts';

/** Lower-case place adjectives and demonyms with the place each names ("iranian" -> "iran"), from WordNet (see the data file). */
const PLACES = new Map(PLACE_ADJECTIVES.split('|').map((pair) => pair.split(' ') as [string, string]));

/**
 * The place an English adjective or demonym names ("Iranian", "Greeks", "Athenian" -> "iran",
 * "greece", "athens"), or the word itself. Headlines say "Iranian quake" as often as "Iran quake"
 * and "Greek police" as often as "police in Greece"; the stemmer leaves the two apart, so two
 * headlines of one event would share no place. Only adjectives WordNet never writes in lower case
 * are listed ("Polish", "Roman" and "Afghan" are words too), and a plural ("Somalis") is read as its
 * singular.
 */
export function placeOf(lower: string): string {
  return PLACES.get(lower) ?? (lower.endsWith('s') ? PLACES.get(lower.slice(0, -1)) : undefined) ?? lower;
}
