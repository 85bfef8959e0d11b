import type { Unit } from './drafts.ts';
import { sharedCount, similarity } from '../text/terms.ts';

/** Two sentences tell one happening when they share this many content words at this cosine (the bar shares use). */
export const SAME_HAPPENING = { similarity: 0.5, shared: 3 };

/** A sentence's content words other than numbers and the given words (a name both sentences are about tells nothing). */
function wordsOf(unit: Unit, leave: ReadonlySet<string>): Set<string> {
  return new Set([...unit.terms].filter((t) => !t.startsWith('#') && !leave.has(t)));
}

/**
 * True when two sentences tell one happening: "stopped on Route 9 at about 1 a.m." and "was stopped on Route 9 at
 * 1:30 a.m." do; "walked into the office around 10 a.m." and "shots were heard around 10:30 a.m." do not.
 */
export function sameHappening(a: Unit, b: Unit, leave: ReadonlySet<string> = new Set()): boolean {
  const x = wordsOf(a, leave);
  const y = wordsOf(b, leave);
  return sharedCount(x, y) >= SAME_HAPPENING.shared && similarity(x, y) >= SAME_HAPPENING.similarity;
}

/** Groups items (figures, facts) by happening: each joins the first group every member of which it tells one happening with. */
export function byHappening<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const group = groups.find((g) => g.every((m) => same(m, item)));
    if (group === undefined) groups.push([item]);
    else group.push(item);
  }
  return groups;
}
