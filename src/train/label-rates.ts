import { JOIN_FEATURES } from '../cluster/join-model.ts';
import type { Examples } from './logistic.ts';

/** Upper ends of the cosine bins the rates are given in. */
const COSINE_BINS = [0.1, 0.2, 0.3, Infinity];
/** Fewest pairs a cell needs to be shown: a rate over a handful of pairs says nothing. */
const MIN_CELL = 20;

/**
 * How often a candidate is the article's own event, by cosine bin, name conflict and how much of
 * both sides' names the other holds, and for each of the year and figure signals: what the labelled
 * pairs say about each piece of evidence before any model weighs it (`npm run train -- --rates`).
 */
export function labelRates({ rows, labels }: Examples): Record<string, { pairs: number; same: number }> {
  const at = (name: (typeof JOIN_FEATURES)[number]): number => JOIN_FEATURES.indexOf(name);
  const cells = new Map<string, { pairs: number; same: number }>();
  const count = (key: string, label: number): void => {
    const c = cells.get(key) ?? { pairs: 0, same: 0 };
    c.pairs++;
    c.same += label;
    cells.set(key, c);
  };
  rows.forEach((row, i) => {
    const cosine = Math.exp(row[at('logCosine')]!);
    const bin = COSINE_BINS.findIndex((upper) => cosine < upper);
    const cos =
      bin === 0
        ? 'cos<0.1'
        : bin === COSINE_BINS.length - 1
          ? `cos>=${COSINE_BINS[bin - 1]}`
          : `cos ${COSINE_BINS[bin - 1]}-${COSINE_BINS[bin]}`;
    const mutual = row[at('mutualAgreement')]!;
    const names = mutual === 0 ? 'none' : mutual < 1 ? 'some' : 'all';
    count(`conflict ${row[at('conflictTexts')]!} mutual names ${names} ${cos}`, labels[i]!);
    if (cosine < COSINE_BINS[0]!) return;
    for (const signal of ['yearAgrees', 'yearConflicts', 'figureConflicts'] as const)
      if (row[at(signal)] === 1) count(`${signal} cos>=0.1`, labels[i]!);
  });
  return Object.fromEntries([...cells].filter(([, c]) => c.pairs >= MIN_CELL).sort(([a], [b]) => a.localeCompare(b)));
}
