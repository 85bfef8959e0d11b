import { exact, type KeyedMeasure } from './keyed-measure.ts';

const TEAM = "((?:[A-Z][\\p{L}'’.-]*\\s+){0,2}[A-Z][\\p{L}'’.-]*?)";
/**
 * A team's win-loss record as sports reports write it: "the Colts (10-5)", "Indianapolis’ record rose to 9-5", "gave
 * the Colts a 9-5 season", "the Colts stand at 10-5". A record in brackets may carry splits after a comma ("(10-5,
 * 4-4 away)"); a record with a qualifier after it ("9-1 in one-possession games", "4-4 on the road") is a split,
 * not the season's, and is not read.
 */
const PATTERNS = [
  new RegExp(`${TEAM}\\s+\\((\\d{1,2})-(\\d{1,2})(?:-\\d{1,2})?(?:\\)|,(?!\\s*\\d{3}\\b))`, 'gu'),
  new RegExp(
    `${TEAM}\\s?(?:'s|’s|’|')?\\s+record\\s+(?:rose|moved|improved|fell|dropped|went|climbed|slipped)\\s+to\\s+(\\d{1,2})-(\\d{1,2})\\b(?!-|\\s+(?:in|on|at|against|away|when|record))`,
    'gu',
  ),
  new RegExp(`${TEAM}\\s+an?\\s+(\\d{1,2})-(\\d{1,2})\\s+(?:season|record|mark)\\b`, 'gu'),
  new RegExp(
    `${TEAM}\\s+(?:now\\s+)?(?:stand|stands|stood|improved\\s+to|moved\\s+to|fell\\s+to|dropped\\s+to)\\s+(?:at\\s+)?(\\d{1,2})-(\\d{1,2})\\b(?!-|\\s+(?:in|on|at|against|away|when))`,
    'gu',
  ),
];
/** Capitalised words before a record that name no team: a sentence's first word, months and days. */
const NOT_A_TEAM = /^(?:The|A|An|But|And|In|On|At|By|For|With|After|Before|When|This|That|It|They|We|He|She|Now)$/u;

/** The record each team is given in one English sentence, as its wins (9-5 → 9), keyed by the team's last word. */
export function findTeamRecords(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const re of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const words = m[1]!.split(/\s+/u).filter((w) => !NOT_A_TEAM.test(w));
      const team = words[words.length - 1]?.replace(/\s?(?:'s|’s|’|')$/u, '');
      if (team === undefined || team.length < 3) continue;
      const shown = `${m[2]!}-${m[3]!}`;
      const written = [...words.slice(0, -1), team].join(' ');
      // A team named by its plural nickname reads with "the" ("record of the Colts"); a place name without ("record of Dayton").
      const name = /s$/u.test(team) ? `the ${written}` : written;
      out.push(
        exact(m[0], 'wins', Number(m[2]), {
          thing: team.toLowerCase(),
          label: `record of ${name}`,
          shown,
          holds: 'story',
          games: Number(m[2]) + Number(m[3]),
        }),
      );
    }
  return out;
}
