import { exact, qualified, type KeyedMeasure } from './keyed-measure.ts';
import { AMOUNT, amountOf, SENTENCED_TO } from './time-spans.ts';

/**
 * A prison sentence handed down: "was sentenced on Friday to 12 years in prison", "a judge sentenced Orwin to 15
 * years", "sentenced to four and a half years". Two reports of one sentencing giving two lengths cannot both be right
 * (time-spans.ts reads the time a person spent in prison, not the sentence). Put to one act, as a game clock is: an
 * obituary telling two sentences of a life ("was sentenced to seven years" in 1960, "to 12 years" in 1997) tells two
 * acts. Not read: a sentence per count ("five years on each count", "concurrent", "consecutive"), a suspended one,
 * life and death sentences (no length), and what a charge carries ("faces up to 20 years"). In months, whatever the
 * unit written. English.
 */
const QUALIFIER = '(?:more than|over|nearly|almost|about|around|at least)';
/** "sentenced" and up to eight words before "to" (time-spans.ts `SENTENCED_TO`), then the length. */
const SENTENCED = new RegExp(`${SENTENCED_TO}\\s+(?:(${QUALIFIER})\\s+)?${AMOUNT}[\\s-]+(year|month)s?\\b`, 'giu');
/** After the length, words that make it per count, suspended or a part: "on each count", "concurrent", ", suspended". */
const NOT_THE_SENTENCE = /^\s*(?:,\s*)?(?:on each|for each|per count|each|concurrent|consecutive|suspended|of probation|probation)\b/iu;

/** The prison sentences one English sentence gives, in months, keyed "months:sentence". */
export function findPrisonSentences(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(SENTENCED)) {
    const [whole, qualifier, written, unit] = m;
    if (NOT_THE_SENTENCE.test(sentence.slice(m.index + whole.length))) continue;
    // "A year" or "half a year" is no length a sentence is read in: only its number is.
    if (/^(?:an?|half\s+an?)$/iu.test(written!)) continue;
    const amount = amountOf(written!);
    if (amount === null) continue;
    const months = unit!.toLowerCase() === 'year' ? amount * 12 : amount;
    const shown = `${qualifier === undefined ? '' : `${qualifier.toLowerCase()} `}${written!.toLowerCase()} ${unit!.toLowerCase()}${amount === 1 ? '' : 's'}`;
    const read = exact(whole.slice(whole.search(/\bto\s/u)).replace(/^to\s+/u, ''), 'months:sentence', months, {
      thing: '',
      label: 'prison sentence',
      shown,
      holds: 'act',
    });
    out.push(qualified(read, qualifier));
  }
  return out;
}
