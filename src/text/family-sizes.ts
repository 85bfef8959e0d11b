import { exact, type KeyedMeasure } from './keyed-measure.ts';
import { parseNumeral } from './numbers.ts';

const COUNT =
  '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/** The parent words a report uses, each with the parent it names. */
const PARENT: Record<string, string> = { mother: 'mother', mom: 'mother', mum: 'mother', father: 'father', dad: 'father' };
/**
 * How many children a person in the story has, as reports describe them: "a mother of 12", "Brooklyn mother-of-five",
 * "the father of three children". It is keyed by the parent named (a mother's count and a father's are two things) and
 * holds for the whole story. "Mother of the bride" and other kin are not counts; a grandmother's grandchildren are not
 * read.
 */
const PATTERN = new RegExp(`\\b(?<!grand)(mother|mom|mum|father|dad)(?:-|\\s+)of(?:-|\\s+)${COUNT}\\b(?!\\s*(?:%|percent|years?))`, 'giu');

/** The children one English sentence gives a parent, keyed "children" and by the parent ("mother"). */
export function findFamilySizes(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(PATTERN)) {
    const value = parseNumeral(m[2]!.toLowerCase(), 'en');
    if (value === null || value < 1) continue;
    const parent = PARENT[m[1]!.toLowerCase()]!;
    out.push(exact(m[0], 'children', value, { thing: parent, label: `children of the ${parent}`, shown: String(value), holds: 'story' }));
  }
  return out;
}
