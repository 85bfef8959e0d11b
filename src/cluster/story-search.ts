import type { Article } from '../domain/article.ts';
import { conceptsIn, conceptsOfWord } from '../text/event-words.ts';
import { detectLanguage, writtenIn } from '../text/language.ts';
import { nameKeysByScript, searchKeys, soundLikeness, type SpellingsByKey } from '../text/name-keys.ts';
import { placesIn } from '../text/place-names.ts';
import { reportPlaces } from '../text/report-places.ts';
import { stemmerFor } from '../text/stem.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import type { StoryClusterer } from './story-clusterer.ts';

/** Articles read per story when matching a query, and characters read per body. */
const ARTICLES_PER_STORY = 24;
const BODY_CHARS = 3000;
/** Hours after which a story's recency boost has halved. */
const RECENCY_HALF_LIFE_HOURS = 48;

/**
 * Ranks live stories by relevance to a user topic ("earthquake Turkey", "Навальный"): the share of
 * query terms (stemmed in the query's language and in English) found in a story's headlines (full
 * credit) or texts (half credit), boosted by recency and by how many outlets report it. A query word
 * a story's reports in other languages give only in their own script ("Teixeira" for "Тейшейра",
 * "テシェイラ") counts as found in the text when their names share its sound key. A place counts as found
 * where a report names it in its own language ("Iran" in a headline's "伊朗", "Vancouver" in "温哥华"), and
 * only so: the sound of a place's name is not asked. An event word counts as found where reports in another language
 * give a word for the same event ("землетрясение" in a headline's "earthquake", "earthquake" in "地震"; see
 * src/text/event-words.ts): across languages only, so that within one language a word is found as itself.
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
  const language = detectLanguage({ text: query });
  const wanted = queryTerms(query, language);
  if (wanted.length === 0) return [];
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const wantsPlace = wanted.some((w) => w.place !== null);
  const results: { storyId: string; score: number; complete: boolean }[] = [];
  for (const story of clusterer.stories()) {
    const members = story.articleIds
      .slice(0, ARTICLES_PER_STORY)
      .map(articles)
      .filter((a): a is Article => !!a);
    const titles = termSet(members.map((a) => a.title).join('\n'), languages);
    const bodies = termSet(members.map((a) => a.body.slice(0, BODY_CHARS)).join('\n'), languages);
    const foreign = members.filter((a) => (a.language ?? language) !== language);
    const titleKeys = foreign.length > 0 ? nameKeysOf(foreign, 'titles') : NO_KEYS;
    const bodyKeys = foreign.length > 0 ? nameKeysOf(foreign, 'leads') : NO_KEYS;
    const { titlePlaces, bodyPlaces } = wantsPlace ? placeKeysOf(members) : NO_PLACES;
    const concepts = conceptsOfReports(members, wanted);
    const found = ({ word, forms, keys, place, script, every, event }: QueryTerm): number => {
      const holds = (set: Set<string>): boolean => (every ? forms.every((f) => set.has(f)) : forms.some((f) => set.has(f)));
      const named = (part: 'title' | 'text'): boolean =>
        event !== null && event.concepts.some((c) => concepts.get(event.language)?.[part].has(c));
      if (holds(titles) || (place !== null && titlePlaces.has(place)) || named('title')) return 1;
      if (holds(bodies) || (place !== null && bodyPlaces.has(place)) || named('text')) return 0.5;
      // A place is matched by what it names, not by sound: "伊朗" sounds like many names that are not Iran.
      // A name that sounds alike counts as a word does, more in a title than in a text, and by how alike it is spelled:
      // "Палин" meets "Palin" better than "Fallon", and a story about Palin better than one naming her in passing.
      if (place !== null) return 0;
      return Math.max(soundLikeness(word, keys, script, titleKeys), 0.5 * soundLikeness(word, keys, script, bodyKeys));
    };
    const each = wanted.map(found);
    const match = each.reduce((sum, f) => sum + f, 0) / wanted.length;
    if (match === 0) continue;
    // The words a story's reports give as words must come together in one report, as a subscription finds them: "live
    // music" is no cover of a story with "music" in one report and "lived" in another.
    const byWord = wanted.filter((w, i) => each[i]! > 0 && w.place === null && !w.every);
    const together =
      byWord.length < 2 ||
      members.some((a) => {
        const text = `${a.title}\n${a.body.slice(0, BODY_CHARS)}`;
        const own = termSet(text, languages);
        const ownConcepts = byWord.some((w) => w.event !== null) ? conceptsIn(text, a.language ?? 'en') : NO_CONCEPTS;
        const ownLanguage = a.language ?? 'en';
        return byWord.every((w) => {
          if (w.forms.some((f) => own.has(f))) return true;
          const asWord = w.forms.some((f) => titles.has(f) || bodies.has(f));
          const asEvent = w.event !== null && w.event.concepts.some((c) => concepts.get(w.event!.language)?.text.has(c));
          if (!asWord && !asEvent) return true;
          return w.event !== null && ownLanguage !== w.event.language && w.event.concepts.some((c) => ownConcepts.has(c));
        });
      });
    const ageHours = Math.max(0, (now - Date.parse(story.lastUpdated)) / 3_600_000);
    const recency = Math.pow(0.5, ageHours / RECENCY_HALF_LIFE_HOURS);
    const outlets = new Set(members.map((a) => a.publisher?.name ?? a.sourceId)).size;
    const score = match * (0.5 + 0.5 * recency) * (1 + 0.15 * Math.log(outlets));
    results.push({ storyId: story.id, score, complete: each.every((f) => f > 0) && together });
  }
  return results.sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1)).slice(0, limit);
}

/** A query word as its stems in the query language and in English, its name sound keys, and the place it is part of ("iran", "united"). */
interface QueryTerm {
  /** The word as typed. */
  word: string;
  forms: string[];
  keys: string[];
  place: string | null;
  /** The script the word is written in: its sound keys meet only names written in another. */
  script: string | null;
  /** Found in a text only where every one of `forms` is (a name read in pieces), rather than any. */
  every?: boolean;
  /** The event the word names and the language it was read in: found in reports in other languages that name it. */
  event: { concepts: string[]; language: string } | null;
}

/**
 * A query of Chinese characters alone, three or more ("奥巴马", "特谢拉"): a transcribed name, read whole for its sound
 * key, and found in Chinese text where every two-character piece of it is. Read in pieces, as Chinese text is
 * indexed, it had no key and "奥巴马" found nothing of the Obama story.
 */
const HAN_NAME = /^\p{Script=Han}{3,}$/u;

function queryTerms(query: string, language: string): QueryTerm[] {
  const stop = stopwordsFor(language);
  const places = placesIn(query, language, { query: true }).map((p) => ({ key: p.key, text: query.slice(p.start, p.end) }));
  const tokens = tokenize(query).filter((t) => t.numeric || (!stop.has(t.lower) && [...t.lower].length > 1));
  const typed = query.trim();
  if (HAN_NAME.test(typed) && places.length === 0)
    return [
      { word: typed, forms: tokens.map((t) => t.lower), keys: searchKeys(typed), place: null, script: 'han', every: true, event: null },
    ];
  return tokens.map((t) => ({
    word: t.text,
    forms: [...new Set([stemmerFor(language)(t.lower), stemmerFor('en')(t.lower)])],
    keys: t.numeric ? [] : searchKeys(t.text),
    place: t.numeric ? null : (places.find((p) => p.text.includes(t.text))?.key ?? null),
    script: writtenIn(t.text),
    event: t.numeric ? null : conceptsOfWord(t.text, language),
  }));
}

const NO_CONCEPTS = new Set<string>();

/**
 * The event concepts a story's reports name in their titles and in their texts, for each language a query word was
 * read in: from the reports in other languages than it only (empty when no query word names an event).
 */
function conceptsOfReports(reports: Article[], wanted: QueryTerm[]): Map<string, { title: Set<string>; text: Set<string> }> {
  const out = new Map<string, { title: Set<string>; text: Set<string> }>();
  for (const w of wanted) {
    if (w.event === null || out.has(w.event.language)) continue;
    const title = new Set<string>();
    const text = new Set<string>();
    for (const a of reports) {
      const language = a.language ?? 'en';
      if (language === w.event.language) continue;
      for (const c of conceptsIn(a.title, language)) title.add(c);
      for (const c of conceptsIn(`${a.title}\n${a.body.slice(0, BODY_CHARS)}`, language)) text.add(c);
    }
    out.set(w.event.language, { title, text });
  }
  return out;
}

const NO_PLACES = { titlePlaces: new Set<string>(), bodyPlaces: new Set<string>() };

/** The places reports' titles and texts name, each read in its own language ("伊朗" and "Iran" are one). */
function placeKeysOf(reports: Article[]): { titlePlaces: Set<string>; bodyPlaces: Set<string> } {
  const titlePlaces = new Set<string>();
  const bodyPlaces = new Set<string>();
  for (const a of reports) {
    const read = reportPlaces(a);
    for (const k of read.title) titlePlaces.add(k);
    for (const k of read.body) bodyPlaces.add(k);
  }
  return { titlePlaces, bodyPlaces };
}

const NO_KEYS = new Map<string | null, SpellingsByKey>();

/** Sound keys of the names in reports' titles, or in their titles and leads, by the script the reports are written in. */
function nameKeysOf(reports: Article[], part: 'titles' | 'leads'): Map<string | null, SpellingsByKey> {
  return nameKeysByScript(
    reports.map((a) => ({
      text: part === 'titles' ? a.title : `${a.title}\n${a.body.slice(0, BODY_CHARS)}`,
      language: a.language ?? 'en',
    })),
  );
}

function termSet(text: string, languages: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) for (const l of languages) out.add(stemmerFor(l)(t.lower));
  return out;
}
