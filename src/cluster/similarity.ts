import { ENTITY, NUMBER } from './article-terms.ts';
import type { ClusterOptions } from './options.ts';
import { dot, forEachNamed, type SparseVector } from './sparse-vector.ts';
import type { ReportedQuantity } from './reported-quantities.ts';
import type { StoryState } from './story-state.ts';
import { FIGURE, NAME, WORD } from './term-table.ts';
import { shareTable, TermVector } from './term-vector.ts';

/** Something with a direction in term space, its heaviest specific terms and, maybe, a range of publication dates. */
export interface Scorable {
  vector: SparseVector;
  vectorNorm: number;
  /** Heaviest entity and number terms with their weights. */
  specifics: [string, number][];
  dated: { min: number; max: number } | null;
  /** False for headline-only items and stories, whose few names say little about what they leave out. */
  detailed: boolean;
  /** For a story, how many members give each year ("#2012" -> 3), for the merge test; articles leave it out. */
  years?: Map<string, number>;
  /** For a story, how many reports it holds. */
  reports?: number;
  /** For a story, how many members give each name and number ("@reid" -> 5); articles leave it out. */
  mentions?: Map<string, number>;
  /** The fixed figures (magnitudes, sums) each report gives: one entry for an article, one per member for a story that keeps its members. */
  figures?: ReportedQuantity[][];
}

type Tuning = Pick<
  ClusterOptions,
  'timeHalfLifeHours' | 'agreementFloor' | 'namelessHeadlineGate' | 'conflictFactor' | 'headlineConflictFactor' | 'textSpecificTerms'
>;

/**
 * How likely two sides report the same event: cosine of their vectors, scaled down when the heaviest
 * names and numbers (who, where, how many) of one side are missing from the other (between two texts
 * only the `textSpecificTerms` heaviest are asked: a text's third name is often a spokesman or a
 * venue another report of the event need not give), and discounted by
 * time apart. Two earthquakes share "quake", "magnitude", "killed" but not the place and the toll;
 * the gate keeps word overlap alone from joining them. When the single heaviest name of each side is
 * missing from the other (two climbers, two fires, two towns), the score is cut by `conflictFactor`,
 * or by the milder `headlineConflictFactor` when one side is a headline only (it names fewer things);
 * two headlines name too little for that test, but two stories of headlines whose main names each
 * recur in several of their own headlines get the full cut before a merge. A headline side that names
 * no one at all ("Judge sentences courthouse gunman to life") cannot show agreement by names, nor can
 * the other side's names be found in it, so its gate does not fall below `namelessHeadlineGate`.
 * Before a merge the same cut applies when the year most of one story's reports give is one few of
 * the other's give. For an article against a story it is enough that one side's names appear in the
 * other (a headline names few things); `mutual` (story against story, before a merge) asks both
 * sides' names to appear in the other, unless both are headlines only. A story of texts merging with
 * a story of headlines is asked too: its names are those most of its reports give (who and where),
 * which headlines of the event give as well, while the one-sided test let a few headlines naming only
 * the place ("climber dies on Mount Cook") pull in a story of texts about another climber there.
 * ECB+ full text, 13-order mean 0.9204 -> 0.9216, file order 0.927 -> 0.929; headlines unchanged.
 * Gate and time factor never exceed 1, so when the cosine alone is at most `floor` (the bar a caller
 * will compare against) the rest is not worked out and 0 comes back.
 */
export function similarity(a: Scorable, b: Scorable, options: Tuning, mutual = false, floor = 0): number {
  const n = a.vectorNorm * b.vectorNorm;
  if (n === 0) return 0;
  const cos = dot(a.vector, b.vector) / n;
  if (cos <= floor || !sharesAWord(a.vector, b.vector)) return 0;
  const checked = a.detailed && b.detailed ? options.textSpecificTerms : Infinity;
  const ab = coverage(a.specifics.slice(0, checked), b.vector);
  const ba = coverage(b.specifics.slice(0, checked), a.vector);
  const agreement = mutual && (a.detailed || b.detailed) ? Math.min(ab, ba) : lenientAgreement(a, b, ab, ba);
  let gate = options.agreementFloor + (1 - options.agreementFloor) * agreement;
  if (namesNoOne(a) || namesNoOne(b)) gate = Math.max(gate, options.namelessHeadlineGate);
  const topA = a.specifics[0];
  const topB = b.specifics[0];
  if (topA && topB && !holds(b.vector, topA[0]) && !holds(a.vector, topB[0]))
    gate *= nameConflictFactor(a, b, options, mutual && confirmed(a, topA[0]) && confirmed(b, topB[0]));
  if (mutual && yearsDiffer(a, b)) gate *= options.conflictFactor;
  return cos * gate * timeFactor(a.dated, b.dated, options.timeHalfLifeHours);
}

/** A headline (or headlines-only story) whose heaviest specifics hold no name, only figures or nothing: the gate cannot read who it is about. */
export function namesNoOne(s: Scorable): boolean {
  return !s.detailed && !s.specifics.some(([t]) => t.startsWith(ENTITY));
}

/** The better of the two coverages; a side with no names neither vouches for nor objects to the other's. */
export function lenientAgreement(a: Scorable, b: Scorable, ab: number, ba: number): number {
  if (a.specifics.length === 0) return ba;
  if (b.specifics.length === 0) return ab;
  return Math.max(ab, ba);
}

/**
 * Cut when each side's main name is missing from the other: full for two texts with bodies, milder
 * when one is a headline, none for two headlines, unless they are two stories whose main names are
 * `confirmedNames` (each given by several of its own headlines): a name one headline gives may be a
 * guess from case or chance wording, but one that keeps coming back in a story's headlines is whom
 * or where the story is about, and two such names that never meet are two events.
 */
function nameConflictFactor(a: Scorable, b: Scorable, options: Tuning, confirmedNames: boolean): number {
  if (a.detailed && b.detailed) return options.conflictFactor;
  if (a.detailed || b.detailed) return options.headlineConflictFactor;
  return confirmedNames ? options.conflictFactor : 1;
}

/** Fewest reports of a story that must give its main name for it to be confirmed: two can be chance wording. */
const CONFIRMING_REPORTS = 3;

function confirmed(s: Scorable, name: string): boolean {
  return (s.mentions?.get(name) ?? 0) >= CONFIRMING_REPORTS;
}

/** Numbers alone ("30", "2005") do not make two texts one event; some word or name must be shared. */
export function sharesAWord(a: SparseVector, b: SparseVector): boolean {
  if (a instanceof TermVector && b instanceof TermVector) return sharesATermById(a, b);
  for (const t of a.keys()) if (!t.startsWith(NUMBER) && b.has(t)) return true;
  return false;
}

/** sharesAWord over two TermVectors' ids: no string is made or hashed for each of a's terms (asked of every candidate story). */
function sharesATermById(a: TermVector, b: TermVector): boolean {
  shareTable(a, b);
  const kinds = a.table.kinds;
  const ids = a.ids;
  for (let i = 0; i < a.length; i++) {
    const id = ids[i]!;
    if (kinds[id] !== FIGURE && b.indexOfId(id) >= 0) return true;
  }
  return false;
}

/**
 * Whether the year most of each side's reports give ("#2008", "#2013") is one few reports of the
 * other give: the 2008 and 2013 elections are two events. Reports are counted one each, not by
 * weight: an event's own year is in most reports of the week and so weighs little, while a year
 * recalled once ("since 1935") is rare and weighs much, and a pruned centroid may have dropped the
 * common one. A later event's reports often recall the earlier one's year, so a year given by
 * under `YEAR_SHARE` of a side's reports is not that side's. The test needs one side whose main
 * year at least two reports and `YEAR_SHARE` of them give: years a few reports recall (a birth
 * year, a founding year, an earlier case) say nothing of the event.
 */
function yearsDiffer(a: Scorable, b: Scorable): boolean {
  const [ya, na] = mainYear(a);
  const [yb, nb] = mainYear(b);
  if (ya === null || yb === null || !(settled(a, na) || settled(b, nb))) return false;
  return yearShare(b, ya) < YEAR_SHARE && yearShare(a, yb) < YEAR_SHARE;
}

/** A year fewer than half of a side's reports give is recalled there, not reported. */
const YEAR_SHARE = 0.5;

/** Whether a side's main year, given by `count` of its reports, is the year its reports agree on. */
function settled(s: Scorable, count: number): boolean {
  return count >= 2 && count / Math.max(1, s.reports ?? 1) >= YEAR_SHARE;
}

/** The year most members give (the heavier in the centroid on a tie) and how many give it. */
function mainYear(s: Scorable): [string | null, number] {
  if (!s.years) return [null, 0];
  let best: string | null = null;
  let count = 0;
  for (const [t, n] of s.years)
    if (n > count || (n === count && (s.vector.get(t) ?? 0) > (s.vector.get(best ?? '') ?? 0))) {
      best = t;
      count = n;
    }
  return [best, count];
}

/**
 * How an article's year stands to a story's: 'agree' when the year the article weighs most is the
 * year the story's reports agree on (see settled), 'conflict' when it is one under `YEAR_SHARE` of
 * the story's reports give, 'none' when either side has no such year. The article's own year is its
 * heaviest: an article repeats its event's year (headline, lead) and recalls others once.
 */
export function yearRelation(article: Scorable, story: Scorable): 'agree' | 'conflict' | 'none' {
  const [main, count] = mainYear(story);
  if (main === null || !settled(story, count)) return 'none';
  let own = null as string | null;
  let heaviest = 0;
  article.vector.forEach((w, t) => {
    if (isYear(t) && (own === null || w > heaviest)) [own, heaviest] = [t, w];
  });
  if (own === null) return 'none';
  if (own === main) return 'agree';
  return yearShare(story, own) < YEAR_SHARE ? 'conflict' : 'none';
}

function yearShare(s: Scorable, year: string): number {
  return (s.years?.get(year) ?? 0) / Math.max(1, s.reports ?? 1);
}

/**
 * Whether a term is a year ("#2012"): /^#(19|20)\d\d$/, read by character codes (asked of every name and number of
 * every member at each split check and second look).
 */
export function isYear(term: string): boolean {
  if (term.length !== 5 || term.charCodeAt(0) !== HASH) return false;
  const c1 = term.charCodeAt(1);
  const c2 = term.charCodeAt(2);
  return ((c1 === 49 && c2 === 57) || (c1 === 50 && c2 === 48)) && isAsciiDigit(term.charCodeAt(3)) && isAsciiDigit(term.charCodeAt(4));
}

const HASH = 35;
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

export function holds(vector: SparseVector, term: string): boolean {
  return vector.has(term) || (term.startsWith(ENTITY) && vector.has(term.slice(1)));
}

/** Share of the weight of `specifics` whose term (as entity, number or plain word) the vector holds; 1 when none. */
export function coverage(specifics: [string, number][], vector: SparseVector): number {
  let total = 0;
  let found = 0;
  for (const [term, w] of specifics) {
    total += w;
    if (vector.has(term) || (term.startsWith(ENTITY) && vector.has(term.slice(1)))) found += w;
  }
  return total === 0 ? 1 : found / total;
}

/**
 * The heaviest single-word entity and number terms of a vector (pairs like "@tara_reid" would repeat a
 * name), names written as part of a full name ("Dana Korr", "Bram Lestan") first. By weight alone
 * the rarest words win, and early in a stream a word seen for the first time is the rarest: a report
 * that "Dana Korr, the Harbour Lights actress, has checked into rehab" would be checked for "Harbour"
 * and "Lights" (or any capitalised word first seen), not for whom it is about.
 */
export function specificsOf(vector: SparseVector, n: number, reports?: Map<string, number>): [string, number][] {
  if (reports === undefined && vector instanceof TermVector) return specificTermsOf(vector, n, null);
  // One pass sorts the terms out: pairs give the words of full names, single names and numbers are candidates.
  const inFullName = new Set<string>();
  const candidates: string[] = [];
  const weights: number[] = [];
  // With `reports` (how many reports give each name and number of the vector), a term weighs its count times its weight.
  // (Only names and numbers are read: forEachNamed passes over the other terms of a vector without reading them.)
  forEachNamed(reports ?? vector, (x, t) => {
    const c = t.charCodeAt(0);
    if (c === ENTITY_CODE && t.includes('_')) {
      for (const part of nameParts(t)) inFullName.add(part);
      return;
    }
    candidates.push(t);
    weights.push(reports ? x * (vector.get(t) ?? 0) : x);
  });
  const top = new Top(n);
  for (let i = 0; i < candidates.length; i++) top.consider(inFullName.has(candidates[i]!), candidates[i]!, weights[i]!);
  return top.pairs();
}

/**
 * specificsOf for a TermVector, by term id: full names give the ids of their words (TermTable.partsOf) and candidates
 * are asked by id whether they are one, with no string looked up or set built. With `reports`, as specificsOf given
 * a story's mention counts and its centroid's names and numbers: the vector's names and numbers that `reports` counts,
 * each weighing its count times its weight (see storySpecificsOf).
 */
function specificTermsOf(vector: TermVector, n: number, reports: Map<string, number> | null): [string, number][] {
  const table = vector.table;
  const kinds = table.kinds;
  const terms = table.terms;
  const ids = vector.ids;
  const weights = vector.weights;
  const length = vector.length;
  if (fullNameMarks.length < table.size) fullNameMarks = new Int32Array(Math.max(2 * fullNameMarks.length, table.size));
  const marks = fullNameMarks;
  if (markStamp === 0x7fffffff) {
    marks.fill(0);
    markStamp = 0;
  }
  const stamp = ++markStamp;
  // Candidates' ids, with their weights, in arrays kept between calls; full names mark their words first.
  if (candidateIds.length < length) {
    candidateIds = new Int32Array(2 * length);
    candidateWeights = new Float64Array(2 * length);
  }
  const at = candidateIds;
  const ws = candidateWeights;
  let candidates = 0;
  for (let i = 0; i < length; i++) {
    const id = ids[i]!;
    if (kinds[id] === WORD) continue;
    let w = weights[i]!;
    if (reports !== null) {
      const count = reports.get(terms[id]!);
      if (count === undefined) continue;
      w = count * w;
    }
    const parts = kinds[id] === NAME ? table.partsOf(id) : null;
    if (parts !== null) {
      for (let k = 0; k < parts.length; k++) if (parts[k]! >= 0) marks[parts[k]!] = stamp;
      continue;
    }
    at[candidates] = id;
    ws[candidates++] = w;
  }
  const top = new Top(n);
  for (let i = 0; i < candidates; i++) top.consider(marks[at[i]!] === stamp, terms[at[i]!]!, ws[i]!);
  return top.pairs();
}

/** specificTermsOf's candidates, kept for the next call: a story's specifics are worked out again at every arrival. */
let candidateIds = new Int32Array(1024);
let candidateWeights = new Float64Array(1024);

/**
 * The `n` best terms considered so far, best first (see `above`): one ranking above the last of them goes in, moving
 * those below it down one, and the last falls off when all `n` places are taken. Kept as three lists and paired only
 * at the end: most terms that make the list leave it again.
 */
class Top {
  private readonly terms: string[] = [];
  private readonly weights: number[] = [];
  /** Which are words of full names. */
  private readonly full: boolean[] = [];

  constructor(private readonly n: number) {}

  consider(f: boolean, t: string, w: number): void {
    const { terms, weights, full, n } = this;
    if (terms.length === n && !above(f, t, w, full[n - 1]!, terms[n - 1]!, weights[n - 1]!)) return;
    let k = terms.length === n ? n - 1 : terms.length;
    while (k > 0 && above(f, t, w, full[k - 1]!, terms[k - 1]!, weights[k - 1]!)) {
      terms[k] = terms[k - 1]!;
      weights[k] = weights[k - 1]!;
      full[k] = full[k - 1]!;
      k--;
    }
    terms[k] = t;
    weights[k] = w;
    full[k] = f;
  }

  pairs(): [string, number][] {
    return this.terms.map((t, i) => [t, this.weights[i]!]);
  }
}

/** By term id, the stamp of the last specificTermsOf call in which the term was a word of a full name. */
let fullNameMarks = new Int32Array(1 << 16);
let markStamp = 0;

/**
 * The specifics of a story with bodies (specificsOf given its mention counts): its centroid's names and numbers, each
 * weighing how many reports give it times its weight. Asks the centroid's entries in one pass by id; `mentions`
 * must hold only terms the centroid holds (refresh drops the rest first), as it does after every refresh.
 */
export function storySpecificsOf(centroid: SparseVector, n: number, mentions: Map<string, number>): [string, number][] {
  if (!(centroid instanceof TermVector)) {
    const named = new Map<string, number>();
    forEachNamed(centroid, (w, t) => named.set(t, w));
    return specificsOf(named, n, mentions);
  }
  return specificTermsOf(centroid, n, mentions);
}

/** Whether a candidate ranks above an entry: in a full name first, then heavier, then earlier by term. */
function above(full: boolean, t: string, w: number, entryFull: boolean, term: string, weight: number): boolean {
  if (full !== entryFull) return full;
  return w > weight || (w === weight && t < term);
}

const ENTITY_CODE = ENTITY.charCodeAt(0);
/** Entity terms of the words of each full-name term ("@tara_reid" -> "@tara", "@reid"), remembered: a centroid's names come back at every refresh. */
const partsOfName = new Map<string, string[]>();

function nameParts(pair: string): string[] {
  let parts = partsOfName.get(pair);
  if (!parts) {
    if (partsOfName.size >= 100_000) partsOfName.clear();
    parts = pair
      .slice(1)
      .split('_')
      .map((w) => ENTITY + w);
    partsOfName.set(pair, parts);
  }
  return parts;
}

/** 1 for overlapping or unknown dates, halving every `halfLifeHours` of gap beyond half a day. */
export function timeFactor(a: Scorable['dated'], b: Scorable['dated'], halfLifeHours: number): number {
  if (!a || !b) return 1;
  const gapMs = Math.max(0, a.min - b.max, b.min - a.max);
  const hours = Math.max(0, gapMs / 3_600_000 - 12);
  return Math.pow(0.5, hours / halfLifeHours);
}

/**
 * A story viewed as a Scorable, its members' figures with it only when asked for: only a join model's evidence reads
 * them (see joinEvidence), and bestMatch views every candidate story, at each arrival, without them.
 */
export function storyScorable(s: StoryState, withFigures = false): Scorable {
  return {
    vector: s.centroid,
    vectorNorm: s.centroidNorm,
    specifics: s.specifics,
    dated: s.dated,
    detailed: s.detailed,
    years: s.years,
    reports: s.articleIds.length,
    mentions: s.mentions,
    figures: withFigures ? s.members?.map((m) => m.quantities) : undefined,
  };
}
