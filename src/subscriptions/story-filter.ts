import type { Article } from '../domain/article.ts';
import type { Breakdown, Report } from '../domain/breakdown.ts';
import type { Subscription } from '../domain/subscription.ts';
import { conceptsIn, conceptsOfWord, eventPhrases, withoutWorkTitles } from '../text/event-words.ts';
import { writtenIn } from '../text/language.ts';
import { isStopword } from '../text/stopwords.ts';
import { topicLanguages } from '../text/topic-language.ts';
import { nameCandidates } from '../text/name-candidates.ts';
import { headlineNameKeys } from '../text/headline-names.ts';
import { searchKeys, soundsInOtherScript } from '../text/name-keys.ts';
import { placesIn } from '../text/place-names.ts';
import { reportPlaces } from '../text/report-places.ts';
import { typedWords } from '../text/unspaced-words.ts';
import { containsPhrase, coversTopic, matchesTopics, phrase, words, type Phrase } from './text-match.ts';

/** A subscription's topics and exclusions compiled once for matching many stories. */
export interface CompiledFilter {
  subscription: Subscription;
  topics: Phrase[];
  exclude: Phrase[];
}

/** Compiles a subscription's phrases. */
export function compileFilter(subscription: Subscription): CompiledFilter {
  const compile = (list: string[]) => list.map(phrase).filter((p): p is Phrase => p !== null);
  return { subscription, topics: compile(subscription.topics), exclude: compile(subscription.exclude) };
}

/** The articles a subscription counts: those from sources it includes and does not exclude. */
export function allowedArticles(subscription: Subscription, articles: readonly Article[]): Article[] {
  const { include, exclude } = subscription.sources;
  return articles.filter((a) => (include.length === 0 || include.includes(a.sourceId)) && !exclude.includes(a.sourceId));
}

/** The words of a story's titles and bodies, computed once per story and shared by every subscription. */
export function storyWords(articles: readonly Article[]): string[] {
  return words(articles.map((a) => `${a.title}\n${a.body}`).join('\n'));
}

/**
 * The cheap test run before any breakdown is built: the allowed articles mention a topic and
 * no exclusion, and come from at least `minOutlets` different publishers (an upper bound on independent outlets).
 */
export function passesCheapFilter({
  filter,
  articles,
  minOutlets,
}: {
  filter: CompiledFilter;
  articles: readonly Article[];
  minOutlets: number;
}): boolean {
  const allowed = allowedArticles(filter.subscription, articles);
  if (publishers(allowed) < minOutlets) return false;
  const whole = allowed.length === articles.length;
  const textWords = whole ? sharedWords(articles) : storyWords(allowed);
  const reportWords = whole ? sharedReportWords(articles) : allowed.map((a) => storyWords([a]));
  if (matchesTopics({ reportWords, textWords, topics: filter.topics, exclude: filter.exclude })) return true;
  if (filter.exclude.some((e) => containsPhrase(textWords, e))) return false;
  return filter.topics.some((topic) => namedInOtherLanguages(topic, allowed));
}

/**
 * Whether reports in other languages than the topic's name everything the topic names: each of its
 * words is a name whose sound key their names share ("Pellam Ridge" finds "Пеллам-Ридж"), part of a
 * place they name in their own words ("Iran" finds "伊朗", "United States" finds "США"), or an event word they give in
 * theirs ("earthquake" finds "землетрясение"; src/text/event-words.ts), in a headline. A topic word that is none of these cannot be
 * matched across languages, so such a topic matches by its words only.
 */
function namedInOtherLanguages(topic: Phrase, articles: readonly Article[]): boolean {
  // The topic's own language's words for nothing in particular ("en" in "terremoto en Irán") are left out, and an event
  // phrase ("tremblement de terre") is one word.
  const typedIn = topicLanguages(topic.text);
  const language = typedIn[0]!;
  const stop = (word: string): boolean => typedIn.some((l) => isStopword(l, word.toLowerCase()));
  const phrases = eventPhrases(topic.text);
  const inPhrase = new Set(phrases.flatMap((p) => p.words));
  const foreign = articles.filter((a) => (a.language ?? language) !== language);
  const places = placesIn(topic.text, language, { query: true }).map((p) => ({ key: p.key, text: topic.text.slice(p.start, p.end) }));
  const wanted = [
    ...phrases.map((p) => ({ word: p.words.join(' '), keys: [], place: undefined, event: { concepts: p.concepts, language: p.language } })),
    ...topic.text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
      // A stop word typed with a capital after another capitalised word is part of a name ("Mark Felt"), as /compare reads it.
      .filter((w, i, all) => (!stop(w) || (i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(all[i - 1]!))) && !inPhrase.has(w.toLowerCase()))
      .flatMap(typedWords)
      .map((w) => ({
        word: w,
        keys: searchKeys(w),
        place: places.find((p) => p.text.includes(w))?.key,
        event: conceptsOfWord(w, language),
      })),
  ];
  if (wanted.length === 0 || wanted.some((w) => w.keys.length === 0 && !w.place && !w.event)) return false;
  // An event word read in another language than the topic's ("Erdbeben" typed where a word alone reads as English)
  // is told by reports in the topic's language too.
  if (foreign.length === 0 && !wanted.some((w) => w.event !== null && w.event.language !== language)) return false;
  // By sound only across scripts (src/text/name-keys.ts), and only in a headline: a name that merely sounds like the
  // one typed turns up in the text of many stories ("Лохан" had followed a dairy fire whose report said "Loan").
  // Within one script a name must be written as typed, anywhere in the report. A Title Case headline gives only the
  // names its text gives too (src/text/headline-names.ts).
  const reports = foreign.map((a) => {
    const language = a.language ?? 'en';
    const body = a.body.slice(0, 3000);
    const text = `${a.title}\n${body}`;
    return {
      script: writtenIn(text),
      names: new Set(nameCandidates(text, language).map((n) => words(n).join(' '))),
      keys: headlineNameKeys(a.title, body, language),
    };
  });
  const foundIn = (r: (typeof reports)[number], word: string, keys: string[]): boolean => {
    const script = writtenIn(word);
    return (r.script === script && r.names.has(words(word).join(' '))) || soundsInOtherScript(word, keys, script, r.keys);
  };
  const named = new Set<string>();
  if (places.length > 0)
    for (const a of foreign) {
      const read = reportPlaces(a);
      for (const k of [...read.title, ...read.body]) named.add(k);
    }
  // An event word is a looser match than a name (a word for a vote or a killing is in many stories), so it must head a
  // report: a subscription to "выборы" had followed every story saying "vote" once.
  const told = (event: { concepts: string[]; language: string } | null): boolean =>
    event !== null &&
    articles.some(
      (a) =>
        (a.language ?? 'en') !== event.language && [...conceptsIn(a.title, a.language ?? 'en')].some((c) => event.concepts.includes(c)),
    );
  // The names left must come together in one report: "Тони Уинстон" (Tony Winston) does not follow a story naming a
  // Tony in one report and a "Winston-Shell Award" in another.
  const byName = wanted.filter((w) => !(w.place !== undefined && named.has(w.place)) && !told(w.event));
  return byName.length === 0 || reports.some((r) => byName.every((w) => foundIn(r, w.word, w.keys)));
}

/**
 * The share of a story's reports whose headline gives one of a subscription's topics: every word of it, or (in a
 * report in another language than the topic) the event it names. A story about a topic heads with it; a wide story
 * that says it once in a text does not ("fire" in "opened fire", in a film's title, in a coach's firing).
 */
export function headlineShare(filter: CompiledFilter): (articles: readonly Article[]) => number {
  // The events the topics name, read once for every story the share is asked of.
  const events = filter.topics.flatMap((t) => {
    const language = topicLanguages(t.text)[0]!;
    return t.words.map((w) => conceptsOfWord(w, language)).filter((e): e is { concepts: string[]; language: string } => e !== null);
  });
  const heads = (a: Article): boolean => {
    // A film's title in quotes ("‘Catching Fire’") is not what the story is about.
    const titleWords = words(withoutWorkTitles(a.title));
    if (filter.topics.some((t) => coversTopic(titleWords, t))) return true;
    const language = a.language ?? 'en';
    if (events.every((e) => e.language === language)) return false;
    const named = conceptsIn(a.title, language);
    return events.some((e) => e.language !== language && e.concepts.some((c) => named.has(c)));
  };
  return (articles) => (articles.length === 0 || filter.topics.length === 0 ? 0 : articles.filter(heads).length / articles.length);
}

const wordsOfList = new WeakMap<readonly Article[], string[]>();
const reportWordsOfList = new WeakMap<readonly Article[], string[][]>();

/** Each report's words, computed once per article list (shared as `sharedWords` is). */
function sharedReportWords(articles: readonly Article[]): string[][] {
  let found = reportWordsOfList.get(articles);
  if (!found) reportWordsOfList.set(articles, (found = articles.map((a) => storyWords([a]))));
  return found;
}

/** A story's words, computed once per article list (shared by every subscription that filters out no source). */
function sharedWords(articles: readonly Article[]): string[] {
  let found = wordsOfList.get(articles);
  if (!found) wordsOfList.set(articles, (found = storyWords(articles)));
  return found;
}

/** The reports a subscription counts: allowed sources and countries. */
export function allowedReports(subscription: Subscription, breakdown: Breakdown): Report[] {
  const { sources, countries } = subscription;
  return breakdown.reports.filter((r) => {
    if (sources.include.length > 0 && !sources.include.includes(r.sourceId)) return false;
    if (sources.exclude.includes(r.sourceId)) return false;
    const country = r.country?.toUpperCase() ?? null;
    if (countries.include.length > 0 && (country === null || !countries.include.includes(country))) return false;
    return country === null || !countries.exclude.includes(country);
  });
}

/** How many different outlets wrote their own report (wire and syndicated copies do not count). */
export function independentOutlets(reports: readonly Report[]): number {
  return independentOutletNames(reports).length;
}

/** The outlets of the independent reports, each once, sorted: what a live post of the story shows as its coverage. */
export function independentOutletNames(reports: readonly Report[]): string[] {
  return [...new Set(reports.filter((r) => r.independent).map((r) => r.outlet))].sort();
}

function publishers(articles: readonly Article[]): number {
  return new Set(articles.map((a) => a.publisher?.name.toLowerCase() ?? a.sourceId)).size;
}
