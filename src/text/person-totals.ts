import { exact, type KeyedMeasure } from './keyed-measure.ts';

const NAME = "(\\p{Lu}[\\p{L}'’-]+)";
const AMOUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
/**
 * A named person's running total as sports reports write it: "Hansbrough now has 2,301 career points", "Dell, who now
 * has 2,302 points", "Dell has 2,117 career points". "Now" or "career" says it is the total to date, not one game's
 * ("Dell had 24 points" is the game's, and is not read).
 */
const PATTERNS = [
  new RegExp(`${NAME}(?:,\\s+who)?\\s+now\\s+(?:has|owns)\\s+${AMOUNT}\\s+(?:career\\s+)?(\\p{Ll}+s)\\b`, 'gu'),
  new RegExp(
    `${NAME}(?:,\\s+who)?\\s+(?:now\\s+)?(?:has|had|owns|finished with|ended with)\\s+${AMOUNT}\\s+career\\s+(\\p{Ll}+s)\\b`,
    'gu',
  ),
];
/** Words that open a sentence or a clause and name nobody. */
const NOT_A_NAME = /^(?:He|She|It|They|The|This|That|Who|Now)$/u;

/** The career totals one English sentence gives a named person, keyed by what is counted ("points") and the surname. */
export function findPersonTotals(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const re of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const [, name, amount, noun] = m;
      if (NOT_A_NAME.test(name!) || out.some((o) => o.text === m[0])) continue;
      const value = Number(amount!.replace(/,/gu, ''));
      out.push(
        exact(m[0], noun!, value, { thing: name!.toLowerCase(), label: `career ${noun!} of ${name!}`, shown: amount!, holds: 'story' }),
      );
    }
  return out;
}
