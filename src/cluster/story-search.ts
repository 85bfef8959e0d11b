import type { Article } from '../domain/article.ts';
import { conceptsIn, conceptsOfWord, eventPhrases } from '../text/event-words.ts';
import { writtenIn } from '../text/language.ts';
import { topicLanguages } from '../text/topic-language.ts';
import { headlineNameKeys, joinedKeys } from '../text/headline-names.ts';
import { nameKeysByScript, searchKeys, soundLikeness, type SpellingsByKey } from '../text/name-keys.ts';
import { placesIn } from '../text/place-names.ts';
import { reportPlaces } from '../text/report-places.ts';
import { stemmerFor } from '../text/stem.ts';
import { isStopword, stopwordsFor } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import { UNSPACED_RUN, unspacedWords } from '../text/unspaced-words.ts';
import type { StoryClusterer } from './story-clusterer.ts';

/** Articles read per story when matching a query, and characters read per body. */
const ARTICLES_PER_STORY = 24;
const BODY_CHARS = 3000;
/** Hours after which a story's recency boost has halved. */
const RECENCY_HALF_LIFE_HOURS = 48;

/**
 * Ranks live stories by relevance to a user topic ("earthquake Turkey", "Навальный"): each query term (stemmed in the
 * query's language and in English) counts by where the story's reports give it, a headline (full credit) or a text
 * (half credit), and by how many of its outlets do (`reportShare`); the terms' mean is boosted by recency and by how many
 * outlets report the story. A query word a story's reports in other languages give only in their own script
 * ("Teixeira" for "Тейшейра", "テシェイラ") counts as found where their names share its sound key, by how alike it is
 * spelled. A place counts as found where a report names it in its own language ("Iran" in a headline's "伊朗",
 * "Vancouver" in "温哥华"), and only so: the sound of a place's name is not asked. An event word counts as found where
 * reports in another language give a word for the same event ("землетрясение" in a headline's "earthquake",
 * "earthquake" in "地震"; see src/text/event-words.ts): across languages only, so that within one language a word is
 * found as itself.
 */
export function searchStories({
  clusterer,
  articles,
  query,
  now,
  limit = 10,
}: {
  clusterer: StoryClusterer;
  articles: (id: string) => Article | undefined;
  query: string;
  now: number;
  limit?: number;
}): { storyId: string; score: number; complete: boolean }[] {
  const typedIn = topicLanguages(query);
  const language = typedIn[0]!;
  const wanted = queryTerms(query, typedIn);
  if (wanted.length === 0) return [];
  const needs: Needs = {
    languages: [...new Set([...typedIn, 'en'])],
    language,
    places: wanted.some((w) => w.place !== null),
    names: wanted.some((w) => w.place === null && w.keys.length > 0),
    events: wanted.some((w) => w.event !== null),
  };
  const results: { storyId: string; score: number; complete: boolean }[] = [];
  for (const story of clusterer.stories()) {
    const reports = story.articleIds
      .slice(0, ARTICLES_PER_STORY)
      .map(articles)
      .filter((a): a is Article => !!a)
      .map((a) => readReport(a, needs));
    const outlets = new Set(reports.map((r) => r.outlet)).size;
    // How each report gives each term, in its headline and in its text: read once, for the score and for `together`.
    const values = wanted.map((w) => ({
      title: reports.map((r) => valueIn(w, r, 'title')),
      text: reports.map((r) => valueIn(w, r, 'text')),
    }));
    const each = values.map((v) => found(v, reports, outlets));
    const match = each.reduce((sum, f) => sum + f, 0) / wanted.length;
    if (match === 0) continue;
    // The words a story's reports give (as words, as events in their languages, or as names by sound) must come
    // together in one report, as a subscription finds them: "live music" is no cover of a story with "music" in one
    // report and "lived" in another, nor "Гарри Уинстон" (Harry Winston) of one naming a Gary in one report and the
    // "Winston-Shell Award" in another. A place may be named in another report than the rest.
    const inReports = values.filter((_, k) => wanted[k]!.place === null);
    const together = inReports.length < 2 || reports.some((_, i) => inReports.every((v) => v.text[i]! > 0));
    const ageHours = Math.max(0, (now - Date.parse(story.lastUpdated)) / 3_600_000);
    const recency = Math.pow(0.5, ageHours / RECENCY_HALF_LIFE_HOURS);
    const score = match * (0.5 + 0.5 * recency) * (1 + 0.15 * Math.log(outlets));
    results.push({ storyId: story.id, score, complete: each.every((f) => f > 0) && together });
  }
  return results.sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1)).slice(0, limit);
}

/** What a query asks of each report: which readings of it are needed. */
interface Needs {
  languages: string[];
  language: string;
  places: boolean;
  names: boolean;
  events: boolean;
}

/** One report as a query reads it: its terms, places, events and name keys, in its headline and in its text (headline included). */
interface ReadReport {
  outlet: string;
  language: string;
  title: Part;
  text: Part;
}

interface Part {
  terms: Set<string>;
  places: ReadonlySet<string>;
  events: ReadonlySet<string>;
  names: ReadonlyMap<string | null, SpellingsByKey>;
}

function readReport(a: Article, needs: Needs): ReadReport {
  const language = a.language ?? needs.language;
  const body = a.body.slice(0, BODY_CHARS);
  const places = needs.places ? reportPlaces(a) : null;
  // Names are matched by sound only in reports in another language than the query's.
  const names = needs.names && language !== needs.language;
  // A report's words are also read as its own language's, as a query word is for it (`givesAsWord`).
  const languages = needs.languages.includes(language) ? needs.languages : [...needs.languages, language];
  const bodyNames = names ? nameKeysByScript([{ text: body, language }]) : NO_KEYS;
  const title: Part = {
    terms: termSet(a.title, languages),
    places: places ? new Set(places.title) : NONE,
    events: needs.events ? conceptsIn(a.title, language) : NONE,
    names: names ? headlineNameKeys(a.title, body, language, bodyNames) : NO_KEYS,
  };
  // The text holds the headline: its terms and events are the headline's and the body's (no token spans the line
  // break between them), so the headline is not read twice.
  const text: Part = {
    terms: new Set([...title.terms, ...termSet(body, languages)]),
    places: places ? new Set([...places.title, ...places.body]) : NONE,
    events: needs.events ? new Set([...title.events, ...conceptsIn(body, language)]) : NONE,
    names: names ? joinedKeys(title.names, bodyNames) : NO_KEYS,
  };
  return { outlet: a.publisher?.name ?? a.sourceId, language, title, text };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * How well a story's reports give a query term, from 0 to 1, from how each gives it (`values`, by `valueIn`, in report
 * order): the best a report gives it (1 as a word, a place or an event; by sound, how alike the name is spelled), in a
 * headline, or half that in a text, times `reportShare` of the reports that give it there. A story about the word is one whose reports head with it: a story about a Chinese
 * election had ranked below a larger story that said "vote" once, and the one Russian report headed «Колтс» below
 * larger stories naming someone whose name merely sounds alike.
 */
function found(values: { title: number[]; text: number[] }, reports: ReadReport[], outlets: number): number {
  let best = 0;
  for (const part of ['title', 'text'] as const) {
    let most = 0;
    // Counted by outlet: one outlet's many updates (or a feed of many sources' items) are one voice.
    const giving = new Set<string>();
    reports.forEach((r, i) => {
      const v = values[part][i]!;
      if (v > 0) giving.add(r.outlet);
      most = Math.max(most, v);
    });
    if (giving.size > 0) best = Math.max(best, (part === 'title' ? 1 : 0.5) * most * reportShare(giving.size / outlets));
  }
  return best;
}

/**
 * A term given in a share of a story's reports counts three quarters for being given at all, and a quarter by that
 * share: enough for a story about the word to pass a wider one that gives it once, not enough for a small story to
 * pass a wide one that heads with it in a third of its reports (with half and half, `/compare earthquake` had opened
 * a story of two reports before the Qeshm quake's eight).
 */
const reportShare = (share: number): number => 0.75 + 0.25 * share;

/** How a report gives a term in its headline or its text: 1 as a word, a place or an event; else by sound, 0 to 1. */
function valueIn(w: QueryTerm, r: ReadReport, part: 'title' | 'text'): number {
  if (givesAsWord(w, r, part)) return 1;
  // A place is matched by what it names, not by sound: "伊朗" sounds like many names that are not Iran.
  if (w.place !== null) return r[part].places.has(w.place) ? 1 : 0;
  return w.keys.length > 0 ? soundLikeness(w.word, w.keys, w.script, r[part].names) : 0;
}

/**
 * Whether a report gives a term as a word, or as the event it names in another language than the word's. A word is
 * also read as a word of the report's language: "infortunio", typed where a few words read as English, is the
 * "infortuni" of an Italian report, as the Italian stemmer reads both.
 */
function givesAsWord(w: QueryTerm, r: ReadReport, part: 'title' | 'text'): boolean {
  const terms = r[part].terms;
  if (w.every ? w.forms.every((f) => terms.has(f)) : w.forms.some((f) => terms.has(f))) return true;
  if (w.inflected && terms.has(formIn(w, r.language))) return true;
  return w.event !== null && r.language !== w.event.language && w.event.concepts.some((c) => r[part].events.has(c));
}

/** A query word as its stems in the query language and in English, its name sound keys, and the place it is part of ("iran", "united"). */
interface QueryTerm {
  /** The word as typed. */
  word: string;
  forms: string[];
  /** Its stem by the stemmer of each report language it was looked for in (`formIn`). */
  formsByLanguage: Map<string, string>;
  /**
   * Whether it may be a word of a report's language, inflected there: typed in lower case and not a number. A name is
   * not inflected ("Escalante", read as Spanish, is the stem of "escalada", a climb).
   */
  inflected: boolean;
  keys: string[];
  place: string | null;
  /** The script the word is written in: its sound keys meet only names written in another. */
  script: string | null;
  /** Found in a text only where every one of `forms` is (a name read in pieces), rather than any. */
  every?: boolean;
  /** The event the word names and the language it was read in: found in reports in other languages that name it. */
  event: { concepts: string[]; language: string } | null;
}

/** A query word's stem in a report's language, worked out once per language. */
function formIn(w: QueryTerm, language: string): string {
  let form = w.formsByLanguage.get(language);
  if (form === undefined) w.formsByLanguage.set(language, (form = stemmerFor(language)(w.word.toLowerCase())));
  return form;
}

/** The query's terms, read in the languages it is typed in (`topicLanguages`): their stop words are left out. */
function queryTerms(query: string, typedIn: string[]): QueryTerm[] {
  const language = typedIn[0]!;
  const stop = (word: string): boolean => typedIn.some((l) => isStopword(l, word));
  const places = placesIn(query, language, { query: true }).map((p) => ({ key: p.key, text: query.slice(p.start, p.end) }));
  const unspaced = (query.match(UNSPACED_RUN) ?? []).flatMap((run) => unspacedWords(run, language));
  const spaced = query.replace(UNSPACED_RUN, ' ');
  const typed = tokenize(spaced);
  // An event phrase ("tremblement de terre") is one term: its words found together, or its event in another language.
  const phrases = eventPhrases(spaced);
  const inPhrase = (i: number): boolean => phrases.some((p) => p.from <= i && i < p.to);
  // A stop word typed with a capital after another capitalised word is part of a name: "Mark Felt", "Bettie Page".
  const named = (i: number): boolean => i > 0 && typed[i]!.capitalised && typed[i - 1]!.capitalised;
  const tokens = typed.filter((t, i) => !inPhrase(i) && (t.numeric || ((!stop(t.lower) || named(i)) && [...t.lower].length > 1)));
  return [
    ...unspaced.map((word) => unspacedTerm(word, places, language)),
    ...phrases.map((p) => phraseTerm(typed.slice(p.from, p.to), p)),
    ...tokens.map((t) => ({
      word: t.text,
      forms: [...new Set([...typedIn, 'en'].map((l) => stemmerFor(l)(t.lower)))],
      formsByLanguage: new Map<string, string>(),
      inflected: !t.numeric && !t.capitalised,
      keys: t.numeric ? [] : searchKeys(t.text),
      place: t.numeric ? null : (places.find((p) => p.text.includes(t.text))?.key ?? null),
      script: writtenIn(t.text),
      event: t.numeric ? null : conceptsOfWord(t.text, language),
    })),
  ];
}

/**
 * A word typed in Chinese or Japanese (src/text/unspaced-words.ts: "伊朗地震" is 伊朗 and 地震), found in text where
 * every two-character piece of it is, as such text is indexed; one of three characters or more may be a transcribed
 * name, read whole for its sound key ("奥巴马", "オバマ"). Read in pieces, a query had pieces that cross its words
 * ("朗地" in "伊朗地震") and found nothing, and a name had no key.
 */
function unspacedTerm(word: string, places: { key: string; text: string }[], language: string): QueryTerm {
  return {
    word,
    forms: tokenize(word).map((t) => t.lower),
    keys: searchKeys(word),
    place: places.find((p) => p.text.includes(word) || word.includes(p.text))?.key ?? null,
    formsByLanguage: new Map<string, string>(),
    inflected: false,
    script: 'han',
    every: true,
    event: conceptsOfWord(word, language),
  };
}

/** An event phrase of a query, found where a report gives each of its content words or, in another language, its event. */
function phraseTerm(words: { text: string; lower: string }[], phrase: { concepts: string[]; language: string }): QueryTerm {
  const stop = stopwordsFor(phrase.language);
  const content = words.filter((w) => !stop.has(w.lower));
  return {
    word: words.map((w) => w.text).join(' '),
    forms: (content.length > 0 ? content : words).map((w) => stemmerFor(phrase.language)(w.lower)),
    formsByLanguage: new Map<string, string>(),
    inflected: false,
    keys: [],
    place: null,
    script: writtenIn(words[0]!.text),
    every: true,
    event: { concepts: phrase.concepts, language: phrase.language },
  };
}

const NO_KEYS = new Map<string | null, SpellingsByKey>();

function termSet(text: string, languages: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) for (const l of languages) out.add(stemmerFor(l)(t.lower));
  return out;
}
