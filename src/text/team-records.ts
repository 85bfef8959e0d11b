import { exact, type KeyedMeasure } from './keyed-measure.ts';
import type { QuantityMention } from './quantity-mentions.ts';

const TEAM = "((?:[A-Z][\\p{L}'’.-]*\\s+){0,2}[A-Z][\\p{L}'’.-]*?)";
/** Not a split: no qualifier after the record ("9-1 in one-possession games", "4-4 on the road"); a day is none ("on Saturday"). */
const NOT_SPLIT = '(?!-|\\s+(?:in|at|against|away|when|record)\\b|\\s+on\\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b))';
/** A clause set off by commas between a name and its verb: "Thompson, who was the mandatory challenger, dropped to 36-3". */
const ASIDE = '(?:,\\s+(?:who|which)\\s+[^,]{1,80},)?';
/** Knockouts after a record: "(52-3, 46 KOs)", "52-3 with 46 knockouts", "with a remarkable 46 wins by knockout". */
const KNOCKOUTS =
  "(?:,\\s*|\\s+with\\s+(?:(?:a|an|his|her)\\s+)?(?:\\p{Ll}+\\s+)?)(\\d{1,3})\\s*(?:KOs?|KO['’]s|knockouts|(?:wins|victories)\\s+by\\s+(?:knockout|KO))\\b";
/**
 * A team's or a fighter's win-loss record as sports reports write it: "the Colts (10-5)", "Indianapolis’ record rose
 * to 9-5", "gave the Colts a 9-5 season", "the Colts stand at 10-5", "improved his record to 52-3", "took Okoro's
 * record to 52-3", a fighter's "Okoro, 53-3, 47 KO's,". A record in brackets may carry splits or knockouts after a
 * comma ("(10-5, 4-4 away)", "(52-3, 46 KOs)"); a record with a qualifier after it ("9-1 in one-possession games",
 * "4-4 on the road") is a split, not the season's, and is not read. A fighter's record set off by commas is read
 * only with its knockouts, which tell it from a score ("Arsenal, 2-1 up,").
 */
const PATTERNS = [
  new RegExp(`${TEAM}\\s+\\((\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?(?:\\)|${KNOCKOUTS}|,(?!\\s*\\d{3}\\b))`, 'gu'),
  new RegExp(
    `${TEAM}\\s?(?:'s|’s|’|')?\\s+record\\s+(?:rose|moved|improved|fell|dropped|went|climbed|slipped)\\s+to\\s+(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?\\b${NOT_SPLIT}(?:${KNOCKOUTS})?`,
    'gu',
  ),
  new RegExp(`${TEAM}\\s+an?\\s+(\\d{1,2})-(\\d{1,2})()\\s+(?:season|record|mark)\\b`, 'gu'),
  new RegExp(
    `${TEAM}${ASIDE}\\s+(?:now\\s+)?(?:stand|stands|stood|improved\\s+to|moved\\s+to|fell\\s+to|dropped\\s+to)\\s+(?:at\\s+)?(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?\\b${NOT_SPLIT}(?:${KNOCKOUTS})?`,
    'gu',
  ),
  new RegExp(
    `${TEAM}\\s+(?:improved|raised|moved|lifted|pushed|took|dropped|lowered)\\s+(?:his|her|their|its)\\s+record\\s+to\\s+(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?\\b${NOT_SPLIT}(?:${KNOCKOUTS})?`,
    'gu',
  ),
  new RegExp(
    `(?:improved|raised|moved|lifted|pushed|took|dropped|lowered)\\s+${TEAM}(?:'s|’s)\\s+record\\s+to\\s+(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?\\b${NOT_SPLIT}(?:${KNOCKOUTS})?`,
    'gu',
  ),
  new RegExp(`${TEAM},\\s+(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}))?${KNOCKOUTS}`, 'gu'),
];
/** Capitalised words before a record that name no team or fighter: a sentence's first word, a title ("Champion"). */
const NOT_A_TEAM =
  /^(?:The|A|An|But|And|In|On|At|By|For|With|After|Before|When|This|That|It|They|We|He|She|Now|Champion|Champ|Former|Boxer|Fighter|Coach|Unbeaten|Undefeated|Heavyweight|Cruiserweight|Middleweight|Welterweight|Lightweight|Featherweight|Bantamweight|Flyweight)$/u;

/**
 * The record each team or fighter is given in one English sentence, as its wins (9-5 → 9), keyed by the name's last
 * word, and a fighter's knockouts when the record carries them. Both are told at one point of a season or career: the
 * games (or fights) the record counts say which.
 */
export function findTeamRecords(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const re of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const words = m[1]!.split(/\s+/u).filter((w) => !NOT_A_TEAM.test(w));
      const team = words[words.length - 1]?.replace(/\s?(?:'s|’s|’|')$/u, '');
      if (team === undefined || team.length < 3) continue;
      const wins = Number(m[2]);
      const games = wins + Number(m[3]) + Number(m[4] || 0);
      const shown = `${m[2]!}-${m[3]!}${m[4] ? `-${m[4]}` : ''}`;
      const written = [...words.slice(0, -1), team].join(' ');
      // A team named by its plural nickname reads with "the" ("record of the Colts"); a place name without ("record of Dayton").
      const name = /s$/u.test(team) ? `the ${written}` : written;
      const thing = team.toLowerCase();
      if (out.some((o) => o.quantity === 'wins' && o.thing === thing && o.value === wins)) continue;
      out.push(exact(m[0], 'wins', wins, { thing, label: `record of ${name}`, shown, holds: 'story', games }));
      const knockouts = m[5];
      if (knockouts !== undefined)
        out.push(
          exact(m[0], 'knockouts', Number(knockouts), { thing, label: `knockouts of ${written}`, shown: knockouts, holds: 'story', games }),
        );
    }
  return out;
}

/**
 * True for a record in brackets after its name ("Bowe (45-1, 33 KOs) had been training in Germany since
 * September"): sports desks give a team's or fighter's record so as it stands when the report is written, whatever
 * earlier time the sentence around it tells.
 */
export const isBracketedRecord = (m: QuantityMention): boolean =>
  (m.quantity === 'wins' || m.quantity === 'knockouts') && /^[^(]*\(\d/u.test(m.text);
