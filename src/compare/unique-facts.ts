import { profane } from './profanity.ts';
import type { UniqueFact } from '../domain/breakdown.ts';
import { stripDateline } from './boilerplate.ts';
import { findKeyedMeasures } from '../text/keyed-measures.ts';
import type { Draft, Unit } from './drafts.ts';
import { COVERED, comparedTerms, factIndex } from './matching.ts';
import { describesPlace, storyYear } from './background.ts';
import { backgroundSentences } from '../text/looking-back.ts';
import { statedAcrossLanguages } from './across-languages.ts';
import {
  needsContext,
  isQuoted,
  leansOnContext,
  isOpinion,
  inWritersVoice,
  isHabitual,
  endsAsSentence,
  givesStatement,
} from './standalone.ts';
import { MONTHS } from '../text/dates.ts';
import { splitSentences } from '../text/sentences.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { contentTerms, languageOf } from '../text/terms.ts';

/** At most this many unique facts per outlet, and in all, taken in turn from each outlet. */
export const UNIQUE_LIMITS = { perOutlet: 2, total: 12 };

/**
 * A unique fact is taken from its report's first ten sentences. A news report puts what its outlet found out first
 * (the inverted pyramid: who did what, then what it alone learnt, in the first paragraphs); further down come
 * background, colour, vox pops and the reporter's asides, which an editor would not print as that outlet's own news.
 * Ten sentences is about the first five paragraphs of a wire or newspaper report, past the three-sentence lead that
 * consensus reads (most of a report's own facts come right after its lead).
 */
export const UNIQUE_FROM_TOP = 10;

/**
 * A fact is covered when one other report gives most of what it says, in its own words: the share of the fact's terms,
 * each weighted by how rare it is among the story's sentences (log inverse sentence frequency, so the story's own
 * words — "quake", the town — weigh little and a name or figure weighs much), found in one sentence of that report or
 * two in a row (a fact told over two sentences). Every sentence of the other report is read, not only the first ones
 * comparison reads. A bit over a third is enough: a fact restated keeps its rare words ("pregnant", "Salahaddin")
 * even when its wording, figures' units and sentence length change, while a fact no one else gives shares at most its
 * story's common words. In the hand-graded lists (bench/gold/unique-graded.json), facts another report restates in
 * other words reached 0.35 to 0.38 (a pregnant victim, a repair boat's arrival, an admiral's warning) and the facts
 * no other report gives at most 0.34; at the earlier two fifths the former were listed as one outlet's own.
 */
export const COVERED_SHARE = 0.35;

/** A compass point written as one word ("southwest"), which another page writes as two ("south-west", "south west"). */
const COMPASS = /^(north|south)(east|west)$/u;

/**
 * The stems below this length are compared whole; longer ones by their first SPELLING_PREFIX letters, so that one
 * word's spellings and endings meet ("epicentre" / "epicenter", "Khaledin" / "Khaledine") while short stems, where a
 * letter more makes another word, do not.
 */
const SPELLING_PREFIX = 6;

/** The keys a content term is compared by when asking whether another report covers a fact (see COMPASS, SPELLING_PREFIX). */
function coverKeys(t: string): string[] {
  const compass = COMPASS.exec(t);
  if (compass !== null) return [compass[1] ?? t, compass[2] ?? t];
  return [!t.startsWith('#') && t.length > SPELLING_PREFIX ? t.slice(0, SPELLING_PREFIX) : t];
}

function keysOf(terms: Iterable<string>): Set<string> {
  return new Set([...terms].flatMap(coverKeys));
}

/** The cover keys of every sentence of each draft's full text, in order. */
function sentenceTerms(drafts: Draft[]): Map<Draft, Set<string>[]> {
  return new Map(drafts.map((d) => [d, splitSentences(d.article.body, d.language).map((s) => keysOf(contentTerms(s, d.language)))]));
}

/** Returns whether a unit is covered by one of the other drafts (see COVERED_SHARE). */
function coveredBy(texts: Map<Draft, Set<string>[]>): (u: Unit, others: Draft[]) => boolean {
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const list of texts.values())
    for (const terms of list) {
      sentences++;
      for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    }
  const weight = (t: string): number => Math.log((sentences + 1) / ((frequency.get(t) ?? 0) + 0.5));
  return (u, others) => {
    const terms = [...keysOf(u.terms)];
    const total = terms.reduce((sum, t) => sum + weight(t), 0);
    if (total <= 0) return false;
    const share = (inside: (t: string) => boolean): number => terms.filter(inside).reduce((sum, t) => sum + weight(t), 0) / total;
    return others.some((d) => {
      const list = texts.get(d) ?? [];
      return list.some((terms, i) => share((t) => terms.has(t) || (list[i + 1]?.has(t) ?? false)) >= COVERED_SHARE);
    });
  };
}

/**
 * What a report says when it has nothing to tell (English): the investigation goes on, police are investigating, anyone
 * with information should call, and what is not known ("At this point it is unclear if the shooting had anything to do
 * with…", a guess said as a doubt). None is a fact one outlet found; each had been listed as one.
 */
const NOTHING_TOLD =
  /\b(?:investigation|inquiry|probe)\b[^.;]{0,80}?\b(?:is|remains)\s+(?:still\s+)?(?:ongoing|continuing|under\s?way|open)\b|\b(?:police|investigators|authorities|detectives)\s+(?:are|were)\s+(?:still\s+)?investigating\b|\banyone with (?:any )?information\b|\b(?:it\s+(?:is|was|remains)\s+(?:still\s+)?(?:unclear|not (?:yet )?(?:known|clear))|(?:remains|remained) unclear)\b/iu;

/** The keyed measures a sentence gives (English), each as quantity and thing ("wins:thompson"), read once per sentence. */
function memoMeasures(): (u: Unit) => string[] {
  const read = new Map<Unit, string[]>();
  return (u) => {
    let found = read.get(u);
    if (found === undefined) {
      found = u.language !== null && u.language !== 'en' ? [] : findKeyedMeasures(u.sentence).map((m) => `${m.quantity}:${m.thing}`);
      read.set(u, found);
    }
    return found;
  };
}

/**
 * A person's age ("the 29-year-old gang member", "25-year-old Guzel", "Raj Dell, 59,") describes who someone is; it is
 * no figure of the event, so it does not make a line notable by itself ("A rare exception for the 29-year-old … was an
 * occasional smile").
 */
const AGE = /\b\d{1,3}[- ]years?[- ]old\b|\b(?:aged?|age) \d{1,3}\b|(?<=\p{L}), \d{1,3},/iu;
/** Every age of a sentence, to read what it gives beyond them. */
const AGES = new RegExp(AGE.source, 'giu');

/** True when the sentence gives a figure beyond people's ages (digits, or number words read as numbers). */
function givesFigure(u: Unit): boolean {
  if (u.numbers.length === 0 && !u.hasNumber) return false;
  if (!AGE.test(u.sentence)) return true;
  const rest = u.sentence.replace(AGES, ' ');
  return /\d/u.test(rest) || contentTerms(rest, u.language).some((t) => t.startsWith('#'));
}

/**
 * What an editor would print as one outlet's own: a figure ("54 million dollars", "two petrol bombs") or a statement
 * someone made ("an NFL spokesman said…", "Gordon Advisors issued a statement…"). A sentence with neither — colour, a
 * scene, a place's description — is filler even when it names places. Other languages, whose statement words are not
 * listed here, keep the looser test: a figure or a name.
 */
function isNotable(u: Unit): boolean {
  if (givesFigure(u)) return true;
  return languageOf(u.language) === 'en' ? givesStatement(u.sentence) : u.entities.length > 0;
}

function notability(u: Unit): number {
  const numbers = (u.sentence.match(/\d+(?:[.,]\d+)*/gu) ?? []).length;
  return Math.min(numbers, 2) + 0.5 * Math.min(u.entities.length, 3) + 0.5 / (1 + u.index);
}

/**
 * True when a sentence names someone by a surname alone, as the one who said or did something, whom its report
 * introduced by full name in an earlier sentence: shown alone, "Mead also said he did not know when the offer might
 * expire" does not say who Mead is. The story's own people, in another report's headline or in half the other reports
 * ("Lohan", "Klitschko"), are known to the reader from the rest of the breakdown.
 */
function namedShort(u: Unit, draft: Draft, others: Draft[]): boolean {
  // A surname as the subject of what someone said or did: "Mead also said", "Armstead told jurors", "Owen added".
  const words = [...u.sentence.matchAll(SURNAME_ACTS)].map((m) => m[1]!);
  if (words.length === 0) return false;
  const before = draft.units
    .filter((v) => v.index < u.index)
    .map((v) => v.sentence)
    .join(' ');
  const stop = stopwordsFor('en');
  return words.some((w) => {
    if (CALENDAR.test(w) || others.some((d) => d.article.title.includes(w))) return false;
    if (others.filter((d) => d.article.body.includes(w)).length * 2 >= others.length) return false;
    // "Tim Mead" before; not "On Monday", "The Angels".
    const full = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*)\\s+${w}\\b`, 'gu');
    return [...before.matchAll(full)].some((m) => !stop.has(m[1]!.toLowerCase()));
  });
}

const SURNAME_ACTS =
  /(?<![\p{Lu}][\p{L}'’.-]*\s)\b(\p{Lu}\p{Ll}{2,})(?:\s+(?:also|then|later|again))?\s+(?:said|says|told|tells|added|adds|testified|insisted|noted|explained|confirmed|denied|\p{Ll}{3,}ed)\b/gu;
const CALENDAR = new RegExp(`^(?:${[...MONTHS].join('|')}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$`, 'iu');

/** The other reports in its language a report's story is read from before a run of its sentences is called another story's. */
const MIN_PEERS = 3;

/** How many of some reports use a word (`offStory`), each report's words read once for the whole story. */
interface Reach {
  /** A sentence's words as sentences are compared, figures aside. */
  words(u: Unit): string[];
  /** Counts how many of the given reports (all of one language) use a word somewhere. */
  among(reports: Draft[]): (word: string) => number;
  /** Counts how many of the given reports, in any language, name a name (a word of `Unit.entities`) somewhere. */
  namedBy(reports: Draft[]): (name: string) => number;
}

/**
 * Counts, for a story's reports, which words each uses: asked for every report against all the others, counting them
 * again each time grew with the square of the story's reports (a story told by a hundred outlets took seconds).
 * Words are read as sentences are compared (`comparedTerms`, a word for a happening standing for its happening);
 * figures are left out: two reports' "2" ("the 2 seed", "2 million pounds") is no topic they share.
 */
function reachOf(drafts: Draft[]): Reach {
  const words = (u: Unit): string[] => [...comparedTerms(u)].filter((t) => !t.startsWith('#'));
  const used = new Map(drafts.map((d) => [d, new Set(d.units.flatMap(words))]));
  const names = new Map(drafts.map((d) => [d, new Set(d.units.flatMap((u) => u.entities))]));
  const byLanguage = new Map<string | null, Map<string, number>>();
  for (const [d, terms] of used) byLanguage.set(d.language, counted(terms, byLanguage.get(d.language)));
  const naming = new Map<string, number>();
  for (const named of names.values()) counted(named, naming);
  return {
    words,
    namedBy: (reports) => countAmong(names, naming, reports, () => true),
    among: (reports) => {
      const language = reports[0]?.language ?? null;
      return countAmong(used, byLanguage.get(language), reports, (d) => d.language === language);
    },
  };
}

/** Adds one to the count of each of `words`. */
function counted(words: Set<string>, counts = new Map<string, number>()): Map<string, number> {
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * How many of `reports` hold a word: the count over every report in scope (`counts`, from `held`), less the few in
 * scope not among them (the report asking, its copies).
 */
function countAmong(
  held: Map<Draft, Set<string>>,
  counts: Map<string, number> | undefined,
  reports: Draft[],
  inScope: (d: Draft) => boolean,
): (word: string) => number {
  const given = new Set(reports);
  const left = [...held].filter(([d]) => inScope(d) && !given.has(d)).map(([, words]) => words);
  return (word) => (counts?.get(word) ?? 0) - left.filter((words) => words.has(word)).length;
}

/**
 * The sentences of a report that belong to another story on its page: a run of two or more sentences in a row, none
 * of which shares a word with what the story's other reports mostly say (a term at least half of them use, a word
 * for a happening standing for its happening: "quake" is "earthquake") or names someone the report names where it
 * tells the story ("Bratton asked for the public's help…" after "police chief William J. Bratton… would not confirm…"),
 * and which hold a topic of their own: a word two of them share. A page that rounds up the day's news, or sets
 * blurbs of other articles inside one, carries such runs ("Golf-U.S. Masters champion Trevor Immelman…" and three
 * sentences more of him and the tour, inside a report of a running back put on injured reserve). A report's own fact
 * from a new source ("Another provincial official, Ghasem Karami, told…") stands among sentences of the story, and
 * two lone details in a row ("A chapel was destroyed. Rain is forecast.") share no topic: neither is a run.
 */
function offStory(draft: Draft, others: Draft[], reach: Reach): Set<Unit> {
  const peers = others.filter((d) => d.language === draft.language);
  // What the story's reports mostly say is known from three reports or more; from one or two it is their wording
  // ("Portmere was flooded" says nothing of the dam whose breach one report tells over three sentences).
  if (peers.length < MIN_PEERS) return new Set();
  const needed = Math.ceil(peers.length / 2);
  const using = reach.among(peers);
  const central = (u: Unit): boolean => reach.words(u).some((t) => using(t) >= needed);
  const named = new Set(draft.units.filter(central).flatMap((u) => u.entities));
  // Any capitalised word, the opening one too: "Bratton asked…" opens on a name.
  const off = (u: Unit): boolean => !central(u) && !(u.sentence.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).some((w) => named.has(w));
  const elsewhere = new Set<Unit>();
  let run: Unit[] = [];
  const close = (): void => {
    const seen = new Map<string, number>();
    for (const u of run) for (const t of new Set(reach.words(u))) seen.set(t, (seen.get(t) ?? 0) + 1);
    if (run.length > 1 && [...seen.values()].some((n) => n > 1)) for (const u of run) elsewhere.add(u);
    run = [];
  };
  for (const u of draft.units) {
    if (off(u)) run.push(u);
    else close();
  }
  close();
  // A lone sentence of another story names its own people and bodies: most of its names, two or more, are named by
  // no other report ("On the heels of the Yahoo deal…, comeback CEO Jerry Yang was skewered by… Web 2.0 Summit host
  // John Battelle" between two sentences of a browser patch). A new source giving a figure of the story is the
  // report's own fact ("Another official, Noor Vasquez, told the Tembury Post that insurers put the damage at…").
  const known = reach.namedBy(others);
  for (const u of draft.units) {
    if (central(u) || u.mentions.length > 0) continue;
    const names = new Set(u.entities);
    const own = [...names].filter((e) => known(e) === 0).length;
    if (own >= MIN_OWN_NAMES && own * 2 > names.size) elsewhere.add(u);
  }
  return elsewhere;
}

/** Names of its own a lone sentence must give, most of its names, to be read as another story's (`offStory`). */
const MIN_OWN_NAMES = 2;

/**
 * Notable facts of the event (sentences with numbers or names, not background or history, that stand alone: no quoted
 * words, no "he" or "but" pointing at a sentence the reader cannot see) that only one independent outlet reports:
 * no other report — independent, or a copy of another report — covers them. Sentences counting something other
 * reports also count (a different toll) are divergences, not unique facts; an outlet alone in its language is skipped,
 * since its sentences cannot be matched.
 */
export function uniqueFacts({
  drafts,
  copyOf,
  shown = () => false,
}: {
  drafts: Draft[];
  copyOf: (d: Draft) => string | null;
  /** Sentences the breakdown shows elsewhere (a side of a claim), not shown again as one outlet's own. */
  shown?: (u: Unit) => boolean;
}): UniqueFact[] {
  const lookup = factIndex(drafts.flatMap((d) => d.units));
  const perOutlet: Unit[][] = [];
  const year = storyYear(drafts);
  const covered = coveredBy(sentenceTerms(drafts));
  const statedIn = statedAcrossLanguages(drafts, COVERED_SHARE);
  // Read once per sentence: every report's sentences are asked of again for each other report.
  const measuresOf = memoMeasures();
  const reach = reachOf(drafts);
  for (const draft of drafts) {
    if (copyOf(draft) !== null || draft.article.body.trim() === '') continue;
    const others = drafts.filter((d) => d !== draft && copyOf(d) !== draft.article.id);
    if (!others.some((d) => d.language === draft.language && d.article.body.trim() !== '')) continue;
    const otherIds = new Set(others.map((d) => d.article.id));
    const names = new Set(draft.units.flatMap((u) => u.entities));
    const counted = new Set(others.flatMap((d) => d.units.flatMap((u) => u.mentions.map((m) => m.quantity))));
    // A record, a calibre or a career total another report gives for the same team, gun or person ("Thompson …
    // dropped to 36-3" beside "Tony Thompson (36-3, 24 KO)") is theirs too, or a divergence.
    const measured = new Set(others.flatMap((d) => d.units.flatMap((u) => measuresOf(u))));
    const elsewhere = offStory(draft, others, reach);
    const background = backgroundSentences(
      draft.units.map((u) => u.sentence),
      year,
    );
    perOutlet.push(
      draft.units
        .filter((u) => u.index < UNIQUE_FROM_TOP)
        .filter((u) => !background[u.index] && !elsewhere.has(u) && !shown(u) && !needsContext(u.sentence) && !isQuoted(u.sentence))
        .filter(
          (u) =>
            !leansOnContext(u.sentence, names) &&
            !isOpinion(u.sentence) &&
            !inWritersVoice(u.sentence, u.language) &&
            !isHabitual(u.sentence) &&
            endsAsSentence(u.sentence),
        )
        .filter((u) => !namedShort(u, draft, others))
        .filter((u) => !describesPlace(u.sentence) && !NOTHING_TOLD.test(u.sentence) && !profane(u.sentence))
        .filter((u) => isNotable(u) && u.terms.size >= 3)
        .filter((u) => !u.mentions.some((m) => counted.has(m.quantity)) && !measuresOf(u).some((k) => measured.has(k)))
        .filter((u) => ![...lookup(u, COVERED).keys()].some((id) => otherIds.has(id)) && !covered(u, others))
        .filter((u) => !others.some((d) => statedIn(u, d) !== null))
        .sort((a, b) => notability(b) - notability(a) || a.index - b.index)
        .slice(0, UNIQUE_LIMITS.perOutlet),
    );
  }
  const chosen: Unit[] = [];
  for (let round = 0; round < UNIQUE_LIMITS.perOutlet; round++) {
    for (const units of perOutlet) {
      const u = units[round];
      if (u !== undefined && chosen.length < UNIQUE_LIMITS.total) chosen.push(u);
    }
  }
  const order = new Map(perOutlet.map((units, i) => [units[0]?.articleId ?? '', i]));
  return chosen
    .sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.index - b.index)
    .map((u) => ({
      statement: stripDateline(u.sentence),
      quote: { articleId: u.articleId, outlet: u.outlet, sentence: u.sentence },
      outlet: u.outlet,
    }));
}
