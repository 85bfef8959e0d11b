import { CALENDAR_WORD } from '../text/dates.ts';

/**
 * Names in a sentence that say who reports a figure rather than what it is about: "Dan Patrick reported…", "the
 * Boston Herald's Michael Silverman wrote…", "…reported by Boston WCVB sportscaster Mike Lynch", "according to
 * Newsday". Two reports of one sum by different journalists are about the same sum; telling sums apart by the names
 * they give must not count their sources. Days and months name when, not what, and are left out too.
 */

const NAME = "\\p{Lu}[\\p{L}'’.-]*";
const VERB =
  '(?:(?:has|had|have|is|was)\\s+)?(?:said|says|reported|reports|reporting|wrote|writes|told|tells|claimed|claims|suggested|suggests|added|noted)';
/** A run of capitalised words (possessives included) right before a reporting verb. */
const BEFORE_VERB = new RegExp(`((?:${NAME}\\s+){0,5}${NAME})\\s+${VERB}\\b`, 'gu');
/** The words after a source cue, up to a clause break: "reported by Boston WCVB sportscaster Mike Lynch". */
const AFTER_CUE = /\b(?:according to|reported by|written by|by|per|citing|told)\s+([^,.;:()]{1,60})/giu;

const capitalised = (text: string): string[] =>
  [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => m[0]).filter((w) => /^\p{Lu}/u.test(w));

/** Lower-case words of the names a sentence gives as its sources, and of any day or month it names. */
export function sourceWords(sentence: string, entities: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(BEFORE_VERB)) for (const w of capitalised(m[1]!)) out.add(w.toLowerCase());
  for (const m of sentence.matchAll(AFTER_CUE)) {
    // The cue's phrase names its source until a lower-case word follows the last capitalised one.
    const words = m[1]!.trim().split(/\s+/u);
    let last = -1;
    words.forEach((w, i) => {
      if (/^\p{Lu}/u.test(w)) last = i;
    });
    for (const w of capitalised(words.slice(0, last + 1).join(' '))) out.add(w.toLowerCase());
  }
  for (const e of entities) if (CALENDAR_WORD.test(e)) out.add(e.toLowerCase());
  // "Herald's" is named "herald's" among entities: drop the possessive both ways.
  for (const w of [...out]) out.add(w.replace(/['’]s?$/u, ''));
  return out;
}
