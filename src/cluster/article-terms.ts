import type { Article } from '../domain/article.ts';
import { detectLanguage } from '../text/language.ts';
import { stemmerFor } from '../text/stem.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { withoutDates } from '../text/dates.ts';
import { flatJoin } from '../text/flat-join.ts';
import { placeOf } from '../text/place-adjectives.ts';
import { isTitleCase } from '../text/title-case.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { ClusterOptions } from './options.ts';
import { TermCounts } from './term-counts.ts';
import { currentTable, renewTableIfFull, type TermTable } from './term-table.ts';
import { urlWords } from './url-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Prefix of entity terms ("@lohan", "@betti_ford"); numbers are "#6.1"; plain words are bare stems. */
export const ENTITY = '@';
export const NUMBER = '#';

/** Weighted term counts of one article, before IDF. */
export interface ArticleTerms {
  language: string;
  /** A TermVector (see term-vector.ts): term ids in the order first counted. */
  counts: Map<string, number>;
  /** Names the headline itself gives ("@jamal", "@william", "@jamal_william", "@charger"): whom the report is about. */
  headlineNames: string[];
  /** Whether the article is a headline only (no body): its names are mostly guessed from case. */
  headlineOnly: boolean;
}

/** Text past this is not read: the event is named long before, and pasted page clutter is not. */
const MAX_BODY_CHARS = 12_000;

/** Words of dates, clocks and datelines ("Last updated at 14:39 GMT"): every article of a week has them, so they tell no event from another. */
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'am',
  'pm',
  'gmt',
  'utc',
  'bst',
  'cet',
  'est',
  'edt',
  'pst',
  'pdt',
  'ist',
  'et',
  'ct',
  'pt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'updated',
  'published',
  'posted',
  'last',
]);

/**
 * The same for text in one language only: a month or weekday of one language can be a word of
 * another. Words that are also common words there stay terms ("mars" the planet, "среда" the
 * environment). Ukrainian "п'ятниця" reaches the extractor as "ятниця".
 */
const DATE_WORDS_BY_LANGUAGE: Record<string, Set<string>> = {
  fr: new Set([
    'lundi',
    'mardi',
    'mercredi',
    'jeudi',
    'vendredi',
    'samedi',
    'dimanche',
    'janvier',
    'février',
    'avril',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
    'publié',
    'modifié',
  ]),
  es: new Set([
    'lunes',
    'martes',
    'miércoles',
    'jueves',
    'viernes',
    'sábado',
    'domingo',
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'setiembre',
    'octubre',
    'noviembre',
    'diciembre',
    'actualizado',
    'publicado',
  ]),
  ru: new Set([
    'понедельник',
    'вторник',
    'среду',
    'четверг',
    'пятница',
    'пятницу',
    'суббота',
    'субботу',
    'воскресенье',
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
    'январь',
    'февраль',
    'март',
    'апрель',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
    'обновлено',
    'опубликовано',
    'мск',
  ]),
  uk: new Set([
    'понеділок',
    'вівторок',
    'середа',
    'середу',
    'четвер',
    'ятниця',
    'ятницю',
    'субота',
    'суботу',
    'неділя',
    'неділю',
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
    'січень',
    'лютий',
    'березень',
    'квітень',
    'травень',
    'червень',
    'липень',
    'серпень',
    'вересень',
    'жовтень',
    'листопад',
    'грудень',
    'оновлено',
    'опубліковано',
  ]),
};

/** Weight of an address slug word the headline lacks. */
const SLUG_WEIGHT = 1;

/** Capitalised words that are titles, not names. */
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr']);

/** Turns an article into weighted terms: stems, named entities and numbers, headline above body, lead above tail. */
export function articleTerms({
  article,
  vocabulary,
  options,
}: {
  article: Pick<Article, 'title' | 'body' | 'language' | 'url'>;
  vocabulary: Vocabulary;
  options: Pick<ClusterOptions, 'titleWeight' | 'titleNameWeight' | 'leadTokens'>;
}): ArticleTerms {
  const language = detectLanguage({ text: flatJoin(article.title, '\n', article.body.slice(0, 1500)), declared: article.language });
  const counts = new TermCounts(termTable());
  const stop = stopwordsFor(language);
  const words = wordsOf(language);
  // A headline's date ("Sunday, March 17, 2031 | 5:00 PM", "Posted 11/27/31") says when the page was
  // written, not what happened: its day would join the headline to any story with a "17" in it. Its year stays (the merge year test).
  const title = caseless(tokenize(withoutDates(article.title)));
  const titleCase = isTitleCase(title, stop);
  const body = tokenize(article.body.length > MAX_BODY_CHARS ? article.body.slice(0, MAX_BODY_CHARS) : article.body);
  const ctx: Context = {
    vocabulary,
    counts,
    stem: stemmerFor(language),
    stop,
    words,
    article: ++articlesRead,
    guessNames: body.length === 0,
  };
  const titleFacts = markNames(ctx, titleCase ? [] : title);
  const bodyFacts = markNames(ctx, body);
  const titleNameWeight = body.length === 0 ? options.titleWeight : options.titleNameWeight;
  addTokens(
    ctx,
    title,
    titleCase,
    () => options.titleWeight,
    () => titleNameWeight,
    titleFacts,
  );
  ctx.guessNames = false; // names are guessed in a headline with no body only
  const headlineNames = counts.terms().filter((t) => t.startsWith(ENTITY));
  const slug = withoutTitleWords(urlWords(article.url), title, ctx.stem);
  addTokens(ctx, slug, false, () => SLUG_WEIGHT);
  addTokens(ctx, body, false, (i) => (i < options.leadTokens ? 1 : 0.5), undefined, bodyFacts);
  return { language, counts: counts.toVector(), headlineNames, headlineOnly: body.length === 0 };
}

/** The words of an address slug whose stem the headline does not give already. */
function withoutTitleWords(slug: Token[], title: Token[], stem: (word: string) => string): Token[] {
  // Most addresses give no slug: then the headline's words need no stemming here.
  if (slug.length === 0) return slug;
  const titleStems = new Set(title.map((t) => stem(t.lower)));
  return slug.filter((t) => !titleStems.has(stem(t.lower)));
}

interface Context {
  vocabulary: Vocabulary;
  counts: TermCounts;
  stem: (word: string) => string;
  stop: Set<string>;
  words: LanguageWords;
  /** The number of this article among those read, which marks its words in their facts (see markNames). */
  article: number;
  /**
   * Whether a capitalised word never seen mid-sentence counts as a name (headline-only items), the
   * headline's first word too: headlines open with who ("Lindsay Lohan checks into rehab"), and a
   * name read there is what later headlines of the event are matched on.
   */
  guessNames: boolean;
}

/** Articles read so far (see Context.article). */
let articlesRead = 0;

/**
 * Marks in their facts the words of a token list (the title, the body) written capitalised mid-sentence
 * and those written in lower case: a word marked the first way by this article and not the second is a
 * local name (see localName). Returns the facts of each token (none for numbers), for addTokens.
 */
function markNames(ctx: Context, tokens: Token[]): (WordFacts | undefined)[] {
  // Made at its length rather than grown token by token: one list per text read, they are much of what the
  // clusterer allocates.
  const facts = new Array<WordFacts | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.numeric) continue;
    const f = ctx.words.of(t);
    if (!t.capitalised) f.lowerIn = ctx.article;
    else if (!t.sentenceStart) f.capitalisedIn = ctx.article;
    facts[i] = f;
  }
  return facts;
}

/** Whether this article writes the word capitalised mid-sentence and never in lower case. */
function localName(ctx: Context, facts: WordFacts): boolean {
  return facts.capitalisedIn === ctx.article && facts.lowerIn !== ctx.article;
}

/**
 * `nameWeightAt` weighs the name terms ("@lohan", "@lindsay_lohan") of the token, `weightAt` the rest;
 * `known` holds the facts of the tokens where markNames has looked them up already.
 */
function addTokens(
  ctx: Context,
  tokens: Token[],
  titleCase: boolean,
  weightAt: (i: number) => number,
  nameWeightAt = weightAt,
  known: (WordFacts | undefined)[] = [],
): void {
  const counts = ctx.counts;
  const table = counts.table;
  // Term id of the stem of the entity just before, or -1: two names in a row also count as a pair ("@ilsa_brandt").
  let previousEntity = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const weight = weightAt(i);
    if (token.numeric) {
      counts.add(numberId(table, token.lower), weight);
      previousEntity = -1;
      continue;
    }
    const trustedCase = !token.sentenceStart && !titleCase;
    const facts = known[i] ?? ctx.words.of(token);
    if (trustedCase && !token.acronym) ctx.vocabulary.noteCaseOf(wordIdOf(table, facts), token.capitalised);
    if (facts.skip || (facts.stop && !usuallyAName(ctx, token, facts))) {
      previousEntity = -1;
      continue;
    }
    // An acronym is its own stem ("un", not a stemmed "un").
    const stem = token.acronym ? wordIdOf(table, facts) : facts.stemId;
    counts.add(stem, weight);
    if (!isEntity(ctx, token, trustedCase, facts)) {
      previousEntity = -1;
      continue;
    }
    const nameWeight = nameWeightAt(i);
    counts.add(token.acronym ? wordEntityIdOf(table, facts) : entityIdOf(table, facts), nameWeight);
    if (previousEntity >= 0) counts.add(pairId(table, previousEntity, stem), nameWeight);
    previousEntity = stem;
  }
}

/*
 * Term ids of numbers ("#6.1"), name pairs and words, remembered as long as the term table they
 * number by is the current one (see termTable), each memo emptied when full.
 */
let numberIds = new Map<string, number>();
let pairIds = new Map<number, Map<number, number>>();
let pairCount = 0;

function numberId(table: TermTable, lower: string): number {
  let id = numberIds.get(lower);
  if (id === undefined) {
    if (numberIds.size >= FACTS_LIMIT) numberIds.clear();
    id = table.idOf(NUMBER + lower);
    numberIds.set(lower, id);
  }
  return id;
}

/** The id of the pair term ("@ilsa_brandt") of two stem ids. */
function pairId(table: TermTable, first: number, second: number): number {
  let row = pairIds.get(first);
  if (row === undefined) {
    if (pairCount >= FACTS_LIMIT) {
      pairIds.clear();
      pairCount = 0;
    }
    row = new Map();
    pairIds.set(first, row);
  }
  let id = row.get(second);
  if (id === undefined) {
    id = table.idOf(`${ENTITY}${table.terms[first]!}_${table.terms[second]!}`);
    row.set(second, id);
    pairCount++;
  }
  return id;
}

function entityIdOf(table: TermTable, f: WordFacts): number {
  return f.entityId >= 0 ? f.entityId : (f.entityId = table.idOf(f.entity));
}

function wordIdOf(table: TermTable, f: WordFacts): number {
  return f.wordId >= 0 ? f.wordId : (f.wordId = table.idOf(f.word));
}

function wordEntityIdOf(table: TermTable, f: WordFacts): number {
  return f.wordEntityId >= 0 ? f.wordEntityId : (f.wordEntityId = table.idOf(ENTITY + f.word));
}

/** The term table articles are counted by, a fresh one once it is full; the memos of term ids are emptied when it changes. */
function termTable(): TermTable {
  renewTableIfFull();
  const table = currentTable();
  if (table !== factsTable) {
    factsTable = table;
    factsByLanguage.clear();
    numberIds = new Map();
    pairIds = new Map();
    pairCount = 0;
  }
  return table;
}

/** Stop words written as names ("Felt", "Will", "US") mid-sentence more often than not are kept. */
function usuallyAName(ctx: Context, token: Token, facts: WordFacts): boolean {
  if (token.acronym) return true;
  if (!token.capitalised) return false;
  return localName(ctx, facts) || (ctx.vocabulary.capitalisedShareOf(wordIdOf(ctx.counts.table, facts)) ?? 0) >= 0.5;
}

function isEntity(ctx: Context, token: Token, trustedCase: boolean, facts: WordFacts): boolean {
  if (facts.notName) return false;
  if (token.acronym) return true;
  if (!token.capitalised) return false;
  if (trustedCase || localName(ctx, facts)) return true;
  const share = ctx.vocabulary.capitalisedShareOf(wordIdOf(ctx.counts.table, facts));
  return share === null ? ctx.guessNames : share >= 0.5;
}

/** A headline in capitals says nothing about names: its words are read as capitalised, not acronyms. */
function caseless(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => !t.numeric);
  if (words.length < 3 || words.filter((t) => t.acronym).length / words.length < 0.5) return tokens;
  return tokens.map((t) => (t.acronym ? { ...t, acronym: false } : t));
}

/** What a lower-case word is to the term extractor in one language, worked out once per word, not per sighting. */
interface WordFacts {
  /** The lower-case word. */
  word: string;
  /** Never a term: a single letter or a date word. */
  skip: boolean;
  /** On the language's stop list (kept only where the word is usually a name). */
  stop: boolean;
  stem: string;
  /** The entity term of the stem ("@lohan"). */
  entity: string;
  /** A title ("mr", "dr"), never a name. */
  notName: boolean;
  /** Term ids (see term-table.ts) of the stem, the entity term, the word itself and "@" + the word (as an acronym is counted); all but the first -1 until needed. */
  stemId: number;
  entityId: number;
  wordId: number;
  wordEntityId: number;
  /** The last article (see Context.article) that wrote the word capitalised mid-sentence, and the last that wrote it in lower case. */
  capitalisedIn: number;
  lowerIn: number;
}

/** Most words remembered per language; emptied when full (between articles), which keeps it bounded. */
const FACTS_LIMIT = 100_000;
const factsByLanguage = new Map<string, LanguageWords>();
/** The term table the ids in WordFacts number by. */
let factsTable: TermTable | null = null;

/** The facts of a language's words, emptied first when full: only here, between articles, since an article marks its names in them. */
function wordsOf(language: string): LanguageWords {
  let words = factsByLanguage.get(language);
  if (words === undefined) factsByLanguage.set(language, (words = new LanguageWords(language)));
  else if (words.size >= FACTS_LIMIT) words.clear();
  return words;
}

/**
 * The facts of the words of one language, found by a token's word number (see wordNumber) in an array
 * and, for a word not found there, by the word itself: numbers come back for other words when the
 * tokenizer's numbering starts again, so the facts at a number count only when they are its word's.
 */
class LanguageWords {
  private readonly stop: Set<string>;
  private readonly stem: (word: string) => string;
  private readonly dateWords: Set<string> | undefined;
  /** English words are stemmed as the place they name when they are a place adjective ("Iranian" as "Iran"). */
  private readonly english: boolean;
  private readonly memo = new Map<string, WordFacts>();
  private byNumber: (WordFacts | undefined)[] = [];

  constructor(language: string) {
    this.stop = stopwordsFor(language);
    this.stem = stemmerFor(language);
    this.dateWords = DATE_WORDS_BY_LANGUAGE[language];
    this.english = language === 'en';
  }

  get size(): number {
    return this.memo.size;
  }

  clear(): void {
    this.memo.clear();
    this.byNumber = [];
  }

  /** The facts of a token's lower-case word. */
  of(token: Token): WordFacts {
    const n = token.word;
    const byNumber = this.byNumber;
    if (n >= 0 && n < byNumber.length) {
      const f = byNumber[n];
      if (f !== undefined && f.word === token.lower) return f;
    }
    const f = this.ofWord(token.lower);
    if (n >= 0) {
      while (byNumber.length < n) byNumber.push(undefined);
      byNumber[n] = f;
    }
    return f;
  }

  private ofWord(lower: string): WordFacts {
    let f = this.memo.get(lower);
    if (f === undefined) {
      const s = this.stem(this.english ? placeOf(lower) : lower);
      f = {
        word: lower,
        skip: lower.length < 2 || DATE_WORDS.has(lower) || this.dateWords?.has(lower) === true,
        stop: this.stop.has(lower),
        stem: s,
        entity: ENTITY + s,
        notName: NOT_NAMES.has(lower),
        stemId: currentTable().idOf(s),
        entityId: -1,
        wordId: -1,
        wordEntityId: -1,
        capitalisedIn: 0,
        lowerIn: 0,
      };
      this.memo.set(lower, f);
    }
    return f;
  }
}
