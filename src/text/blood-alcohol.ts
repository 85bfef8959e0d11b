import { exact, type KeyedMeasure } from './keyed-measure.ts';

/**
 * A driver's blood alcohol reading: "a blood-alcohol level of 0.16", "his blood alcohol content was .41 percent", "a
 * BAC of 0.12%". The words between the phrase and the figure may not name the legal limit ("more than twice the legal
 * limit of 0.08" gives the limit, not the reading).
 */
const READING =
  /\b(?:blood[- ]?alcohol(?:[- ](?:level|content|concentration|reading|test))?|BAC)\b([^.;\d]{0,30}?)(\d?\.\d{2,3})(?!\d)\s*(%|percent\b)?/giu;

/** The blood alcohol readings one English sentence gives, keyed "blood alcohol" for the story's driver. */
export function findBloodAlcohol(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(READING)) {
    if (/\blimit\b/iu.test(m[1]!)) continue;
    const value = Number(m[2]!.startsWith('.') ? `0${m[2]}` : m[2]);
    // A reading is a share of the blood under one percent; a larger figure is something else (a year, a count).
    if (!(value > 0 && value < 1)) continue;
    out.push(exact(m[0], 'blood alcohol', value, { thing: '', label: 'blood alcohol level', shown: `${value}%`, holds: 'story' }));
  }
  return out;
}
