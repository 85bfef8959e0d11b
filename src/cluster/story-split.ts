import { headlinesApart } from './headline-subjects.ts';
import type { ClusterOptions } from './options.ts';
import { quantitiesApart, rivalCamps } from './reported-quantities.ts';
import { isYear, similarity, specificsOf, type Scorable } from './similarity.ts';
import { addInto, dot, emptyVector, forEachNamed, norm, pruneTo, type SparseVector } from './sparse-vector.ts';
import type { Member } from './story-state.ts';

type Tuning = Pick<
  ClusterOptions,
  | 'centroidTerms'
  | 'specificTerms'
  | 'splitThreshold'
  | 'headlineSplitShare'
  | 'timeHalfLifeHours'
  | 'agreementFloor'
  | 'namelessHeadlineGate'
  | 'conflictFactor'
  | 'headlineConflictFactor'
  | 'textSpecificTerms'
>;

/** Rounds of reassignment when dividing a story's members in two. */
const ROUNDS = 4;
/**
 * Fewest members on each side for the score alone to split a story. Two groups of three reports of
 * one event often score under `splitThreshold` (a trial's opening-day and verdict reports, an
 * arrest's first and follow-up reports), about as often as groups of three of two events do; a
 * fourth report on each side steadies both centroids. Headlines naming different subjects, or
 * different figures, still split groups of `minGroup`: they say what each group is about.
 */
const MIN_SCORE_GROUP = 4;
/** Members tried as the centre of a second event. */
const SEEDS = 3;

/**
 * Whether a small story holds two events, and if so its members divided in two (the group holding
 * the first member first). Members are first divided by a figure they disagree on: when the reports
 * giving a quake's magnitude or a sum fall into two camps of clearly different values (5.6 / 5.9;
 * 85 million / 2 million euros), the camps stay put and every other member joins the camp whose mean
 * vector is closer; the groups are two events when each group's figure is one the other's reports do
 * not give (see quantitiesApart). The later event's reports recall the earlier one in their bodies,
 * so words and names alone stay shared, but each report gives its own event's figures in its lead.
 * Otherwise members are divided by two-means, seeded with the first member and each of the few
 * members least like it, keeping the division whose sides gather closest; first over what each
 * member says that the story's mean does not (see distinctive), then, when that division is not two
 * events, over the whole vectors. The groups are two events when their headlines are about different
 * subjects (see headlinesApart) or their figures differ, or when, seen as two stories, they score
 * under `splitThreshold` against each other with the lenient test an article's join uses (one
 * side's names found in the other); `headlineSplitShare` of it for two groups of headlines. Two arrests of two players of
 * one team, joined through the words they share, come apart here once each has a few reports whose
 * headlines name only their own player, even though the later reports recall the earlier arrest in
 * their bodies and so score well above `splitThreshold`. Groups of headlines are split the same way
 * (a feed of headlines mixes two fights of one boxer as readily as texts do), but a group of
 * headlines is not set against a group of texts by the score: it differs from them by naming less,
 * not by being another event.
 */
export function splitOf({
  members,
  minGroup,
  options,
}: {
  members: Member[];
  minGroup: number;
  options: Tuning;
}): [Member[], Member[]] | null {
  const gram = gramOf(members);
  const byFigures = figureSplit(members, gram, minGroup);
  if (byFigures) return byFigures;
  let tried: boolean[] | null = null;
  for (const grouping of [distinctive(gram), gram]) {
    const second = tightestDivision(grouping, gram, minGroup);
    // Over whole vectors two-means often divides the members as it did over what each says alone (a fifth of the
    // divisions tried on ECB+): that division was just found to be no two events, and would be again.
    if (!second || (tried !== null && sameDivision(tried, second))) continue;
    tried = second;
    const groups = divide(members, second);
    if (shareLanguage(groups) && twoEvents(groups, options)) return groups;
  }
  return null;
}

/**
 * Whether a language is on both sides of a division by words (or a side's language is unknown). Reports in
 * different languages share few words whatever they tell, so sides of no language in common are no evidence of
 * two events: five reports of the Qeshm quake in Spanish, French, Italian, Portuguese and German had been split off
 * its English reports as another story (a division by figures, which every language gives, still stands).
 */
function shareLanguage([a, b]: [Member[], Member[]]): boolean {
  const languages = new Set(a.map((m) => m.language));
  return languages.has(undefined) || b.some((m) => m.language === undefined || languages.has(m.language));
}

/**
 * Two-means over `grouping`, seeded with the first member and each of the few least like it; of the
 * divisions with `minGroup` members a side, the one whose sides gather closest in `gram` (the
 * members' own vectors), or null when none has.
 */
function tightestDivision(grouping: Gram, gram: Gram, minGroup: number): boolean[] | null {
  let best: boolean[] | null = null;
  let tightest = -Infinity;
  for (const far of seeds(grouping)) {
    const second = twoMeans(grouping, far);
    const size = second.filter(Boolean).length;
    if (size < minGroup || gram.n - size < minGroup) continue;
    const t = cohesion(gram, second, false) + cohesion(gram, second, true);
    if (t > tightest) {
      tightest = t;
      best = second;
    }
  }
  return best;
}

/** Whether two groups of a story's members are two events (see splitOf). */
function twoEvents(groups: [Member[], Member[]], options: Tuning): boolean {
  if (headlinesApart(groups[0], groups[1]) || figuresApart(groups)) return true;
  if (groups[0].length < MIN_SCORE_GROUP || groups[1].length < MIN_SCORE_GROUP) return false;
  // Headlines against texts are not scored (see splitOf): asked before either side's centroid is summed.
  if (groups[0].some((m) => m.detailed) !== groups[1].some((m) => m.detailed)) return false;
  const [a, b] = [groupScorable(groups[0], options), groupScorable(groups[1], options)];
  return similarity(a, b, options) < options.splitThreshold * (a.detailed ? 1 : options.headlineSplitShare);
}

/** Members divided around two camps of reports giving clearly different figures, when the groups differ in them. */
function figureSplit(members: Member[], gram: Gram, minGroup: number): [Member[], Member[]] | null {
  const camps = rivalCamps(members.map((m) => m.quantities));
  if (!camps) return null;
  const groups = divide(members, campMeans(gram, camps));
  return groups[0].length >= minGroup && groups[1].length >= minGroup && figuresApart(groups) ? groups : null;
}

function figuresApart([a, b]: [Member[], Member[]]): boolean {
  return quantitiesApart(
    a.map((m) => m.quantities),
    b.map((m) => m.quantities),
  );
}

function sameDivision(a: boolean[], b: boolean[]): boolean {
  return a.length === b.length && a.every((side, i) => side === b[i]);
}

/** The members on each side of a division (`second` true for the second group). */
function divide(members: Member[], second: boolean[]): [Member[], Member[]] {
  return [members.filter((_, i) => !second[i]), members.filter((_, i) => second[i])];
}

/** Members divided around two camps (by index) that stay put, the rest joining the closer camp's mean; the first member's side comes first. */
function campMeans(gram: Gram, camps: [number[], number[]]): boolean[] {
  const pinned = new Map<number, boolean>([
    ...camps[0].map((i): [number, boolean] => [i, false]),
    ...camps[1].map((i): [number, boolean] => [i, true]),
  ]);
  let split = Array.from({ length: gram.n }, (_, i) => pinned.get(i) ?? false);
  for (let round = 0; round < ROUNDS; round++) {
    const near0 = towards(gram, split, false);
    const near1 = towards(gram, split, true);
    const next = split.map((_, i) => pinned.get(i) ?? near1(i) > near0(i));
    if (next.every((b, i) => b === split[i])) break;
    split = next;
  }
  return split[0] ? split.map((b) => !b) : split;
}

/**
 * Dot products of every pair of members. Two-means only ever needs a member's dot product with a
 * group's unit sum, Σ dot(m, j) / |Σ j|, and |Σ j|² = Σ dot(i, j), so one small matrix replaces
 * summing and re-reading sparse vectors in every round.
 */
interface Gram {
  n: number;
  dots: Float64Array;
}

function gramOf(members: Member[]): Gram {
  const n = members.length;
  const dots = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const d = pairDot(members[i]!.vector, members[j]!.vector);
      dots[i * n + j] = d;
      dots[j * n + i] = d;
    }
  }
  return { n, dots };
}

/**
 * The members' vectors less the story's mean vector, as unit vectors: what each report says that the
 * story's reports do not all say. Two events of one kind in one place share most of their words and
 * names (the later one's reports recall the earlier), so over whole vectors two-means divides the
 * reports by how much of that shared vocabulary they carry (long against short, wordy against
 * terse), not by event; with the shared part taken away, the part left is each report's own event.
 * Worked out from the dot products alone: (a - m)·(b - m) = a·b - a·m - b·m + m·m.
 */
function distinctive({ n, dots }: Gram): Gram {
  const towardsMean = new Float64Array(n);
  let meanSquared = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) towardsMean[i] = towardsMean[i]! + dots[i * n + j]! / n;
    meanSquared += towardsMean[i]! / n;
  }
  const centred = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) centred[i * n + j] = dots[i * n + j]! - towardsMean[i]! - towardsMean[j]! + meanSquared;
  const length = Array.from({ length: n }, (_, i) => Math.sqrt(Math.max(0, centred[i * n + i]!)));
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      if (length[i]! > NOTHING_LEFT && length[j]! > NOTHING_LEFT) out[i * n + j] = centred[i * n + j]! / (length[i]! * length[j]!);
  }
  return { n, dots: out };
}

/** A member this close to the story's mean says nothing of its own (unit vectors, so lengths are 0..2). */
const NOTHING_LEFT = 1e-9;

/**
 * Dot products of member vectors worked out so far, by vector (a member's vector never changes).
 * A story is checked for a split at 6, 7, 8, 12… members, and between checks only the newcomers are
 * new, so each pair is worked out once instead of at every check (809 products to 300 for a story
 * reaching 24 members). Weak keys: the products go with the members.
 */
const pairDots = new WeakMap<SparseVector, Map<SparseVector, number>>();

function pairDot(a: SparseVector, b: SparseVector): number {
  const known = pairDots.get(a)?.get(b) ?? (a.size !== b.size ? pairDots.get(b)?.get(a) : undefined);
  if (known !== undefined) return known;
  // dot() sums over the smaller vector, so (a, b) and (b, a) are the same sum unless the sizes are equal.
  const d = dot(a, b);
  let row = pairDots.get(a);
  if (!row) pairDots.set(a, (row = new Map()));
  row.set(b, d);
  return d;
}

/** The members least like the first one (index 0): candidate centres of a second event. */
function seeds({ n, dots }: Gram): number[] {
  const others = Array.from({ length: n - 1 }, (_, k) => k + 1);
  return others.sort((x, y) => dots[x]! - dots[y]!).slice(0, SEEDS);
}

/** Length of the sum of the unit vectors of one side (`second` true or false): how closely they gather. */
function cohesion({ n, dots }: Gram, second: boolean[], side: boolean): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (second[i] !== side) continue;
    for (let j = 0; j < n; j++) if (second[j] === side) sum += dots[i * n + j]!;
  }
  return Math.sqrt(Math.max(0, sum));
}

/** Divides the members between the first one and `far`: true for those nearer the second centre. */
function twoMeans(gram: Gram, far: number): boolean[] {
  const { n, dots } = gram;
  // Round 0 centres are the two members themselves; later ones are the unit sums of the sides.
  let near0 = (m: number): number => dots[m * n]!;
  let near1 = (m: number): number => dots[m * n + far]!;
  let split: boolean[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const next: boolean[] = [];
    for (let m = 0; m < n; m++) next.push(m !== 0 && (m === far || near1(m) > near0(m)));
    if (next.every((b, i) => b === split[i])) break;
    split = next;
    near0 = towards(gram, split, false);
    near1 = towards(gram, split, true);
  }
  return split;
}

/** A member's dot product with the unit sum of one side. */
function towards(gram: Gram, second: boolean[], side: boolean): (m: number) => number {
  const { n, dots } = gram;
  const length = cohesion(gram, second, side);
  return (m) => {
    let sum = 0;
    for (let j = 0; j < n; j++) if (second[j] === side) sum += dots[m * n + j]!;
    return length > 0 ? sum / length : sum;
  };
}

/** Members seen together as one story: its centroid, names, dates, the years its reports give and their figures. */
export function groupScorable(members: Member[], options: Tuning): Scorable {
  // Room for every member's terms at once: grown member by member, it was allocated and copied again and again.
  let room = 0;
  for (const m of members) room += m.vector.size;
  const vector = emptyVector(room);
  const years = new Map<string, number>();
  for (const m of members) {
    addInto(vector, m.vector);
    // Years are numbers ("#2012"): only names and numbers are read, not every word of the member.
    forEachNamed(m.vector, (_, t) => {
      if (isYear(t)) years.set(t, (years.get(t) ?? 0) + 1);
    });
  }
  pruneTo(vector, options.centroidTerms);
  let dated: Scorable['dated'] = null;
  for (const m of members)
    if (m.dated) dated = dated ? { min: Math.min(dated.min, m.dated.min), max: Math.max(dated.max, m.dated.max) } : m.dated;
  return {
    vector,
    vectorNorm: norm(vector),
    specifics: specificsOf(vector, options.specificTerms),
    dated,
    detailed: members.some((m) => m.detailed),
    years,
    reports: members.length,
    figures: members.map((m) => m.quantities),
  };
}
