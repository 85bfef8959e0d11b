import type { Article } from '../domain/article.ts';
import { clipAtWord } from '../text/clip.ts';
import { splitSentences, wordCount } from '../text/sentences.ts';
import { contentTerms, similarity } from '../text/terms.ts';
import { isBoilerplate, stripDateline } from './boilerplate.ts';
import { contestedTitles } from './title-counts.ts';

/** Removes a trailing " - Outlet" or " | Outlet" that aggregators append to titles. */
export function withoutOutletSuffix(title: string, names: (string | null | undefined)[]): string {
  for (const name of names) {
    if (name === null || name === undefined || name.trim() === '') continue;
    const stripped = title.replace(suffixPattern(name.trim()), '');
    if (stripped !== title && stripped.trim() !== '') return stripped;
  }
  return title;
}

/** Each outlet name's suffix pattern, made once: a list of thousands of stories asks for the same few hundred names. */
const suffixes = new Map<string, RegExp>();
function suffixPattern(name: string): RegExp {
  let re = suffixes.get(name);
  if (re === undefined) {
    if (suffixes.size >= MEMO_LIMIT) suffixes.clear();
    re = new RegExp(`\\s+[-–—|]\\s+${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*$`, 'iu');
    suffixes.set(name, re);
  }
  return re;
}

/** Most entries a memo of this file keeps; emptied when full, which keeps it bounded. */
const MEMO_LIMIT = 50_000;

/**
 * Words a title needs to read as a headline (who did what) rather than a label ("Deputy Sheriff", "Death for Orozco"),
 * and words past which it is a paragraph's first sentence rather than a headline (a page whose title is its lede).
 */
const HEADLINE_WORDS = { min: 4, max: 20 };

/**
 * The title most similar to the others (earliest wins ties), among those that read as headlines when any does;
 * titles must be in report order. Among the titles long enough, one of a headline's length is taken when any is: the
 * longest share the most words with the others, so a lede standing in for a title would win over a headline.
 */
export function representativeHeadline(all: { title: string; language: string | null }[]): string {
  const long = all.filter((t) => wordCount(t.title) >= HEADLINE_WORDS.min);
  const titles = long.length > 0 ? long : all;
  const sets = titles.map((t) => new Set(contentTerms(t.title, t.language)));
  // A question ("…: Onion headline or actual news?") asks what the story is; a headline tells it, and so does a lede
  // standing in for a title ("Arson in Alaska–A Palin “Pattern”?" had headed a story whose other titles were ledes).
  const telling = titles.map((t) => !/[?？]\s*["'”’»]?\s*$/u.test(t.title));
  const told = telling.some(Boolean) ? telling : titles.map(() => true);
  const headlineLength = titles.map((t, i) => told[i]! && wordCount(t.title) <= HEADLINE_WORDS.max);
  const headlines = headlineLength.some(Boolean) ? headlineLength : told;
  // A title in capitals shouts ("REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA"); another is taken when any would do.
  const calm = headlines.map((ok, i) => ok && !shouted(titles[i]!.title));
  const candidates = calm.some(Boolean) ? calm : headlines;
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, i) => {
    if (!candidates[i]) return;
    const score = sets.reduce((sum, other, j) => (i === j ? sum : sum + similarity(set, other)), 0);
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best]?.title ?? '';
}

/** Written in capitals: four in five or more of its cased letters upper case, ten letters at least. */
function shouted(title: string): boolean {
  const upper = (title.match(/\p{Lu}/gu) ?? []).length;
  const lower = (title.match(/\p{Ll}/gu) ?? []).length;
  return upper + lower >= 10 && upper >= 4 * lower;
}

/**
 * A report's title as a reader may see it: without the outlet's suffix, a leading dateline or stamp, or a date glued
 * onto its end by a page's markup ("…QUEENS DA SAYSSEPTEMBER 19, 2013"); empty when the title is only a date, a
 * dateline or page furniture ("September 18th, 2013, 05:31 GMT", "Article posted on 08.07.2012"), which no surface shows.
 */
export function readableTitle(article: Pick<Article, 'title' | 'publisher'>, outletName: string | null): string {
  const key = `${article.title}\u0000${outletName ?? ''}\u0000${article.publisher?.name ?? ''}`;
  let title = readable.get(key);
  if (title === undefined) {
    const bare = withoutOutletSuffix(article.title, [outletName, article.publisher?.name]).trim().replace(GLUED_DATE, '').replace(TAG, '');
    const stripped = stripDateline(bare).trim();
    title = stripped === '' || isBoilerplate(stripped) ? '' : stripped;
    if (readable.size >= MEMO_LIMIT) readable.clear();
    readable.set(key, title);
  }
  return title;
}

/** Readable titles worked out, by title and outlet names: story lists ask for the same titles at every tick. */
const readable = new Map<string, string>();

/** A Chinese or Japanese page's label before its headline: 【速報】 (breaking), 【独自】 (exclusive), 【必見】 (must-see). */
const TAG = /^【[^】]{1,8}】\s*/u;

/** A date run into the title's last word without a space: markup joined a page's date line to its headline. */
const GLUED_DATE =
  /(?<=\p{L})(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\s*$/u;

/** An article as a story's headline reads it: the report that stands for its outlet (see `standIns` in drafts.ts). */
export interface TitledReport {
  article: Article;
  outlet: { name: string };
  language: string | null;
}

/**
 * The headline of a story, the one every surface shows (`/stories`, suggestions, the briefing, the breakdown): the
 * most representative of the shown titles of the reports standing for its outlets, never a date or a dateline; a
 * title stating a count another report contradicts gives way when any other will do (`contestedTitles`). Without any
 * title, `fallback` when given, else the first sentence of a report's text (cut to a headline's length), and `id` only
 * when there is no text at all.
 */
export function storyHeadline(reports: readonly TitledReport[], { id, fallback }: { id: string; fallback?: string }): string {
  const shown = reports.map((r) => ({ title: shownTitle(r), language: r.language, body: r.article.body }));
  const all = shown.filter((t) => t.title !== '');
  const contested = contestedTitles(shown);
  const kept = all.filter((t) => !contested(t.title, t.language));
  const titles = inHeadlineLanguage(kept.length > 0 ? kept : all);
  if (titles.length > 0) return representativeHeadline(titles);
  if (fallback !== undefined && fallback !== '') return fallback;
  for (const { article } of reports) {
    const first = splitSentences(article.body.slice(0, 2000), article.language)
      .map((s) => stripDateline(s).trim())
      .find((s) => s !== '' && !isBoilerplate(s));
    if (first) return clipAtWord(first, FALLBACK_CHARS);
  }
  return id;
}

/**
 * The titles a headline is chosen from: those in English when any is, since Parallax speaks English to every user
 * and a headline is read before any report; else those in the language most titles are in. A German lede had headed a
 * story told in English, German and French, since its names and figures were the ones most titles shared.
 */
function inHeadlineLanguage<T extends { language: string | null }>(titles: T[]): T[] {
  const english = titles.filter((t) => t.language === 'en' || t.language === null);
  if (english.length > 0) return english;
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t.language!, (counts.get(t.language!) ?? 0) + 1);
  const most = [...counts].reduce<[string, number] | null>((a, b) => (a === null || b[1] > a[1] ? b : a), null);
  return most === null ? titles : titles.filter((t) => t.language === most[0]);
}

/** Most words of a heading that opens a body and stands in for a title that was only a stamp. */
const OPENING_HEADING_WORDS = 20;

/**
 * A report's title as readers see it: its readable title, else the heading its body opens with (a line with no stop
 * that reads as no sentence, "Zehn Tote bei Erdbeben im Süden des Iran"), when the page's title was only a date or a
 * stamp ("Zuletzt aktualisiert: Montag, 28. November 2005, 02:24 Uhr GMT"); else nothing.
 */
export function shownTitle({ article, outlet, language }: TitledReport): string {
  const title = readableTitle(article, outlet.name);
  const body = article.body.trimStart();
  if (title !== '' || body === '') return title;
  const first = splitSentences(body.slice(0, 1000), language)[0]?.trim();
  if (first === undefined || first === '' || isBoilerplate(first) || /[.!?…。！？]["'”’»)]*\s*$/u.test(first)) return '';
  return wordCount(first) <= OPENING_HEADING_WORDS && body.startsWith(first) ? first : '';
}

/** Characters a sentence standing in for a headline keeps: a list line, not a paragraph. */
const FALLBACK_CHARS = 140;
