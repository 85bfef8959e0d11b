import { findBloodAlcohol } from './blood-alcohol.ts';
import { findCalibres } from './calibres.ts';
import { findFamilySizes } from './family-sizes.ts';
import { findGameClocks } from './game-clocks.ts';
import type { KeyedMeasure } from './keyed-measure.ts';
import { findPersonTotals } from './person-totals.ts';
import { findQuakeDepths } from './quake-depths.ts';
import { findShotsFired } from './shots-fired.ts';
import { findTeamRecords } from './team-records.ts';
import { findTimeSpans } from './time-spans.ts';
import { findWoundCounts } from './wound-counts.ts';
import { findWindSpeeds } from './wind-speeds.ts';
import { findFinalScores } from './final-scores.ts';
import { findChargeDegrees } from './charge-degrees.ts';
import { findSpansAfter } from './spans-after.ts';
import { findPlacesInLine } from './places-in-line.ts';
import { findRoundClocks } from './round-clocks.ts';
import { findPrisonSentences } from './prison-sentences.ts';

export { isKeyedMeasure, type KeyedMeasure } from './keyed-measure.ts';

/** Every keyed measure of one English sentence. */
export function findKeyedMeasures(sentence: string): KeyedMeasure[] {
  return [
    ...findCalibres(sentence),
    ...findGameClocks(sentence),
    ...findTeamRecords(sentence),
    ...findPersonTotals(sentence),
    ...findWoundCounts(sentence),
    ...findShotsFired(sentence),
    ...findTimeSpans(sentence),
    ...findFamilySizes(sentence),
    ...findQuakeDepths(sentence),
    ...findBloodAlcohol(sentence),
    ...findWindSpeeds(sentence),
    ...findFinalScores(sentence),
    ...findChargeDegrees(sentence),
    ...findSpansAfter(sentence),
    ...findPlacesInLine(sentence),
    ...findRoundClocks(sentence),
    ...findPrisonSentences(sentence),
  ];
}
