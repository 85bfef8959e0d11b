import { exact, type KeyedMeasure } from './keyed-measure.ts';

/**
 * The game clock a play happened at: "with 7:41 left in the first half", "with 10:03 to play in the third quarter",
 * "with 6:00 minutes remaining". A clock read is exact to the second, so two reports of one play giving different
 * clocks cannot both be right. The period, when written, is the thing it belongs to: 7:41 in the first half is
 * not 7:41 in the second.
 */
const GAME_CLOCK =
  /\b(?:with|at)\s+(?:just\s+)?(\d{1,2}):([0-5]\d)\s+(?:minutes\s+)?(?:left|remaining|to go|to play)(?:\s+in\s+(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(half|quarter|period))?/giu;

/** A clock read to the second stands for that second, not the next: 0.4 s either side, in minutes. */
const HALF_SECOND = 0.4 / 60;

const ORDINAL: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** Game clocks one English sentence puts to a play, in minutes left (7:41 → 7.683). */
export function findGameClocks(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(GAME_CLOCK)) {
    const ordinal = m[3]?.toLowerCase();
    const period = ordinal === undefined ? '' : `${ORDINAL[ordinal] ?? ordinal} ${m[4]!.toLowerCase()}`;
    const value = Number(m[1]) + Number(m[2]) / 60;
    const shown = `${m[1]!}:${m[2]!} left${period === '' ? '' : ` in the ${period}`}`;
    const read = exact(m[0], 'game clock', value, { thing: period, label: 'game clock', shown, holds: 'act' });
    out.push({ ...read, min: value - HALF_SECOND, max: value + HALF_SECOND });
  }
  return out;
}
