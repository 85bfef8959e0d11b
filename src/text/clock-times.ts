import type { QuantityMention } from './quantity-mentions.ts';

/** The quantity key of the clock time something happened at. */
export const TIME_OF_DAY = 'time of day';

/**
 * Words that put a clock time to a happening ("at 1:30 a.m.", "about 9pm", "shortly after 2 a.m."). Times after
 * "by", "until" or "as of" say when a state was reached or measured ("by 6.30am the fire was contained"), and a
 * time in brackets converts the one before it ("8:00 am local time (0300 GMT)"): neither is when the event happened.
 */
const LEAD =
  '(at|about|around|approximately|roughly|(?:shortly|just|soon|some time|sometime) (?:after|before|past)|just past|at about|at around)';
const CLOCK = new RegExp(
  `(?<![(\\p{L}\\d])${LEAD}\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\b\\.?|(hours|hrs|h\\b|gmt|bst|utc|local time))?(?:\\s*\\(?(gmt|utc|bst|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt)\\b)?`,
  'giu',
);

/**
 * A reported clock time stands for the quarter hour either side of it ("about 1 a.m." is not "1:10 a.m." made
 * exact), so two reports of one happening at least half an hour apart cannot both be right, and closer ones agree.
 */
const HALF_WIDTH_HOURS = 0.245;

/** The hour of a clock time in 0–24: "1:30 a.m." → 1.5, "9pm" → 21, "17:06 hours" → 17.1; null when not a clock time. */
function hourOf(hour: number, minute: number, meridiem: string | undefined, marker: string | undefined, colon: boolean): number | null {
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const h = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    return h + minute / 60;
  }
  // Without a.m./p.m. only a 24-hour time with minutes and a marker is a clock time ("at 17:06 hours"); "at 9" is not.
  if (!colon || marker === undefined || hour > 23) return null;
  return hour + minute / 60;
}

/** Clock times a sentence says something happened at, as 'time of day' quantities in hours (English wording). */
export function findClockTimes(sentence: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    // A time told in a named zone ("4:30 p.m. ET", "17:06 GMT") may be in another zone than the local times around it
    // ("3:30 p.m." where the game is played); set against them it would differ by the offset.
    if ((m[5] !== undefined && /^(?:gmt|utc)$/iu.test(m[5])) || m[6] !== undefined) continue;
    const value = hourOf(Number(m[2]), m[3] === undefined ? 0 : Number(m[3]), m[4], m[5], m[3] !== undefined);
    if (value === null) continue;
    const text = m[0].trim();
    out.push({ text, quantity: TIME_OF_DAY, value, high: value, min: value - HALF_WIDTH_HOURS, max: value + HALF_WIDTH_HOURS });
  }
  return out;
}

/** A clock time for readers: "1:30 a.m.", "about 9:00 p.m.". */
export function clockFigure(m: QuantityMention): string {
  const minutes = Math.round(m.value * 60);
  const h24 = Math.floor(minutes / 60) % 24;
  const mm = String(minutes % 60).padStart(2, '0');
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const about = /^(?:at\s+)?(?:about|around|approximately|roughly)\b/iu.test(m.text) ? 'about ' : '';
  const side = /\b(?:shortly|just|soon|some ?time)?\s*(?:after|before|past)\b/iu.exec(m.text)?.[0].trim().toLowerCase();
  const near = side === undefined ? '' : `${side} `;
  return `${about}${near}${h12}:${mm} ${h24 < 12 ? 'a.m.' : 'p.m.'}`;
}
