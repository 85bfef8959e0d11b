import type { FigureAt, NumberDivergence, NumberVariant } from '../domain/breakdown.ts';
import { overlaps } from '../text/numbers.ts';
import type { QuantityMention } from '../text/quantity-mentions.ts';
import { findAttribution } from './attribution.ts';
import { storyYear } from './background.ts';
import { backgroundSentences, looksBack } from '../text/looking-back.ts';
import { LEAD_SENTENCES, type Draft, type Unit } from './drafts.ts';
import { currencyName, figureOf, labelOf, sumKind } from './figures.ts';
import {
  asEstimated,
  figureClause,
  hasClauseBreak,
  isAge,
  isHypothetical,
  isPartOfTotal,
  ratePeriod,
  tellsOfAnotherEvent,
  tellsOfAsideEvent,
} from './figure-context.ts';
import { sharedCount, similarity } from '../text/terms.ts';
import { fullestName, readerName, sameParty } from './parties.ts';
import { findClockTimes, TIME_OF_DAY } from '../text/clock-times.ts';
import { byHappening, sameAct, sameHappening } from './happening.ts';
import { isOneDayCount, isRunningTotal, isSeveralDaysCount } from './running-total.ts';
import { isRevisedFigure } from './revised-figures.ts';
import { sameSubject, shareSubject, type ShareSubject } from './share-subject.ts';
import { sourceWords } from './source-names.ts';
import { findFramedCounts, sameFrame, type FramedCount } from '../text/framed-counts.ts';
import { findKeyedMeasures, isKeyedMeasure, type KeyedMeasure } from '../text/keyed-measures.ts';
import { isSpanAfter } from '../text/spans-after.ts';
import { isCurrentPlace, isPlaceInLine } from '../text/places-in-line.ts';
import { isBracketedRecord } from '../text/team-records.ts';
import { isTimeSpan } from '../text/time-spans.ts';
import { findQuakeDepths } from '../text/quake-depths.ts';
import { CROWD, gatheringPlaces } from '../text/crowd-sizes.ts';
import { teamNames } from './team-names.ts';
import { withCarriedAgent } from './carried-agents.ts';

/** Counts that only grow as news comes in: a later, higher figure is an update, not a conflict. */
const CUMULATIVE = new Set(['deaths', 'injured', 'missing', 'arrests', 'displaced', 'rescued']);
/**
 * Running counts that fall as a story goes on, as well as rise: the missing are found, the trapped reached, homes
 * reconnected. Lower figures in later reports are then an update ("fell from 40 to 12"), not a conflict.
 */
const DRAINING = new Set(['missing', 'trapped', 'without power']);
/**
 * Quantities that hold still while a story is told: a quake's magnitude, the time of day of a happening. Keyed
 * measures (a calibre, a team's record or a career total after the story's game) are read at one moment too.
 */
const FIXED = new Set(['magnitude', TIME_OF_DAY]);
/** Sums and shares name many different things in one story; two of them are one quantity only when close in value and about the same names. */
const CONTEXTUAL = (quantity: string): boolean => quantity === 'percent' || quantity.startsWith('money:');
/**
 * Two estimates of one sum rarely differ by more than this factor ($102 million and $160 million for one heist do
 * not); figures further apart are different sums ($75 million for a player's contract, $180 million for another's).
 */
const SAME_SUM_RATIO = 2;
/** Two sentences are on one subject when they share this many content terms at this cosine (percentages only). */
const SAME_SUBJECT = { similarity: 0.5, shared: 3 };
/** A death toll reported over at least this span, rising with time, is an update rather than a disagreement. */
const UPDATE_SPAN_MINUTES = 30;
/** Words saying a figure changed, within the mention: "the toll rose to 10". */
const RISE = /\b(rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|has grown|went up|now stands)\b/iu;

interface Entry {
  mention: QuantityMention;
  unit: Unit;
  outlet: string;
  party: string | null;
  /** Publication time of the report; null when unknown. */
  time: string | null;
  /** Names the sentence gives beyond the story's own and its sources: who a sum is paid to, which team offers it. */
  names: Set<string>;
  /** For a sum: what it is, read from the word nearest to it ("fee", "payout", "deal"), or its period ("per season"); null when no word says. */
  kind: string | null;
  /** For a share: what it is a share of ("turnout", "traffic to India"); no stems when unread or not a share. */
  subject: ShareSubject;
  /** For an open count (quantity "count"): its verb, agent and counted noun; undefined for keyed quantities. */
  frame?: FramedCount;
}

/** A record keyed by its team, and labelled by the name the story writes city and nickname together as, when it does. */
function asTeam(m: KeyedMeasure, team: { key: string; name: string | null }): KeyedMeasure {
  return { ...m, thing: team.key, ...(team.name !== null ? { label: `record of the ${team.name}` } : {}) };
}

/** Names (capitalised words) that at least half of the reports give: the story's own, which tell no sum apart. */
function storyNames(drafts: Draft[], within = Infinity): Set<string> {
  const counts = new Map<string, number>();
  for (const d of drafts)
    for (const n of new Set(d.units.filter((u) => u.index < within).flatMap((u) => u.entities.map((e) => e.toLowerCase()))))
      counts.set(n, (counts.get(n) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c * 2 >= drafts.length).map(([n]) => n));
}

/**
 * The story's own names: those that most of the reports naming them (more than half, and at least two) give in their
 * lead, where a report says what happened, to whom and where. A name most reports give only further down (another
 * club's offer, an earlier robbery) is a side party: a sum naming it is about it.
 */
function ownNames(drafts: Draft[], known: Set<string>): Set<string> {
  const named = new Map<string, number>();
  const inLead = new Map<string, number>();
  // A sentence's opening name counts as the sums' names do (`namesOf`): "Halvorsen Chips agreed to buy…" names Halvorsen.
  const namesIn = (u: Unit): string[] => [...u.entities, ...openingName(u.sentence, known)].map((e) => e.toLowerCase());
  for (const d of drafts) {
    for (const n of new Set(d.units.flatMap(namesIn))) named.set(n, (named.get(n) ?? 0) + 1);
    for (const n of new Set(d.units.filter((u) => u.index < LEAD_SENTENCES).flatMap(namesIn))) inLead.set(n, (inLead.get(n) ?? 0) + 1);
  }
  return new Set([...inLead].filter(([n, c]) => c >= 2 && c * 2 > named.get(n)!).map(([n]) => n));
}

/** Words of the names at least half of the reports give in their leads: the story's own people and places. */
function leadWords(drafts: Draft[]): Set<string> {
  return new Set([...storyNames(drafts, LEAD_SENTENCES)].flatMap((n) => n.split(/\s+/u)).filter((w) => w.length > 2));
}

/**
 * A quake's magnitude at least this far below the one most reports give is another quake's: an aftershock ("a quake
 * measuring 3.8 on the Richter scale at 09:10 hours on Monday" in a story of a 5.9), whose magnitude and time of day
 * are not readings of the story's own. Readings of one quake differ by tenths (5.2 to 5.6).
 */
const AFTERSHOCK_GAP = 1;

/** The magnitude most reports give (each report counted once per value); null when none gives one. */
function mainMagnitude(drafts: Draft[]): number | null {
  const counts = new Map<number, number>();
  for (const d of drafts)
    for (const v of new Set(d.units.flatMap((u) => u.mentions.filter((m) => m.quantity === 'magnitude').map((m) => m.value))))
      counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const [v, c] of counts) if (best === null || c > best[1] || (c === best[1] && v > best[0])) best = [v, c];
  return best?.[0] ?? null;
}

function collect(drafts: Draft[]): Map<string, Entry[]> {
  const year = storyYear(drafts);
  const magnitude = mainMagnitude(drafts);
  const aftershock = (unit: Unit): boolean =>
    magnitude !== null && unit.mentions.some((m) => m.quantity === 'magnitude' && magnitude - m.value >= AFTERSHOCK_GAP);
  const common = storyNames(drafts);
  const lead = leadWords(drafts);
  const known = new Set(drafts.flatMap((d) => d.units.flatMap((u) => u.entities.map((e) => e.toLowerCase()))));
  const own = ownNames(drafts, known);
  // A short form of one of the story's own names is the story's too: "Halvorsen" of "Halvorsen Chips", "Brisk" of "Brisk Graphics".
  const ownWords = new Set([...own].flatMap((n) => n.split(/\s+/u)));
  const team = teamNames(drafts);
  const byQuantity = new Map<string, Entry[]>();
  for (const draft of drafts) {
    const background = backgroundSentences(
      draft.units.map((u) => u.sentence),
      year,
    );
    for (const [k, unit] of draft.units.entries()) {
      const english = unit.language === null || unit.language === 'en';
      const read: QuantityMention[] = english
        ? [
            ...unit.mentions,
            ...findClockTimes(unit.sentence),
            ...findFramedCounts(unit.sentence, unit.mentions),
            // A team's record is keyed by the team, whether a report names its city or its nickname.
            ...findKeyedMeasures(unit.sentence).map((m) => (m.quantity === 'wins' ? asTeam(m, team(m.thing)) : m)),
          ]
        : [...unit.mentions, ...findQuakeDepths(unit.sentence, unit.language)];
      // A background sentence's figures are an earlier event's, but for a time after one when only that span looks back
      // ("died Thursday, a week after suffering a heart attack" tells the story's act), and a record in brackets and a
      // place in a line told in the present, which stand as the report is written.
      const current = (m: QuantityMention): boolean =>
        isBracketedRecord(m) || isCurrentPlace(m) || (isSpanAfter(m) && !looksBack(unit.sentence.replace(m.text, ''), year));
      const mentions = background[k] ? read.filter(current) : read;
      if (
        mentions.length === 0 ||
        isHypothetical(unit.sentence) ||
        aftershock(unit) ||
        tellsOfAnotherEvent(unit.sentence, unit.entities, common) ||
        tellsOfAsideEvent(unit.sentence, unit.entities, lead)
      )
        continue;
      const names = namesOf(unit, known, own, ownWords);
      for (const found of mentions) {
        // Ages, counts told in parts and estimates are readings of counts and sums; a clock time is none of them.
        const clock = found.quantity === TIME_OF_DAY || isKeyedMeasure(found);
        if (!clock && (isAge(unit.sentence, found) || isPartOfTotal(unit.sentence, found))) continue;
        const mention = clock ? found : asEstimated(unit.sentence, found);
        const entry: Entry = {
          mention,
          ...(found.quantity === OPEN_COUNT ? { frame: withCarriedAgent(found as FramedCount, draft.units, k, known) } : {}),
          unit,
          outlet: unit.outlet,
          party: partyOf(unit.sentence, mention.text),
          time: draft.article.publishedAt,
          names: CONTEXTUAL(mention.quantity) ? nearestNames(unit.sentence, names, mention.text) : names,
          kind: CONTEXTUAL(mention.quantity) ? kindOfSum(unit.sentence, mention) : null,
          subject:
            mention.quantity === 'percent'
              ? shareSubject(unit.sentence, mention, unit.entities, unit.language)
              : { stems: new Set<string>(), label: null },
        };
        byQuantity.set(mention.quantity, [...(byQuantity.get(mention.quantity) ?? []), entry]);
      }
    }
  }
  return byQuantity;
}

/**
 * What a sentence's figures are about beyond the story itself: the names it gives (lower case) other than the story's
 * own and other than who reports them and when ("Dan Patrick reported…", "on Monday"), which say nothing of what a
 * sum is. "Lowe is seeking $75 million" is about Lowe; "the Nationals offered $160 million" about the Nationals.
 */
function namesOf(unit: Unit, known: Set<string>, own: Set<string>, ownWords: Set<string>): Set<string> {
  const sources = sourceWords(unit.sentence, unit.entities);
  const bare = (e: string): string => e.toLowerCase().replace(/['’]s?$/u, '');
  return new Set(
    [...unit.entities, ...openingName(unit.sentence, known)]
      .filter((e) => !sources.has(e.toLowerCase()) && !sources.has(bare(e)))
      .map((e) => e.toLowerCase())
      .filter(
        (e) =>
          !own.has(e) &&
          !bare(e)
            .split(/\s+/u)
            .every((w) => ownWords.has(w)),
      ),
  );
}

/**
 * What one of a sentence's sums is about when the sentence names several side parties, each with its own figure
 * ("the Orioles (seven years, $140-150 million) and Nationals (eight years, $160 million)"): the side name written
 * nearest before it, else the nearest after it. A sentence naming one side party or none keeps its names.
 */
function nearestNames(sentence: string, names: Set<string>, figure: string): Set<string> {
  if (names.size < 2) return names;
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(figure.toLowerCase());
  if (at < 0) return names;
  let before: { name: string; end: number } | null = null;
  let after: { name: string; start: number } | null = null;
  for (const name of names) {
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      if (i + name.length <= at && (before === null || i + name.length > before.end)) before = { name, end: i + name.length };
      if (i >= at + figure.length && (after === null || i < after.start)) after = { name, start: i };
    }
  }
  const nearest = before?.name ?? after?.name;
  return nearest === undefined ? names : new Set([nearest]);
}

/**
 * The name a sentence opens with, which name finding skips (a capitalised first word may be any word): kept when the
 * story's reports also write it as a name mid-sentence ("Lowe is seeking…" where others write "Derek Lowe").
 */
function openingName(sentence: string, known: Set<string>): string[] {
  const first = /^(\p{Lu}\p{Ll}+)\b/u.exec(sentence)?.[1];
  return first !== undefined && known.has(first.toLowerCase()) ? [first] : [];
}

/** Sources too vague to be a party: "according to reports". */
const NOT_A_PARTY = /^(?:(?:news|media|press|local|other|some|unconfirmed|initial|early)\s+)*(?:reports?|accounts?|sources?)$/iu;
/** A bracketed aside: "(the Post says three people were injured)". */
const ASIDE = /\(([^()]*)\)/gu;

/** A figure's sources may be two parties joined by "and": "police and hospital officials said". */
const BOTH = { both: true };

/**
 * Who the clause giving a figure attributes it to, written as the sentence writes it ("Russia's defence ministry").
 * A bracketed aside is a clause of its own: a figure inside one is its party's ("police said no one was injured (the
 * Post says three were)"), and a figure outside one is never the aside's.
 */
function partyOf(sentence: string, figure: string): string | null {
  const aside = [...sentence.matchAll(ASIDE)].find((m) => m[1]!.includes(figure));
  if (aside !== undefined) return shownParty(sentence, findAttribution(aside[1]!, BOTH)?.party ?? null);
  const whole = sentence.replace(ASIDE, (m) => ' '.repeat(m.length));
  const clause = figureClause(whole, figure) ?? whole;
  const inClause = findAttribution(clause, BOTH);
  if (inClause !== null) return toldApart(clause, inClause.cue, figure) ? null : shownParty(sentence, inClause.party);
  if (hasClauseBreak(whole)) return null;
  const said = findAttribution(whole, BOTH);
  return said === null || toldApart(whole, said.cue, figure) ? null : shownParty(sentence, said.party);
}

/** Words opening a clause that tells what happened rather than what was said: "… told police he aimed at rivals when a bullet hit the mother of 13". */
const NARRATIVE = /\b(?:when|after|before|because|until|as soon as)\b/iu;

/** What opens the clause a reporting verb reports: "said he pulled out a gun", "said that…". */
const REPORTED_CLAUSE = /^\s+(?:that|he|she|they|it|his|her|their|the|a|an)\s+\p{L}/iu;

/**
 * True when a narrative clause opens between the reporting verb and the figure: the figure is the report's own
 * telling, not the speaker's. "According to …" opens an account the whole sentence gives, whatever clauses follow.
 * The same when the verb comes after the figure inside a narrative clause with its own report: "Gray was shot eleven
 * times after police said he pulled out a gun" gives the police's account of the gun, not of the shots ("Ten died when
 * the quake struck, officials said" is the officials' whole sentence).
 */
function toldApart(sentence: string, cue: string, figure: string): boolean {
  if (!/^\p{L}+$/u.test(cue)) return false;
  const cueAt = sentence.toLowerCase().indexOf(cue.toLowerCase());
  const figureAt = sentence.indexOf(figure);
  if (cueAt < 0 || figureAt < 0) return false;
  if (figureAt > cueAt) return NARRATIVE.test(sentence.slice(cueAt + cue.length, figureAt));
  return NARRATIVE.test(sentence.slice(figureAt + figure.length, cueAt)) && REPORTED_CLAUSE.test(sentence.slice(cueAt + cue.length));
}

/** A party as the sentence writes it; none for a source too vague to be one. */
function shownParty(sentence: string, party: string | null): string | null {
  if (party === null || NOT_A_PARTY.test(party)) return null;
  // Each of two parties joined by "and" as the sentence writes it ("state media and the U.S. Geological Survey").
  const lower = sentence.toLowerCase();
  return party
    .split(/\s+and\s+/u)
    .map((p) => {
      const at = lower.indexOf(p);
      return at < 0 ? p : sentence.slice(at, at + p.length);
    })
    .join(' and ');
}

const anchor = (m: QuantityMention): number => (m.value + m.high) / 2;

function closeInValue(a: Entry, b: Entry): boolean {
  const x = Math.abs(anchor(a.mention));
  const y = Math.abs(anchor(b.mention));
  if (x === 0 || y === 0) return x === y;
  return Math.max(x, y) / Math.min(x, y) <= SAME_SUM_RATIO;
}

/**
 * What a sum is: a rate ("per season") whatever its cue word, else the kind its nearest cue names; a bare "worth" or
 * "value" says only that it is an amount, so it is no kind.
 */
function kindOfSum(sentence: string, mention: QuantityMention): string | null {
  const period = ratePeriod(sentence, mention);
  if (period !== null) return `per ${period}`;
  const kind = sumKind(sentence, mention.text);
  return kind === 'value' ? null : kind;
}

const isRate = (e: Entry): boolean => e.kind?.startsWith('per ') === true;

/** Sums of different kinds (a fee, a payout, a deal's value) are different quantities; an unknown kind matches any total; a rate only a rate per the same period. */
function sameKind(a: Entry, b: Entry): boolean {
  if (isRate(a) || isRate(b)) return a.kind === b.kind;
  return a.kind === null || b.kind === null || a.kind === b.kind;
}

/** Two different figures in one sentence are about two things ("$21 million for one player, $27.5 million for another"); a sentence does not contradict itself. */
function sameSentenceApart(a: Entry, b: Entry): boolean {
  return a.unit === b.unit && anchor(a.mention) !== anchor(b.mention);
}

/**
 * Shares are compared only when about one subject: the same subject as written ("turnout reached 93.87 %" and
 * "turnout was almost 90 %"), or, where no subject can be read, sentences on one subject. "65% of traffic to India"
 * and "82% of India's voice traffic" are two shares.
 */
function sameShare(a: Entry, b: Entry): boolean {
  if (a.mention.quantity !== 'percent') return true;
  if (a.subject.stems.size > 0 && b.subject.stems.size > 0) return sameSubject(a.subject.stems, b.subject.stems);
  return (
    sharedCount(a.unit.terms, b.unit.terms) >= SAME_SUBJECT.shared && similarity(a.unit.terms, b.unit.terms) >= SAME_SUBJECT.similarity
  );
}

/**
 * Two sums are about the same names: they share one, or neither names anything beyond the story's own (a sum naming
 * a side party, "the Nationals' $160 million", is about that party and meets only sums naming it). Two shares whose
 * subjects are read are judged by those: the names that tell shares apart are in the subject ("of traffic to India"),
 * the others are sources and setting.
 */
function sameNames(a: Entry, b: Entry): boolean {
  if (a.subject.stems.size > 0 && b.subject.stems.size > 0) return true;
  if (a.names.size === 0 && b.names.size === 0) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

/** Splits sums (or shares) into groups of one thing: each joins the first group all of whose members are close in value and about the same names. */
function bySubject(entries: Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const entry of entries) {
    const group = groups.find((g) =>
      g.every(
        (m) => closeInValue(m, entry) && sameNames(m, entry) && sameKind(m, entry) && sameShare(m, entry) && !sameSentenceApart(m, entry),
      ),
    );
    if (group === undefined) groups.push([entry]);
    else group.push(entry);
  }
  return groups;
}

/**
 * Clock times are compared only between sentences telling one happening (src/compare/happening.ts): "walked into the
 * office around 10 a.m." and "gunfire was heard around 10:30 a.m." are two moments, not two reports of one.
 */
const timesByHappening = (entries: Entry[]): Entry[][] =>
  byHappening(entries, (a, b) => (a.unit === b.unit ? anchor(a.mention) === anchor(b.mention) : sameAct(a.unit, b.unit)));

/**
 * Keyed measures (src/text/keyed-measures.ts) are one quantity when they belong to one thing (the gun, the team, the
 * person, the period when both name one). A game clock is put to one play, so its sentences must tell one act, as
 * clock times must ("tied the game with 6:00 left" and "scored with 4:43 left" are two plays). A calibre, a record, a
 * career total or the times a person was shot holds for the whole story, as a car's colour does (src/compare/colour-divergences.ts): "pointed a
 * .38" and "a .38 was recovered" tell two happenings of one gun. A record is the team's state when the report was
 * written: two are told at one point of the season when they count the same games or one more (the story's game,
 * before and after); 10-0 and 14-1 are not. A span of time (src/text/time-spans.ts) is keyed by its unit and frame;
 * two are one reading when within the factor two estimates of one amount stay within (SAME_SUM_RATIO: 30 and 40 hours
 * of one deliberation, three and four weeks in hospital) and not about two named people. Further apart they are two
 * spans (12 hours deciding guilt, 40 deciding the penalty) or a page's garble ("412 months" for "4½ months"). A span
 * of a happening a story may tell several of (a strike, a delay) is also put to one act, as a game clock is.
 */
const measuresByThing = (entries: Entry[]): Entry[][] =>
  withEqualReadings(
    byHappening(entries, (a, b) => {
      const x = a.mention as KeyedMeasure;
      const y = b.mention as KeyedMeasure;
      if (x.thing !== y.thing && x.thing !== '' && y.thing !== '') return false;
      if (isTimeSpan(x))
        return a.unit === b.unit
          ? anchor(a.mention) === anchor(b.mention)
          : closeInValue(a, b) && !namesApart(a, b) && (x.tiedByFrame || sameAct(a.unit, b.unit));
      // "The fourth head coach since King took over" and "the 21st head coach of the 76ers" are places in two lines.
      if (isPlaceInLine(x)) return closeInValue(a, b);
      if (x.holds === 'story') return x.games === undefined || Math.abs(x.games - (y.games ?? 0)) <= 1;
      return a.unit === b.unit ? anchor(a.mention) === anchor(b.mention) : sameAct(a.unit, b.unit);
    }),
  );

/**
 * A measure put to one act is compared only between sentences telling one act, and a report telling the act in other
 * words is left in a group of its own; when all it gives is a value another report gives in a group of differing
 * values, for the same thing, it is that reading too: "stopped the fight 44 seconds into the seventh round" and
 * "after 44 seconds of the seventh round" back the 44 seconds set against "at the 2:15 mark", whose sentence only one
 * of them was told in words alike. Groups of one value are moved; a group of several values stays as it is.
 */
function withEqualReadings(groups: Entry[][]): Entry[][] {
  const values = (g: Entry[]): Set<number> => new Set(g.map((e) => anchor(e.mention)));
  const thing = (e: Entry): string => (e.mention as KeyedMeasure).thing;
  const byAct = (g: Entry[]): boolean => g.every((e) => (e.mention as KeyedMeasure).holds === 'act');
  const merged = groups.filter((g) => byAct(g) && values(g).size > 1);
  const out = groups.filter((g) => !merged.includes(g));
  for (let i = out.length - 1; i >= 0; i--) {
    const g = out[i]!;
    if (!byAct(g) || values(g).size !== 1) continue;
    const value = anchor(g[0]!.mention);
    const home = merged.find((h) => h.some((e) => anchor(e.mention) === value && thing(e) === thing(g[0]!)));
    if (home === undefined) continue;
    home.push(...g);
    out.splice(i, 1);
  }
  return [...merged, ...out];
}

/**
 * Two sentences that each name someone beyond the story's own names, and none in common, are about two people: "Dell
 * was hospitalized for three weeks" and "Kent spent two weeks in hospital" are two stays, not two readings of one.
 */
const namesApart = (a: Entry, b: Entry): boolean => a.names.size > 0 && b.names.size > 0 && ![...a.names].some((n) => b.names.has(n));

/**
 * A report giving one thing that holds for the whole story two values in one sentence ("a .32-caliber revolver, not a
 * .45-caliber handgun") tells of two things, and no reading can be pinned to either: nothing is listed, as for colours.
 * Two values in two of its sentences are its own two readings (a record before and after the game, a slip): they are a
 * divergence only when another report gives one of them alone ("mother of 13" in one report against "mother of 12" in
 * most, one of which also writes 13); a value only such reports give is not another outlet's reading.
 */
function twoThings(group: Entry[]): boolean {
  if ((group[0]!.mention as KeyedMeasure).holds !== 'story') return false;
  if (group.some((a) => group.some((b) => a.unit === b.unit && anchor(a.mention) !== anchor(b.mention)))) return true;
  const valuesOf = new Map<string, Set<number>>();
  for (const e of group) valuesOf.set(e.outlet, (valuesOf.get(e.outlet) ?? new Set()).add(anchor(e.mention)));
  const values = new Set(group.map((e) => anchor(e.mention)));
  return [...values].some((v) => [...valuesOf.values()].every((own) => !own.has(v) || own.size > 1));
}

/**
 * Keyed measures are compared among themselves, by thing; any other mention under the same key ("arrests" read as a
 * count, and "Dell now has 12 arrests" as a person's total) stays in one group of its own, as before.
 */
function keyedApart(entries: Entry[]): Entry[][] {
  const keyed = entries.filter((e) => isKeyedMeasure(e.mention));
  const other = entries.filter((e) => !isKeyedMeasure(e.mention));
  return [...(other.length > 0 ? [other] : []), ...measuresByThing(keyed)];
}

/** A keyed measure's label: the one most of its mentions give ("calibre of the revolver", "record of the Colts"). */
function measureLabel(group: Entry[]): string | null {
  const measures = group.flatMap((e) => (isKeyedMeasure(e.mention) ? [e.mention] : []));
  // A label naming the thing ("shots that hit Gray") is plainer than one that cannot ("shots that hit the victim").
  const named = measures.filter((m) => m.thing !== '');
  const labels = (named.length > 0 ? named : measures).map((m) => m.label);
  if (labels.length === 0) return null;
  const count = (l: string): number => labels.filter((x) => x === l).length;
  return labels.reduce((a, b) => (count(b) > count(a) ? b : a));
}

/** The quantity open counts are collected under before their frames split them (src/text/framed-counts.ts). */
const OPEN_COUNT = 'count';

/**
 * Open counts are one quantity only when their frames agree (src/text/framed-counts.ts): "the agency sent eight experts"
 * and "the agency sent only three observers" are one; "about 40 observers oversaw the vote" (another verb) is not. The
 * agent an object count's frame names ties it to its happening; a passive names none, so its sentences must also tell one
 * happening (src/compare/happening.ts), as clock times must.
 */
const countsByFrame = (entries: Entry[]): Entry[][] =>
  byHappening(entries, (a, b) =>
    a.unit === b.unit
      ? anchor(a.mention) === anchor(b.mention)
      : sameFrame(a.frame!, b.frame!) && (!a.frame!.passive || sameHappening(a.unit, b.unit)),
  );

/**
 * A story of unrest tells of several gatherings (a march in the capital, a rally in another city, a nationwide
 * turnout), each with its crowd: two crowd sizes are two gatherings' when both sentences put theirs somewhere
 * (`gatheringPlaces`: Athens, Salonika, "nationwide") and nowhere in common, the story's own places included. Sizes
 * given only as a vague amount ("thousands of demonstrators") describe, not estimate, and are left out.
 */
function crowdsByGathering(entries: Entry[]): Entry[][] {
  const places = new Map<Entry, Set<string>>();
  const placesOf = (e: Entry): Set<string> => {
    let found = places.get(e);
    if (found === undefined) {
      found = gatheringPlaces(e.unit.sentence, e.unit.language, sourceWords(e.unit.sentence, e.unit.entities));
      places.set(e, found);
    }
    return found;
  };
  const apart = (a: Entry, b: Entry): boolean => {
    const x = placesOf(a);
    const y = placesOf(b);
    return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
  };
  return byHappening(
    entries.filter((e) => /\d/u.test(e.mention.text)),
    (a, b) => (a.unit === b.unit ? anchor(a.mention) === anchor(b.mention) : !apart(a, b)),
  );
}

/** An open count's key and label: the nouns its reports count with, then the verb ("experts or observers:sent"). */
function openCountKey(group: Entry[]): string {
  const nouns = [...new Set(group.map((e) => e.frame!.noun))];
  return `${nouns.join(' or ')}:${group[0]!.frame!.verb}`;
}

const width = (v: { min: number; max: number | null }): number => (v.max === null ? Infinity : v.max - v.min);
const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : Date.parse(a) <= Date.parse(b) ? a : b;

/** A value's parties as readers see them: the MAX_PARTIES most cited (first named among equals), "and others" for the rest. */
const MAX_PARTIES = 2;

function shownParties(parties: string[], cited: number[]): string | null {
  if (parties.length === 0) return null;
  const top = parties
    .map((p, i) => ({ p, i, n: cited[i]! }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, MAX_PARTIES)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.p);
  return parties.length > MAX_PARTIES ? `${top.join(', ')} and others` : top.join(' and ');
}

/** The variant each entry's value went into. */
const variantOfEntry = new WeakMap<Entry, NumberVariant>();

/**
 * One variant per value as written ("at least 10" and "10 killed" are one value, shown as 10; "6.1" and "6.1, the geological
 * survey said" are one), with every party that gives it and the narrowest interval its wordings allow.
 */
function variantsOf(quantity: string, entries: Entry[]): NumberVariant[] {
  const byValue = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.mention.value}|${e.mention.high}|${e.mention.min > e.mention.value ? 'over' : e.mention.max !== null && e.mention.max < e.mention.value ? 'under' : ''}`;
    byValue.set(key, [...(byValue.get(key) ?? []), e]);
  }
  // One body is named alike on every side: the U.S. Geological Survey giving 5.9 in one report and 6.1 in another
  // is shown so on both, not as "United States Geological Survey" on one and "Geological Survey" on the other.
  const partiesOf = (e: Entry): string[] => (e.party === null ? [] : e.party.split(/\s+and\s+/u).map(readerName));
  const named: string[][] = [];
  for (const party of entries.flatMap(partiesOf)) {
    const body = named.find((names) => names.some((n) => oneBody(n, party)));
    if (body === undefined) named.push([party]);
    else body.push(party);
  }
  const shownAs = new Map(named.flatMap((names) => names.map((n) => [n, fullestName(names)] as const)));
  const variants: NumberVariant[] = [];
  for (const members of byValue.values()) {
    const tightest = members.reduce((best, e) => (width(e.mention) < width(best.mention) ? e : best), members[0]!);
    const parties: string[] = [];
    const cited: number[] = [];
    for (const party of members.flatMap(partiesOf).map((p) => shownAs.get(p) ?? p)) {
      const known = parties.findIndex((p) => oneBody(p, party));
      if (known < 0) {
        parties.push(party);
        cited.push(1);
      } else {
        parties[known] = fullestName([parties[known]!, party]);
        cited[known]! += 1;
      }
    }
    const quotes: NumberVariant['quotes'] = [];
    const outlets: string[] = [];
    for (const e of members) {
      if (!quotes.some((q) => q.articleId === e.unit.articleId && q.sentence === e.unit.sentence)) {
        quotes.push({ articleId: e.unit.articleId, outlet: e.outlet, sentence: e.unit.sentence });
      }
      if (!outlets.includes(e.outlet)) outlets.push(e.outlet);
    }
    const variant: NumberVariant = {
      text: tightest.mention.text,
      figure: figureOf(quantity, tightest.mention),
      min: tightest.mention.min,
      max: tightest.mention.max,
      attribution: shownParties(parties, cited),
      firstReportedAt: members.reduce<string | null>((t, e) => earlier(t, e.time), null),
      quotes,
      outlets,
    };
    for (const e of members) variantOfEntry.set(e, variant);
    variants.push(variant);
  }
  return variants.sort((a, b) => a.min - b.min || width(a) - width(b) || a.text.localeCompare(b.text));
}

/**
 * The sides of a conflict, or none when no two values from different outlets are apart (cannot both be true). A sum is
 * an estimate by nature: two wordings of one amount ("$1 million" and "more than $1 million") are one report, not a
 * disagreement; counts are exact ("12 killed" against "more than a dozen" is one). An approximate value that every
 * other value can be true beside is no side ("dozens injured" against 50 and 80, a magnitude of "about 6" against
 * 5.9 and 6.1): listed, it would read as a third disagreeing figure. A lower bound stays ("at least 10, police say"
 * against 12 and 15): it is a party's count of its moment.
 */
function conflictSides(quantity: string, variants: NumberVariant[], entries: Entry[]): NumberVariant[] {
  const values = (v: NumberVariant): Set<number> =>
    new Set(entries.filter((e) => variantOfEntry.get(e) === v).map((e) => anchor(e.mention)));
  const sameAmount = (a: NumberVariant, b: NumberVariant): boolean => CONTEXTUAL(quantity) && [...values(a)].some((x) => values(b).has(x));
  const members = (v: NumberVariant): Entry[] => entries.filter((e) => variantOfEntry.get(e) === v);
  // A count over several days holds each day's count: "46 were arrested Wednesday night" is part of "over 50 arrests
  // over four nights", not a different reading of it (a value one report puts to one day is that day's count).
  const partOf = (day: NumberVariant, total: NumberVariant): boolean =>
    CUMULATIVE.has(quantity) &&
    members(day).some((e) => isOneDayCount(e.unit.sentence)) &&
    members(total).every((e) => isSeveralDaysCount(e.unit.sentence)) &&
    day.min <= (total.max ?? Infinity);
  const apart = (a: NumberVariant, b: NumberVariant): boolean =>
    (!overlaps(a, b) || farBelow(a, b) || farBelow(b, a)) && !sameAmount(a, b) && !partOf(a, b) && !partOf(b, a);
  const against = (a: NumberVariant, b: NumberVariant): boolean => apart(a, b) && a.outlets.some((oa) => b.outlets.some((ob) => oa !== ob));
  // `against` is symmetric: some value is apart from another exactly when some pair is.
  const disputing = new Set(variants.filter((v) => variants.some((w) => w !== v && against(v, w))));
  if (disputing.size === 0) return [];
  const approximate = (v: NumberVariant): boolean => v.max !== null && v.max > v.min;
  return variants.filter((v) => !approximate(v) || disputing.has(v));
}

/**
 * A lower bound ("at least 10") holds any higher figure, but one far below another outlet's figure at the same time
 * ("at least 10" against "about 100") is not the same finding: its reporter had counted far fewer. Far is beyond the
 * factor two estimates of one amount stay within (SAME_SUM_RATIO).
 */
function farBelow(bound: NumberVariant, other: NumberVariant): boolean {
  return bound.max === null && bound.min > 0 && other.min > bound.min * SAME_SUM_RATIO;
}

interface Point {
  value: number;
  variant: NumberVariant;
  outlet: string;
  time: number | null;
}

/** Each outlet's highest figure and when it was published: the timeline of a count. */
function timeline(entries: Entry[]): Point[] {
  const points = new Map<string, Point>();
  for (const e of entries) {
    const variant = variantOfEntry.get(e)!;
    const value = anchor(e.mention);
    const time = e.time === null ? null : Date.parse(e.time);
    const known = points.get(e.outlet);
    if (known === undefined || value > known.value)
      points.set(e.outlet, { value, variant, outlet: e.outlet, time: Number.isNaN(time) ? null : time });
  }
  return [...points.values()];
}

const at = (p: Point, outlets: string[]): FigureAt => ({
  figure: p.variant.figure,
  at: p.time === null ? null : new Date(p.time).toISOString(),
  outlets,
});

/**
 * A figure that may run as reporting goes on: a casualty count always; any other count, sum or share (a film's gross,
 * money raised, websites infected, votes counted) when one of its mentions tells it as standing at a moment ("has
 * grossed", "so far", "by Saturday", "and growing"; src/compare/running-total.ts) or says it rose. A deal's value or a
 * fee told as done is no running figure, so a later, higher one from another outlet stays a disagreement.
 */
function runs(quantity: string, entries: Entry[]): boolean {
  if (CUMULATIVE.has(quantity) || DRAINING.has(quantity)) return true;
  if (FIXED.has(quantity) || entries.some((e) => isKeyedMeasure(e.mention))) return false;
  return entries.some((e) => isRunningTotal(e.unit.sentence, e.mention) || RISE.test(e.mention.text));
}

/**
 * A figure that changed as reporting went on: first one a later finding or a correction put in place of another (any
 * quantity, either way: "the autopsy showed seven", src/compare/revised-figures.ts); else a running figure that rose:
 * with publication times over at least half an hour, every later report gives at least the figure of every earlier
 * one and the latest is higher than the first (or a report lags with a lower figure, when the latest is the highest
 * and one source gave them all); without usable times, a report says the figure rose ("the toll rose to
 * 10"), or most mentions are running totals.
 */
function updateOf(quantity: string, entries: Entry[]): NumberDivergence['change'] {
  const revision = revisionOf(entries);
  if (revision !== null || !runs(quantity, entries)) return revision;
  const points = timeline(entries);
  const timed = points.filter((p) => p.time !== null).sort((a, b) => a.time! - b.time! || a.value - b.value);
  const span = timed.length >= 2 ? (timed[timed.length - 1]!.time! - timed[0]!.time!) / 60000 : 0;
  if (timed.length >= 2 && span >= UPDATE_SPAN_MINUTES) {
    const steady = (holds: (earlier: number, later: number) => boolean): boolean =>
      timed.every((p, i) => timed.slice(i + 1).every((q) => q.time === p.time || holds(p.value, q.value)));
    const first = timed[0]!;
    const last = timed[timed.length - 1]!;
    const change = {
      from: at(
        first,
        timed.filter((p) => p.value === first.value).map((p) => p.outlet),
      ),
      to: at(
        last,
        timed.filter((p) => p.value === last.value).map((p) => p.outlet),
      ),
    };
    if (DRAINING.has(quantity) && last.value < first.value && steady((a, b) => b <= a)) return { ...change, fell: true };
    if (last.value <= first.value) return null;
    // A report giving less than an earlier one is late with an older count, not a dispute, when the latest figure is
    // the highest and one source gave them all: police said 5, a later report still said police's 3, then police said 12.
    const lagging = timed.every((p) => p.value <= last.value) && oneSource(entries);
    return steady((a, b) => b >= a) || lagging ? change : null;
  }
  const risen = entries.filter((e) => RISE.test(e.mention.text)).map((e) => anchor(e.mention));
  if (risen.length === 0) return timed.length < 2 ? runningUpdate(entries) : null;
  // The report saying the figure rose tells what it rose to; the lowest figure below that is where it rose from.
  const top = Math.max(...risen);
  const sorted = [...points].filter((p) => p.value <= top).sort((a, b) => a.value - b.value);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low === undefined || high === undefined || high.value <= low.value) return null;
  return {
    from: at(
      low,
      sorted.filter((p) => p.value === low.value).map((p) => p.outlet),
    ),
    to: at(
      high,
      sorted.filter((p) => p.value === high.value).map((p) => p.outlet),
    ),
  };
}

/** Whether two names of a figure's sources name one body: written alike ("officials"), or one party (`sameParty`). */
const oneBody = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || sameParty(a, b);

/** Whether the entries name at most one party (those naming none aside). */
function oneSource(entries: Entry[]): boolean {
  const first = entries.find((e) => e.party !== null)?.party ?? null;
  return entries.every((e) => e.party === null || first === null || oneBody(e.party, first));
}

/**
 * Without publication times, running totals ("at least 70 people have been hurt", "about 100 have been injured")
 * from different outlets are one count at different moments: when at least half of the count's mentions are told so, it rose
 * from the lowest running total to the highest. A bound below a later figure is then where the count stood, not
 * agreement with it ("at least 10 were killed" and "twelve died", told as done, still agree).
 */
function runningUpdate(entries: Entry[]): NumberDivergence['change'] {
  const running = entries.filter((e) => isRunningTotal(e.unit.sentence, e.mention));
  if (running.length * 2 < entries.length || new Set(running.map((e) => e.outlet)).size < 2) return null;
  const points = timeline(running).sort((a, b) => a.value - b.value);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  if (high.value <= low.value) return null;
  const outletsAt = (value: number): string[] => points.filter((p) => p.value === value).map((p) => p.outlet);
  return { from: at(low, outletsAt(low.value)), to: at(high, outletsAt(high.value)) };
}

/**
 * A value told as a correction or a later finding, against the one value other outlets give and that it cannot agree
 * with: the figure was revised from the one to the other ("shots that hit Gray revised down from 11 to 7"). Two values
 * each told as established, or several earlier values, are still a disagreement; with publication times the revised
 * value must not come first.
 */
function revisionOf(entries: Entry[]): NumberDivergence['change'] {
  const revised = entries.filter((e) => isRevisedFigure(e.unit.sentence, e.mention));
  const target = new Set(revised.map((e) => variantOfEntry.get(e)!));
  if (target.size !== 1) return null;
  const to = [...target][0]!;
  const others = new Set(entries.map((e) => variantOfEntry.get(e)!).filter((v) => v !== to));
  if (others.size !== 1) return null;
  const from = [...others][0]!;
  const toValue = anchorOf(entries, to);
  const fromValue = anchorOf(entries, from);
  // A finding within what the first reports allow ("at least 10", then 12 per the coroner) revises nothing.
  if (toValue === fromValue || overlaps(from, to) || !from.outlets.some((o) => !to.outlets.includes(o))) return null;
  if (from.firstReportedAt !== null && to.firstReportedAt !== null && Date.parse(to.firstReportedAt) < Date.parse(from.firstReportedAt))
    return null;
  const point = (v: NumberVariant): FigureAt => ({ figure: v.figure, at: v.firstReportedAt, outlets: v.outlets });
  return { from: point(from), to: point(to), revision: toValue > fromValue ? 'up' : 'down' };
}

/** The value a variant stands for, read from the entries that went into it. */
const anchorOf = (entries: Entry[], v: NumberVariant): number => anchor(entries.find((e) => variantOfEntry.get(e) === v)!.mention);

/**
 * The values of a count that rose, from where it started: a value below the first figure is not a point of its
 * timeline ("injuring at least two", a TV crew, beside "at least 70 have been hurt" rising to "about 100") and would
 * contradict "rose from at least 70" in the same list.
 */
function fromStart(variants: NumberVariant[], change: NonNullable<NumberDivergence['change']>): NumberVariant[] {
  const start = variants.find((v) => v.figure === change.from.figure && change.from.outlets.some((o) => v.outlets.includes(o)));
  if (start === undefined) return variants;
  return variants.filter((v) => (change.fell ? v.min <= start.min : v.min >= start.min));
}

/**
 * A share is shown by what it is of ("turnout", "share of eligible voters") when every report of it that says says
 * the same, and at least half do: "with 52 percent" beside "52 percent of the vote" is the vote's share too.
 */
function shareLabel(group: Entry[]): string | null {
  const said = group.filter((e) => e.subject.label !== null);
  const first = said[0]?.subject;
  if (first === undefined || said.length * 2 < group.length) return null;
  return said.every((e) => sameSubject(e.subject.stems, first.stems)) ? first.label : null;
}

/**
 * The quantities of the event that reports give different values for. Figures about earlier events and background
 * ("in 2004", "last month") are left out; sums and shares are compared only with close sums about the same names;
 * equal values merge across wording and attribution; a range is one value. A count that rose over time is an update
 * ("deaths rose from 3 to 24"), and so is a figure a later finding corrected ("revised down from 11 to 7"); values that
 * cannot all be true otherwise are a conflict; consistent values are not listed.
 */
export function numberDivergences(drafts: Draft[]): NumberDivergence[] {
  const out: NumberDivergence[] = [];
  for (const [collected, entries] of collect(drafts)) {
    const groups = CONTEXTUAL(collected)
      ? bySubject(entries)
      : collected === TIME_OF_DAY
        ? timesByHappening(entries)
        : collected === OPEN_COUNT
          ? countsByFrame(entries)
          : collected === CROWD
            ? crowdsByGathering(entries)
            : keyedApart(entries);
    for (const group of groups) {
      if (isKeyedMeasure(group[0]!.mention) && twoThings(group)) continue;
      const quantity = collected === OPEN_COUNT ? openCountKey(group) : collected;
      if (new Set(group.map((e) => e.outlet)).size < 2) continue;
      const variants = variantsOf(quantity, group);
      if (variants.length < 2) continue;
      const change = updateOf(quantity, group);
      const rate = group.every(isRate) ? ` ${group[0]!.kind}` : '';
      const label =
        measureLabel(group) ??
        shareLabel(group) ??
        (rate === ' per share' ? `price per share (${currencyName(quantity)})` : null) ??
        `${labelOf(
          quantity,
          group.map((e) => e.unit.sentence),
          group.map((e) => e.kind),
        )}${rate}`;
      if (change !== null)
        out.push({
          quantity,
          label,
          kind: 'update',
          change,
          variants: change.revision === undefined ? fromStart(variants, change) : variants,
        });
      else {
        const sides = conflictSides(quantity, variants, group);
        if (sides.length >= 2) out.push({ quantity, label, kind: 'conflict', change: null, variants: sides });
      }
    }
  }
  const reach = (d: NumberDivergence): number => new Set(d.variants.flatMap((v) => v.outlets)).size;
  return out.sort((a, b) => reach(b) - reach(a) || a.quantity.localeCompare(b.quantity));
}
