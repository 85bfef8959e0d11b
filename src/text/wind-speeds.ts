import type { KeyedMeasure } from './keyed-measure.ts';
import { roundedTo } from './numbers.ts';

/** Miles per hour per unit a wind speed is written in. */
const MPH_PER: Record<string, number> = { mph: 1, 'km/h': 0.621371, kph: 0.621371, kmh: 0.621371, knots: 1.150779, kt: 1.150779 };
const UNIT = '(mph|km/h|kph|kmh|knots|kt)';
const AMOUNT = '(\\d{2,3}(?:\\.\\d+)?)';
/** "up to", "of about" and the like between the wind word and its figure. */
const QUALIFIER = '(?:(?:of|at|near|reaching|topping|up\\s+to|about|around|nearly|more\\s+than|over|some)\\s+){0,3}';
/** A conversion set in brackets after the speed ("195 km/h (120 mph)"): the same speed, not a second one. */
const CONVERSION = '(?:\\s*\\([^)]{1,20}\\))?';
const PATTERNS = [
  // "winds of 120 mph", "maximum sustained winds of 120 mph", "gusts of up to 140 mph", "wind speeds of 190 km/h"
  new RegExp(`\\b(winds?|gusts?|wind\\s+speeds?)\\s+${QUALIFIER}${AMOUNT}\\s*${UNIT}(?![\\p{L}])`, 'giu'),
  // "120 mph winds", "140-mph gusts", "190 km/h (120 mph) winds"
  new RegExp(`\\b${AMOUNT}\\s*-?\\s*${UNIT}${CONVERSION}\\s+(?:sustained\\s+|maximum\\s+|top\\s+)?(winds?|gusts?)\\b`, 'giu'),
];

/**
 * A storm's wind speed as reports give it: "winds of 120 mph", "120 mph winds", "gusts of up to 140 mph", "wind speeds
 * of 190 km/h". Gusts and sustained winds are two things ("sustained winds of 120 mph and gusts of 140 mph" is no
 * disagreement): a figure the sentence calls a gust is keyed "gusts", any other "winds". Its interval, in miles per
 * hour, is what the written figure allows at half of its last digit either way ("120 mph" is 115 to 125; a converted
 * "193 km/h" falls inside), so two reports' 120 and 140 mph disagree. The speed is put to one act (the landfall, the
 * peak of the storm), whose sentences must tell it (src/compare/quantities.ts), as a storm's winds change over its days.
 */
export function findWindSpeeds(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const re of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      if (out.some((o) => sentence.indexOf(o.text) <= m.index && m.index < sentence.indexOf(o.text) + o.text.length)) continue;
      const [word, written, unitWritten] = re === PATTERNS[0] ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[1]!, m[2]!];
      const unit = unitWritten.toLowerCase();
      const perMph = MPH_PER[unit];
      if (perMph === undefined) continue;
      const figure = Number(written);
      // AMOUNT reads two digits or more, so the figure is never 0 and is always rounded to something.
      const half = roundedTo(written, 1)! / 2;
      const min = (figure - half) * perMph;
      const max = (figure + half) * perMph;
      const gust = /gust/iu.test(word) || /\bgust/iu.test(sentence.slice(Math.max(0, m.index - 25), m.index));
      const value = Math.round(figure * perMph);
      out.push({
        text: m[0],
        quantity: 'wind speed',
        value,
        high: value,
        min,
        max,
        thing: gust ? 'gusts' : 'winds',
        label: gust ? 'wind gusts' : 'wind speed',
        shown: `${written} ${unit === 'knots' || unit === 'kt' ? 'knots' : unit}`,
        holds: 'act',
      });
    }
  return out;
}
