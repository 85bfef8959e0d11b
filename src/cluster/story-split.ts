import { headlinesApart } from './headline-subjects.ts';
import type { ClusterOptions } from './options.ts';
import { similarity, specificsOf, type Scorable } from './similarity.ts';
import { addInto, dot, norm, pruneTo, type SparseVector } from './sparse-vector.ts';
import type { Member } from './story-state.ts';

type Tuning = Pick<ClusterOptions, 'centroidTerms' | 'specificTerms' | 'splitThreshold' | 'timeHalfLifeHours' | 'agreementFloor' | 'conflictFactor' | 'headlineConflictFactor'>;

/** Rounds of reassignment when dividing a story's members in two. */
const ROUNDS = 4;
/** Members tried as the centre of a second event. */
const SEEDS = 3;

/**
 * Whether a small story holds two events, and if so its members divided in two (the group holding
 * the first member first). Members are divided by two-means over their vectors, seeded with the
 * first member and each of the few members least like it, keeping the tightest division; the groups
 * are two events when their headlines are about different subjects (see headlinesApart), or when,
 * seen as two stories, they score under `splitThreshold` against each other with the lenient test
 * an article's join uses (one side's names found in the other). Two arrests of two players of one
 * team, joined through the words they share, come apart here once each has a few reports whose
 * headlines name only their own player, even though the later reports recall the earlier arrest in
 * their bodies and so score well above `splitThreshold`. Groups of headlines are split the same way
 * (a feed of headlines mixes two fights of one boxer as readily as texts do), but a group of
 * headlines is not set against a group of texts by the score: it differs from them by naming less,
 * not by being another event.
 */
export function splitOf({ members, minGroup, options }: { members: Member[]; minGroup: number; options: Tuning }): [Member[], Member[]] | null {
  let best: [Member[], Member[]] | null = null;
  let tightest = -Infinity;
  for (const far of seeds(members)) {
    const groups = twoMeans(members, far);
    if (groups[0].length < minGroup || groups[1].length < minGroup) continue;
    const t = cohesion(groups[0]) + cohesion(groups[1]);
    if (t > tightest) { tightest = t; best = groups; }
  }
  if (!best) return null;
  if (headlinesApart(best[0], best[1])) return best;
  const [a, b] = [groupScorable(best[0], options), groupScorable(best[1], options)];
  if (a.detailed !== b.detailed) return null;
  return similarity(a, b, options) < options.splitThreshold ? best : null;
}

/** The members least like the first one: candidate centres of a second event. */
function seeds(members: Member[]): Member[] {
  const first = members[0]!;
  return members.slice(1).map((m) => ({ m, s: dot(first.vector, m.vector) })).sort((x, y) => x.s - y.s).slice(0, SEEDS).map((x) => x.m);
}

/** How closely members gather around their mean direction: the length of their summed unit vectors. */
function cohesion(members: Member[]): number {
  const v: SparseVector = new Map();
  for (const m of members) addInto(v, m.vector);
  return norm(v);
}

function twoMeans(members: Member[], far: Member): [Member[], Member[]] {
  const first = members[0]!;
  let centres: [SparseVector, SparseVector] = [first.vector, far.vector];
  let split: boolean[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const next = members.map((m) => m !== first && (m === far || dot(m.vector, centres[1]) > dot(m.vector, centres[0])));
    if (next.every((b, i) => b === split[i])) break;
    split = next;
    centres = [unitSum(members.filter((_, i) => !split[i])), unitSum(members.filter((_, i) => split[i]))];
  }
  return [members.filter((_, i) => !split[i]), members.filter((_, i) => split[i])];
}

function unitSum(members: Member[]): SparseVector {
  const v: SparseVector = new Map();
  for (const m of members) addInto(v, m.vector);
  const n = norm(v);
  if (n > 0) for (const [k, w] of v) v.set(k, w / n);
  return v;
}

/** Members seen together as one story. */
function groupScorable(members: Member[], options: Tuning): Scorable {
  const vector: SparseVector = new Map();
  for (const m of members) addInto(vector, m.vector);
  pruneTo(vector, options.centroidTerms);
  let dated: Scorable['dated'] = null;
  for (const m of members) if (m.dated) dated = dated ? { min: Math.min(dated.min, m.dated.min), max: Math.max(dated.max, m.dated.max) } : m.dated;
  return { vector, vectorNorm: norm(vector), specifics: specificsOf(vector, options.specificTerms), dated, detailed: members.some((m) => m.detailed) };
}

