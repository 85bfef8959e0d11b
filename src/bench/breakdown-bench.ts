import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../domain/article.ts';
import type { Breakdown, NumberDivergence } from '../domain/breakdown.ts';
import { buildBreakdown } from '../compare/build-breakdown.ts';
import { TIME_OF_DAY } from '../text/clock-times.ts';
import { readCorpus } from './cluster-bench.ts';
import { corpusArticle, type CorpusLine } from './corpus-article.ts';
import { gradeUnique, readGrading, uniqueLines, type Grading, type UniqueScore } from './unique-grading.ts';
import { crowdedStory, timeCrowd } from './crowd-breakdown.ts';
import { creditLines, gradeCredits, readCreditGrading, type CreditGrading, type CreditScore } from './credit-grading.ts';

/** The corpus `--crowd` reads its crowded story from when none is given. */
const CROWD_CORPUS = '../shared/corpus/ecbplus-dev.jsonl';

/** Gold files read when none is given, relative to the repository root. */
export const DEFAULT_GOLD = ['bench/gold/breakdown-ecbplus.json', 'bench/gold/breakdown-invented.json'];

/** A gold value: one number, or an interval for a vague amount ("several" is [2, 9]). */
export type GoldValue = number | [number, number];

export interface GoldNumber {
  quantity: string;
  currency?: string;
  values: GoldValue[];
  kind: 'conflict' | 'update';
  note?: string;
}
export interface GoldClaim {
  sides: string[][];
  note?: string;
}
export interface GoldArticle {
  id: string;
  outlet: string;
  title: string;
  body: string;
  published_at: string | null;
}
export interface GoldStory {
  id: string;
  /** "a" tuned on; "b" held out (looked at in earlier sessions); "c" to "h" held out, annotated before the changes they judge. */
  half: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
  /** Invented stories carry their articles; corpus stories are read from the corpus by story id. */
  articles?: GoldArticle[];
  numbers: GoldNumber[];
  claims: GoldClaim[];
  /** Facts of the event: each a list of word groups ("10|ten"), every group must occur in the statement. */
  consensus: string[][];
  /** Words of background and history: a consensus statement holding one is not the event's own fact. */
  background?: string[];
}
interface GoldFile {
  corpus?: string;
  stories: GoldStory[];
}

/** Per-story counts the bench adds up; unique facts are counted against the hand grading (unique-grading.ts). */
export interface StoryScore extends Partial<UniqueScore>, Partial<CreditScore> {
  divergences: number;
  divergencesRight: number;
  gold: number;
  goldFound: number;
  kindsJudged: number;
  kindsRight: number;
  claims: number;
  claimsRight: number;
  /** Gold claim conflicts, and those some listed claim conflict matches. */
  goldClaims: number;
  goldClaimsFound: number;
  consensus: number;
  consensusRight: number;
  /** Gold consensus facts, and how many of them a listed consensus statement states. */
  goldFacts: number;
  goldFactsFound: number;
  junk: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when a group ("10|ten") has an alternative that starts a word of the text (case-insensitive). */
function hasGroup(text: string, group: string): boolean {
  const plain = unhyphenated(text);
  return group.split('|').some((alt) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(unhyphenated(alt))}`, 'u').test(plain));
}

/** Lower case, a hyphen between two words read as a space: "one-million dollars" states "one million". */
const unhyphenated = (text: string): string => text.toLowerCase().replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');

/** A consensus statement states a gold fact when every word group of the fact occurs in it. */
export function statesFact(statement: string, fact: string[]): boolean {
  return fact.every((group) => hasGroup(statement, group));
}

const interval = (v: GoldValue): [number, number] => (typeof v === 'number' ? [v, v] : v);

/** The quantity family of a divergence key: "money:USD" → money, currency USD. */
function family(key: string): { quantity: string; currency: string | null } {
  const [quantity, currency] = key.split(':');
  return { quantity: quantity!, currency: currency ?? null };
}

/**
 * A divergence matches a gold one when its quantity key names the gold quantity (and currency), at least two
 * gold values are each within some variant's interval, and at least half of its variants hold a gold value.
 */
export function matchesGold(d: NumberDivergence, g: GoldNumber): boolean {
  const f = family(d.quantity);
  // An open count's key names every noun its reports count with ("experts or observers:sent"); any one may be the gold's.
  if (!f.quantity.split(' or ').includes(g.quantity) || (g.currency !== undefined && f.currency !== g.currency)) return false;
  // "more than 200" (201 and up) holds the 200 an annotator writes down for it.
  const within = (v: GoldValue, min: number, max: number | null): boolean => {
    const [lo, hi] = interval(v);
    return lo <= (max ?? Infinity) && min - (max === null && Number.isInteger(min) ? 1 : 0) <= hi;
  };
  const covered = g.values.filter((v) => d.variants.some((x) => within(v, x.min, x.max))).length;
  const holding = d.variants.filter((x) => g.values.some((v) => within(v, x.min, x.max))).length;
  return covered >= 2 && holding * 2 >= d.variants.length;
}

/** An output claim conflict matches a gold one when each gold side names a different output side's party. */
function claimMatches(sides: string[], gold: GoldClaim): boolean {
  const used = new Set<number>();
  return gold.sides.every((aliases) => {
    const i = sides.findIndex((party, k) => !used.has(k) && aliases.some((a) => party.toLowerCase().includes(a.toLowerCase())));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|novemer|dec(?:ember)?)\\.?' +
  // The same in the catalog's other languages, as pages date themselves ("28. November", "22 de julio", "29 ЛИПНЯ").
  '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno' +
  '|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro' +
  '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря' +
  '|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня';
const WEEKDAY =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag' +
  '|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo' +
  '|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя';
const STAMP_WORDS = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d+(?:st|nd|rd|th|\\.)?|[ap]\\.?m\\.?|gmt|utc|bst|et|edt|est|pdt|pst|cst|ist|aest|hkt|hrs|updated|posted|published|last|first|on|at|by|of|uk` +
    '|uhr|zuletzt|aktualisiert|am|um|mis|à|jour|le|última|actualización|actualizado|de|el|aggiornato|il|alle|atualizado|em|às' +
    '|последнее|обновление|обновлено|оновлено|в|о|года|року|更新时间|更新時間|更新|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2}時\\d{1,2}分)$',
  'iu',
);
const LEADING_STAMP = new RegExp(
  `^\\s*(?:(?:(?:article |story )?(?:posted|updated|published)(?: on)?|last updated)\\s*:?\\s*)?(?:\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{2,4}|(?:${WEEKDAY}),?\\s+(?:${MONTH})\\s+\\d|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH})\\s+\\d{4})` +
    // A Chinese or Japanese page's "published:" or "updated:" before its date ("公開：2012年7月7日").
    '|^\\s*(?:公開|更新|配信|掲載|发布|發佈|更新时间|更新時間|发布时间)\\s*[:：]?\\s*\\d{4}\\s*年' +
    // A time zone left in brackets at a line's start ("(GMT+05:00) Parliamentary elections…"), a stamp's tail.
    '|^\\s*\\((?:gmt|utc)\\s*[+-]\\s*\\d',
  'iu',
);
/** A date in the calendar words above, a clock time, a numeric date, or a Chinese or Japanese date ("2011年11月11日"). */
const HAS_DATE = new RegExp(
  `(?<![\\p{L}])(?:${MONTH}|${WEEKDAY})(?![\\p{L}])|\\d:\\d\\d|\\d\\s*/\\s*\\d|\\d\\s*[年月]\\s*\\d{1,2}\\s*[月日]`,
  'iu',
);
const AGENCY_DATELINE = /^[\p{Lu}][\p{L} .,'’-]{0,40}(?:,\s*[\p{L}]+\.? \d{1,2},? \d{4})?\s*\([\p{L}]{2,12}\)\s*[—–-]/u;
/** A caption or credit line ("Photo: AP", "Video | Getty Images"), not a sentence that opens with the word ("Video posted online showed…"). */
const FURNITURE =
  /^(?:read more|read also|see also|(?:photo|image|video)s?(?:\s*[:|/]|\s+(?:by|credit|courtesy)\b)|by [\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+$)/iu;

/**
 * The bench's own test for page furniture shown to readers, written apart from the breakdown's filters so that
 * the bench does not grade them by themselves: a date or time stamp (alone, with a place and perhaps its agency, or opening the text), a wire dateline
 * ending in an agency in brackets and a dash, a "read more" line, a photo credit, a bare byline.
 */
export function isJunk(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  // An agency in brackets closing a place-and-date line ("Washington D.C., Jul 13, 2009 / 02:00 pm (CNA)") is part of it.
  const words = t
    .replace(/\(\p{Lu}{2,8}\)$/u, '')
    .split(/[\s,|:;/()\-–—：（）]+/u)
    .filter((w) => w !== '');
  const rest = words.filter((w) => !STAMP_WORDS.test(w.replace(/[.]$/u, '')));
  if (HAS_DATE.test(t) && rest.length <= 1 && words.length >= 2) return true;
  if (HAS_DATE.test(t) && rest.length <= 3 && words.length > rest.length && rest.every((w) => /^\p{Lu}/u.test(w))) return true;
  return LEADING_STAMP.test(t) || AGENCY_DATELINE.test(t) || FURNITURE.test(t);
}

/** Every line a reader is shown: headline, each report's title and summary, consensus, divergence values and claims, unique facts. */
export function shownLines(b: Breakdown): string[] {
  return [
    b.story.headline,
    ...b.reports.map((r) => r.title).filter((title) => title !== ''),
    ...b.reports.flatMap((r) => r.summary),
    ...b.consensus.map((c) => c.statement),
    // A time of day is a value, not a stamp: it is judged as readers see it, under its label ("time of day: about 1:30 a.m.").
    ...b.divergences.numbers.flatMap((d) => d.variants.map((v) => (d.quantity === TIME_OF_DAY ? `${d.label}: ${v.figure}` : v.text))),
    ...b.divergences.claims.flatMap((c) => c.sides.map((s) => s.claim)),
    ...b.unique.map((u) => u.statement),
  ];
}

/**
 * Scores one breakdown against its gold annotation (and its unique facts and the credits of its agreed facts against
 * their gradings, when given).
 */
export function scoreStory(b: Breakdown, gold: GoldStory, grading?: Grading, credits?: CreditGrading): StoryScore {
  const numbers = b.divergences.numbers;
  const right = numbers.filter((d) => gold.numbers.some((g) => matchesGold(d, g)));
  let kindsJudged = 0;
  let kindsRight = 0;
  for (const g of gold.numbers) {
    const found = numbers.find((d) => matchesGold(d, g));
    if (found === undefined) continue;
    kindsJudged++;
    if (((found as { kind?: string }).kind ?? 'conflict') === g.kind) kindsRight++;
  }
  const claims = b.divergences.claims.map((c) => c.sides.map((s) => s.party));
  const background = (gold.background ?? []).map((w) => w.toLowerCase());
  const ownFact = (c: { statement: string }): boolean => !background.some((w) => hasGroup(c.statement, w));
  const consensusRight = b.consensus.filter((c) => gold.consensus.some((f) => statesFact(c.statement, f)) && ownFact(c)).length;
  const goldFactsFound = gold.consensus.filter((f) => b.consensus.some((c) => statesFact(c.statement, f) && ownFact(c))).length;
  return {
    divergences: numbers.length,
    divergencesRight: right.length,
    gold: gold.numbers.length,
    goldFound: kindsJudged,
    kindsJudged,
    kindsRight,
    claims: claims.length,
    claimsRight: claims.filter((sides) => gold.claims.some((g) => claimMatches(sides, g))).length,
    goldClaims: gold.claims.length,
    goldClaimsFound: gold.claims.filter((g) => claims.some((sides) => claimMatches(sides, g))).length,
    consensus: b.consensus.length,
    consensusRight,
    goldFacts: gold.consensus.length,
    goldFactsFound,
    junk: shownLines(b).filter(isJunk),
    ...(grading === undefined ? {} : gradeUnique(gold.id, b.unique, grading)),
    ...(credits === undefined ? {} : gradeCredits(gold.id, b.consensus, credits)),
  };
}

/** Reads the corpus articles of a gold story; ECB+ titles of the older half are the article's first sentence, so they lead its body. */
export function corpusArticles(lines: CorpusLine[], storyId: string): Article[] {
  return lines
    .filter((l) => l.story_id === storyId)
    .map((l) => {
      const article = corpusArticle(l);
      return /_ecb$/u.test(storyId) ? { ...article, body: `${l.title}\n${l.body}` } : article;
    });
}

function inventedArticle(a: GoldArticle): Article {
  return {
    id: a.id,
    sourceId: a.outlet,
    feedUrl: null,
    url: null,
    title: a.title,
    body: a.body,
    publishedAt: a.published_at,
    fetchedAt: a.published_at ?? '2020-01-01T00:00:00.000Z',
    language: 'en',
    author: null,
    publisher: null,
  };
}

/** Builds a story's breakdown the way Parallax does; each corpus article is its own outlet (ECB+ names few sources). */
export function breakdownOf(story: GoldStory, articles: Article[]): Breakdown {
  const outletName = (a: Article): string => (story.articles ? a.sourceId : a.id);
  return buildBreakdown({
    story: {
      id: story.id,
      articleIds: articles.map((a) => a.id),
      firstSeen: articles[0]?.fetchedAt ?? '',
      lastUpdated: articles[0]?.fetchedAt ?? '',
    },
    articles,
    outletOf: (a) => ({ id: outletName(a), name: outletName(a), country: null, language: 'en', ownership: null }),
  });
}

const ratio = (num: number, den: number, empty: number): number => Math.round((den === 0 ? empty : num / den) * 1000) / 1000;

/** Adds up story scores into the bench's figures. */
export function summarise(scores: StoryScore[], ms: number): Record<string, number> {
  const sum = (f: (s: StoryScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  return {
    stories: scores.length,
    divergence_precision: ratio(
      sum((s) => s.divergencesRight),
      sum((s) => s.divergences),
      1,
    ),
    divergence_recall: ratio(
      sum((s) => s.goldFound),
      sum((s) => s.gold),
      1,
    ),
    kind_accuracy: ratio(
      sum((s) => s.kindsRight),
      sum((s) => s.kindsJudged),
      1,
    ),
    claim_precision: ratio(
      sum((s) => s.claimsRight),
      sum((s) => s.claims),
      1,
    ),
    // Only when the gold has claim conflicts to find: with none, recall says nothing (see docs/benchmarks.md).
    ...(sum((s) => s.goldClaims) > 0
      ? {
          claim_recall: ratio(
            sum((s) => s.goldClaimsFound),
            sum((s) => s.goldClaims),
            1,
          ),
        }
      : {}),
    consensus_precision: ratio(
      sum((s) => s.consensusRight),
      sum((s) => s.consensus),
      1,
    ),
    consensus_recall: ratio(
      sum((s) => s.goldFactsFound),
      sum((s) => s.goldFacts),
      1,
    ),
    stories_without_consensus: sum((s) => (s.consensus === 0 ? 1 : 0)),
    junk_sentences: sum((s) => s.junk.length),
    divergences_listed: sum((s) => s.divergences),
    claims_listed: sum((s) => s.claims),
    consensus_listed: sum((s) => s.consensus),
    ...gradedFigures(scores),
    ms_per_breakdown: Math.round(ms * 10) / 10,
  };
}

/**
 * What the hand gradings say (each figure only when its grading holds a line listed): unique facts listed, per story,
 * and the share of those graded that are right; the credits of agreed facts (each outlet a fact is credited to but the
 * one whose sentence it shows) and the shares of those graded that are right (the sentence states the fact) and part
 * (a piece of it).
 */
function gradedFigures(scores: StoryScore[]): Record<string, number> {
  const sum = (f: (s: StoryScore) => number | undefined): number => scores.reduce((t, s) => t + (f(s) ?? 0), 0);
  const unique = sum((s) => s.uniqueGraded);
  const credits = sum((s) => s.creditsGraded);
  return {
    ...(unique > 0
      ? {
          unique_precision: ratio(
            sum((s) => s.uniqueRight),
            unique,
            1,
          ),
          unique_graded: unique,
        }
      : {}),
    unique_listed: sum((s) => s.unique),
    unique_per_story: ratio(
      sum((s) => s.unique),
      scores.length,
      0,
    ),
    ...(credits > 0
      ? {
          credit_precision: ratio(
            sum((s) => s.creditsRight),
            credits,
            1,
          ),
          credit_part: ratio(
            sum((s) => s.creditsPart),
            credits,
            0,
          ),
          credits_graded: credits,
        }
      : {}),
    credits_listed: sum((s) => s.credits),
  };
}

/**
 * `breakdown [GOLD.json …] [--half a|b|c|d|e|f|g|h] [--story ID] [--with FILE.jsonl] [--verbose] [--unique] [--credits] [--crowd N]`: builds
 * the breakdown of every gold story from its reports and prints one JSON line of precision, recall, kind accuracy, junk
 * shown, unique facts and time per breakdown (see docs/benchmarks.md). `--with` adds each corpus story's reports from
 * another file (its reports in other languages, `xling-dev.jsonl`), so that what they bring (their stamps, their
 * figures) is scored too. `--unique` prints every listed unique fact on stderr, one tab-separated line each, with its
 * grade; `--credits` prints every credit of every agreed fact the same way. `--crowd N [CORPUS.jsonl]` instead times
 * the breakdown of one story told by N outlets (crowd-breakdown.ts) and prints its median, fastest and slowest build.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      half: { type: 'string' },
      story: { type: 'string' },
      with: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      unique: { type: 'boolean', default: false },
      credits: { type: 'boolean', default: false },
      crowd: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const { half, story: only, verbose, unique: listUnique, credits: listCredits } = values;
  if (values.crowd !== undefined) {
    const outlets = Number(values.crowd);
    if (!Number.isInteger(outlets) || outlets < 1) throw new Error(`--crowd takes a number of outlets, not "${values.crowd}"`);
    const story = crowdedStory(await readCorpus(positionals[0] ?? CROWD_CORPUS), outlets);
    const ms = timeCrowd(story);
    console.log(JSON.stringify({ crowd_reports: story.length, ms_median: ms.median, ms_min: ms.min, ms_max: ms.max }));
    return;
  }
  const grading = await readGrading();
  const creditGrading = await readCreditGrading();
  const extra = values.with === undefined ? [] : await readCorpus(values.with);
  const scores: StoryScore[] = [];
  let ms = 0;
  const corpora = new Map<string, CorpusLine[]>();
  for (const path of positionals.length > 0 ? positionals : DEFAULT_GOLD) {
    const file = JSON.parse(await readFile(path, 'utf8')) as GoldFile;
    for (const story of file.stories) {
      if (half !== undefined && story.half !== half) continue;
      if (only !== undefined && story.id !== only) continue;
      let articles: Article[];
      if (story.articles !== undefined) {
        articles = story.articles.map(inventedArticle);
      } else {
        const corpusPath = resolve(dirname(path), '../..', file.corpus ?? '../shared/corpus/ecbplus-dev.jsonl');
        if (!corpora.has(corpusPath)) corpora.set(corpusPath, await readCorpus(corpusPath));
        articles = [
          ...corpusArticles(corpora.get(corpusPath)!, story.id),
          ...extra.filter((l) => l.story_id === story.id).map((l) => corpusArticle(l)),
        ];
      }
      const started = process.hrtime.bigint();
      const breakdown = breakdownOf(story, articles);
      ms += Number(process.hrtime.bigint() - started) / 1e6;
      const score = scoreStory(breakdown, story, grading, creditGrading);
      scores.push(score);
      if (verbose) {
        console.error(`${story.id}: ${JSON.stringify({ ...score, junk: score.junk.length })}`);
        for (const d of breakdown.divergences.numbers)
          console.error(`  ${d.quantity} [${(d as { kind?: string }).kind ?? '-'}]: ${d.variants.map((v) => v.text).join(' | ')}`);
        for (const c of breakdown.divergences.claims)
          console.error(`  claim: ${c.sides.map((s) => `${s.party}: ${s.claim}`).join(' || ')}`);
        for (const c of breakdown.consensus) console.error(`  consensus: ${c.statement}`);
        for (const j of score.junk) console.error(`  junk: ${j}`);
      }
      if (listUnique) for (const line of uniqueLines(story.id, breakdown.unique, grading)) console.error(line);
      if (listCredits) for (const line of creditLines(story.id, breakdown.consensus, creditGrading)) console.error(line);
    }
  }
  console.error(`scored ${scores.length} breakdowns${half ? ` (half ${half})` : ''}`);
  console.log(JSON.stringify(summarise(scores, scores.length === 0 ? 0 : ms / scores.length)));
}
