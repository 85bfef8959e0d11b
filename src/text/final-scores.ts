import { exact, type KeyedMeasure } from './keyed-measure.ts';

/** A team or player: one to three capitalised words, "the" before them allowed ("the Kansas City Chiefs"). */
const SIDE = "(?:the\\s+)?((?:[A-Z][\\p{L}'’.-]*\\s+){0,2}[A-Z][\\p{L}'’.-]*)";
const SCORE = '(\\d{1,3})-(\\d{1,3})(?![\\d-])';
const BEAT = '(?:beat|beats|defeated|defeats|edged|edges|routed|routs|thrashed|downed|topped|overcame|crushed|blanked|outlasted|stunned)';
const RESULT = '(?:won|win|wins|lost|loses|lose|drew|draws|tied)';
const GAME = '(?:win|victory|defeat|loss|draw|tie|triumph|rout|thrashing)';

/**
 * A game's final score as reports give it, keyed by the opponent named with it: "Varn United beat Korvel City 3-1",
 * "Varn United won 3-1 against Korvel City", "a 20-13 win over the Chiefs". Two outlets' different scores of one game
 * ("3-1", "3-2") cannot both be right; one outlet's score against another team is another game. A record ("the Colts
 * (10-5)") is no score: it is read by team-records.ts. Shown as written, the higher figure first.
 */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => [string, string, string]][] = [
  [new RegExp(`\\b${BEAT}\\s+${SIDE}\\s*,?\\s+${SCORE}`, 'gu'), (m) => [m[1]!, m[2]!, m[3]!]],
  [new RegExp(`\\b${RESULT}\\s+${SCORE}\\s+(?:against|over|to|with|at)\\s+${SIDE}`, 'gu'), (m) => [m[3]!, m[1]!, m[2]!]],
  [
    new RegExp(`\\b(?:a|an|the|their|its|his|her)\\s+${SCORE}\\s+${GAME}\\s+(?:over|against|to|at|with)\\s+${SIDE}`, 'gu'),
    (m) => [m[3]!, m[1]!, m[2]!],
  ],
];

/** The final scores one English sentence gives, each keyed "final score" for the game against the opponent it names. */
export function findFinalScores(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const [re, parts] of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const [written, a, b] = parts(m);
      // "over the Kansas City Chiefs." ends the sentence: its stop is no part of the name.
      const opponent = written.replace(/[.'’]+$/u, '');
      // Keyed by the name's last word: "the Chiefs" and "the Kansas City Chiefs" are one opponent.
      const thing = opponent.split(/\s+/u).pop()!.toLowerCase();
      const [hi, lo] = [Math.max(Number(a), Number(b)), Math.min(Number(a), Number(b))];
      if (out.some((o) => o.thing === thing && o.value === hi * 1000 + lo)) continue;
      out.push(
        exact(m[0], 'final score', hi * 1000 + lo, {
          thing,
          label: `score against ${opponent}`,
          shown: `${hi}-${lo}`,
          holds: 'story',
        }),
      );
    }
  return out;
}
