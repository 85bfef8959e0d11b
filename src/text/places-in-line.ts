import { exact, type KeyedMeasure } from './keyed-measure.ts';
import { ORDINAL_PATTERN, ordinalValue } from './ordinals.ts';
import type { QuantityMention } from './quantity-mentions.ts';
import { stemmerFor } from './stem.ts';

/**
 * A named person's or body's place in a line of holders: "Cheeks is the fourth head coach since King took over",
 * "Cheeks will be the fifth Sixers coach in four years", "Okafor became the 12th player to…". Two reports putting one
 * name at two places in one line ("fourth", "fifth") cannot both be right. Keyed by the name's last word and the
 * line's noun ("cheeks coach"); read only as "<Name> is/was/will be/became the <ordinal> … <noun>", the name
 * capitalised and the noun up to two words after the ordinal, so "his fourth season" or "the fourth-highest total"
 * (no name is put in a line) are not read. English.
 */

const NAME = "((?:[A-Z][\\p{L}'’.-]*\\s+){0,2}[A-Z][\\p{L}'’.-]*)";
/** A clause set off by commas between the name and its verb: "Cheeks, who was fired March 2 as head coach, is…". */
const ASIDE = '(?:,\\s+(?:who|which)\\s+[^,]{1,100},)?';
const VERB = '(?:is|was|will\\s+be|would\\s+be|becomes|became|has\\s+become|had\\s+become)';
/** The line's noun after the ordinal, past up to two modifiers ("head", "Sixers"); not a hyphenated ordinal ("fourth-highest"). */
const PLACE = new RegExp(
  `${NAME}${ASIDE}\\s+${VERB}\\s+(?:the|its|their)\\s+${ORDINAL_PATTERN}\\s+((?:[\\p{L}'’]+\\s+){0,2}?)(\\p{Ll}+)(?=\\s+(?:since|in|under|to|of|at|for|from|ever|this|that|who)\\b|[,.;]|$)`,
  'gu',
);

/** Words that open a sentence or title a person, not a name: "The", "But", "Coach". */
const NOT_A_NAME = /^(?:The|A|An|But|And|He|She|It|They|This|That|Now|Then|Coach|President|Mr|Mrs|Ms|Dr)$/u;

const stem = stemmerFor('en');

/** The places in a line one English sentence puts a name at, keyed by the name's last word and the line's noun. */
export function findPlacesInLine(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(PLACE)) {
    const words = m[1]!.split(/\s+/u).filter((w) => !NOT_A_NAME.test(w));
    const name = words[words.length - 1]?.replace(/['’]s$/u, '');
    if (name === undefined || name.length < 3) continue;
    const written = m[2]!.toLowerCase();
    const place = ordinalValue(written);
    const noun = m[4]!;
    out.push(
      exact(m[0], 'place in line', place, {
        thing: `${name.toLowerCase()} ${stem(noun)}`,
        label: `which ${noun} ${words.join(' ')} is`,
        shown: written,
        holds: 'story',
      }),
    );
  }
  return out;
}

/** True for a mention read by findPlacesInLine. */
export const isPlaceInLine = (m: QuantityMention): boolean => m.quantity === 'place in line';

/**
 * True for a place in a line told in the present or the future ("is the fourth head coach since King took over in
 * 2003", "will be the fifth"): it stands as the report is written, whatever earlier time the rest of the sentence
 * tells. "Was the first woman to…" may be history.
 */
export const isCurrentPlace = (m: QuantityMention): boolean =>
  isPlaceInLine(m) && /\s(?:is|will\s+be|becomes|has\s+become)\s+(?:the|its|their)\s/u.test(m.text);
