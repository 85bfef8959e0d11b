import { exact, type KeyedMeasure } from './keyed-measure.ts';
import { ORDINAL_PATTERN, ordinalValue } from './ordinals.ts';

/**
 * The moment in a round a fight was stopped or a period's play happened, as time gone in it: "stopped the fight 44
 * seconds into the seventh round", "after 44 seconds of the seventh round", "at 2:15 of the seventh", "stopping the
 * fight at the 2:15 mark" (the round the sentence names before it: "wrapping it up in the seventh with…"). Two
 * reports of one stoppage giving different times cannot both be right. Keyed by the round; put to one act, as a game
 * clock is (game-clocks.ts reads the time left in a game's period, "with 7:41 left in the first half"). English.
 */
const PERIOD = '(?:\\s+(?:round|period|frame))?';
/** "44 seconds into the seventh round", "after 44 seconds of the seventh". */
const SECONDS_INTO = new RegExp(
  `\\b(\\d{1,2}|\\d:[0-5]\\d)\\s+(?:seconds\\s+)?(?:into|of)\\s+the\\s+${ORDINAL_PATTERN}${PERIOD}\\b`,
  'giu',
);
/** "at 2:15 of the seventh round", "at the 2:15 mark of the seventh", "at the 2:15 mark" (the round named before). */
const CLOCK_MARK = new RegExp(
  `\\bat\\s+(?:the\\s+)?(\\d:[0-5]\\d)(?:\\s+mark)?(?:\\s+(?:of|in)\\s+the\\s+${ORDINAL_PATTERN}${PERIOD})?`,
  'giu',
);
/** The round a sentence names before a clock mark that names none: "in the seventh", "the seventh round". */
const ROUND_BEFORE = new RegExp(`\\b(?:in\\s+the\\s+${ORDINAL_PATTERN}\\b|the\\s+${ORDINAL_PATTERN}\\s+round\\b)`, 'giu');

/** Seconds in "44" or "2:15". */
function secondsOf(written: string): number {
  const [a, b] = written.split(':');
  return b === undefined ? Number(a) : Number(a) * 60 + Number(b);
}

/** The moments in a round one English sentence gives, in seconds gone, keyed by the round. */
export function findRoundClocks(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  const add = (text: string, written: string, round: number, at: string): void => {
    const seconds = secondsOf(written);
    if (out.some((o) => o.thing === `round ${round}` && o.value === seconds)) return;
    out.push(
      exact(text, 'seconds:round', seconds, {
        thing: `round ${round}`,
        label: `time into round ${round}`,
        shown: at,
        holds: 'act',
      }),
    );
  };
  for (const m of sentence.matchAll(SECONDS_INTO)) {
    // "10 of the 12 rounds" counts rounds; "seconds" or a clock must be written, or "into".
    if (!/seconds|:|into/iu.test(m[0])) continue;
    const round = ordinalValue(m[2]!);
    add(m[0], m[1]!, round, m[1]!.includes(':') ? m[1]! : `${m[1]!} seconds`);
  }
  for (const m of sentence.matchAll(CLOCK_MARK)) {
    const named = m[2] ?? [...sentence.slice(0, m.index).matchAll(ROUND_BEFORE)].map((r) => r[1] ?? r[2]).pop();
    if (named === undefined) continue;
    add(m[0], m[1]!, ordinalValue(named), m[1]!);
  }
  return out;
}
