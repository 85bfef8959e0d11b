import { exact, type KeyedMeasure } from './keyed-measure.ts';

/**
 * A gun's calibre as news writes it: ".38-caliber revolver", ". 357 caliber gun" (a page's spacing), ".357 Magnum".
 * The value is the calibre in inches (0.38). A batting average (".312 with nine homers") has no gun word after it.
 */
const CALIBRE =
  /(?<!\d)\.\s?(\d{2,3})(?:[- ]?calib(?:er|re)\b|(?=\s+(?:magnum|revolver|handgun|pistol|rifle|gun)\b))(?:\s+(magnum))?(?:\s+(revolver|handgun|pistol|rifle|gun))?/giu;

/**
 * The calibres one English sentence gives. Every gun is one thing ("gun"): a story's weapon is told as a revolver in
 * one report and a gun in another; the label names the word written ("calibre of the revolver").
 */
export function findCalibres(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(CALIBRE)) {
    const weapon = (m[3] ?? (m[2] === undefined ? 'gun' : 'revolver')).toLowerCase();
    out.push(
      exact(m[0], 'caliber', Number(`0.${m[1]!}`), { thing: 'gun', label: `calibre of the ${weapon}`, shown: `.${m[1]!}`, holds: 'story' }),
    );
  }
  return out;
}
