import { exact, type KeyedMeasure } from './keyed-measure.ts';
import { parseNumeral } from './numbers.ts';

const COUNT =
  '(\\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{Ll}+teen|twenty)';
const NAME = "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})";
/**
 * How many times a person was shot or stabbed: "hitting Gray eleven times", "was shot seven times", "Gray was hit by
 * seven bullets", "seven bullets hit Mr. Gray", "stabbed his wife 17 times". A vague count ("multiple times") is not
 * read. The person is the name written with it, when there is one. Bullets that hit no one named ("Two bullets struck
 * from the front, hitting his right thigh") are where some of them struck, a part of the tally an account goes on to
 * give wound by wound, not the tally: read as one, the report would give two tallies and none would be listed.
 */
const PATTERNS: [RegExp, number, number][] = [
  // [pattern, group of the act, group of the count]; the name is group 2 when present.
  [
    new RegExp(
      `\\b(shot|hit|hitting|struck|wounded|stabbed|stabbing)\\s+(?:${NAME}\\s+|him\\s+|her\\s+|(?:his|her|their|the)\\s+\\p{Ll}+\\s+)?(?:at least\\s+)?${COUNT}\\s+times\\b`,
      'gu',
    ),
    1,
    3,
  ],
  [new RegExp(`\\b(hit|struck)\\s+by\\s+(?:at least\\s+)?()${COUNT}\\s+(?:bullets|shots|rounds)\\b`, 'gu'), 1, 3],
  [
    new RegExp(
      `\\b${COUNT}\\s+(bullets|shots|rounds)\\s+(?:hit|struck|entered)\\s+(?:(?:him|her)\\b|(?:Mr\\.\\s+|Ms\\.\\s+|Mrs\\.\\s+)?${NAME})`,
      'gu',
    ),
    2,
    1,
  ],
];

/** The times one English sentence says a person was shot or stabbed, keyed "bullets" or "stab wounds". */
export function findWoundCounts(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const [re, act, count] of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const written = m[count]!;
      const value = /^\d+$/u.test(written) ? Number(written) : parseNumeral(written.toLowerCase(), 'en');
      if (value === null || value < 1) continue;
      const name = (act === 2 ? m[3] : m[2]) ?? '';
      const surname = (name.split(/\s+/u).pop() ?? '').replace(/(?:'s|’s)$/u, '');
      const stab = /^stab/iu.test(m[act]!);
      const quantity = stab ? 'stab wounds' : 'bullets';
      const label = `${stab ? 'times' : 'shots that hit'} ${surname === '' ? 'the victim' : surname}${stab ? ' was stabbed' : ''}`;
      out.push(exact(m[0], quantity, value, { thing: surname.toLowerCase(), label, shown: String(value), holds: 'story' }));
    }
  return out;
}
