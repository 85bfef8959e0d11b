import { LEAD_SENTENCES, type Unit } from './drafts.ts';
import { contentTerms, sharedCount, similarity } from '../text/terms.ts';
import { NOT_AN_ACT, PAST } from '../text/past-acts.ts';
import { PLACE_HEAD } from '../text/place-heads.ts';

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

/** Words two leads share, beyond the given ones, when they tell one happening: the place, the act or the charge. */
export const SAME_LEAD_SHARED = 2;

/**
 * True when two sentences, each in its report's lead, tell one happening: a lead tells the story's own happening, so
 * the bar is lower than between any two sentences: two shared content words, numbers and the given words (a name)
 * aside. "Is now accused of murdering two women at a Staunton shop" and "was arrested and charged with murder,
 * Staunton police said" do; "drove a van into a crowd" and "a jury convicted him of murder" (a trial told as its own
 * story) do not.
 */
export function sameLeadHappening(a: Unit, b: Unit, leave: ReadonlySet<string> = new Set()): boolean {
  if (a.index >= LEAD_SENTENCES || b.index >= LEAD_SENTENCES) return false;
  return sharedCount(wordsOf(a, leave), wordsOf(b, leave)) >= SAME_LEAD_SHARED;
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

/** The stems of the acts a sentence tells in the past (English). */
function actsOf(unit: Unit): Set<string> {
  if (unit.language !== null && unit.language !== 'en') return new Set();
  const words = [...unit.sentence.matchAll(PAST)].map((m) => m[0]).filter((w) => !NOT_AN_ACT.test(w));
  return new Set(words.flatMap((w) => contentTerms(w, 'en')).filter((t) => unit.terms.has(t)));
}

/**
 * True when two sentences tell one act: they tell one happening, or they name the same act in the past ("the cops
 * stopped him", "was stopped for speeding") and share a name (the day, the person, the place: "Sunday"). A moment is
 * put to an act, so two clock times are compared when their sentences tell one act, even when the rest of their
 * words differ; "walked into the office" and "shots were heard" are two acts, and "hit on Evergreen Avenue on
 * Sunday" and "hit on 97th Avenue" share no name but a street's head word.
 */
export function sameAct(a: Unit, b: Unit): boolean {
  if (sameHappening(a, b)) return true;
  const other = actsOf(b);
  const shared = [...actsOf(a)].filter((t) => other.has(t));
  if (shared.length === 0) return false;
  const names = namesOf(a);
  return [...namesOf(b)].some((n) => names.has(n));
}

/** The words of a sentence's names, lower case, heads of street and place names aside: "sunday", "bentley", "chohan". */
function namesOf(unit: Unit): Set<string> {
  return new Set(unit.entities.flatMap((e) => e.toLowerCase().split(/\s+/u)).filter((w) => w.length > 2 && !PLACE_HEAD.test(w)));
}
