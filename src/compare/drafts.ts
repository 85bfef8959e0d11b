import type { Article } from '../domain/article.ts';
import type { Outlet } from '../domain/outlet.ts';
import { splitSentences, wordCount } from '../text/sentences.ts';
import { isBoilerplate, stripDateline } from './boilerplate.ts';
import { reportedCounts, type QuantityMention } from '../text/quantity-mentions.ts';
import { findCrowdSizes } from '../text/crowd-sizes.ts';
import { localQuantities } from '../text/local-quantities.ts';
import { contentTerms, namedEntities } from '../text/terms.ts';

/**
 * A report's lead: its first sentences, where a news report puts who did what, where and when (a page that opens
 * with its headline repeats it as the first). Consensus, the story's own names and the same-happening test for two
 * leads all read these.
 */
export const LEAD_SENTENCES = 3;

/** One reporting sentence of one outlet, with what comparison needs to know about it. */
export interface Unit {
  articleId: string;
  outlet: string;
  index: number;
  sentence: string;
  language: string | null;
  terms: Set<string>;
  entities: string[];
  hasNumber: boolean;
  /** The numeric terms among `terms` ("#12"). */
  numbers: string[];
  /** Counted quantities the sentence gives. */
  mentions: QuantityMention[];
}

/** The article chosen to stand for one outlet, with its sentences. */
export interface Draft {
  article: Article;
  outlet: Outlet;
  language: string | null;
  /** publishedAt, else fetchedAt: the time used for ordering. */
  time: string;
  units: Unit[];
}

/**
 * A line break inside a sentence ("…when the sound of the shots\nechoed through the building.") is a break in the
 * page's text, not a paragraph: a line ending on a word or comma, followed by one that opens in lower case and ends a
 * sentence, is one sentence with it. Split apart, the first half would be shown cut off and the second dropped as a
 * fragment. A body's first line (a title or kicker) and a next line that does not end a sentence (a stamp such as
 * "updated 12 / 19 / 2005 2:48:40 PM ET") are left apart.
 */
function joinBrokenLines(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const last = out[out.length - 1];
    const broken = i > 1 && last !== undefined && /[\p{L},]\s*$/u.test(last) && /^\s*\p{Ll}/u.test(line) && /[.!?]["”’)]?\s*$/u.test(line);
    if (broken) out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

/** U+FFFD, which a decoder writes for bytes it could not read. */
const LOST_CHARACTER = '\uFFFD';

/**
 * Splits an article into reporting sentences (boilerplate dropped); a headline-only item yields its title.
 *
 * Every sentence is read: there is no cap. Until 2026-12-02 the first 30 were, and what a report said past them could
 * not be compared (a denial of a riot, "tying an NFL record" at a report's 41st sentence). Read whole, halves a to e of
 * `npm run bench -- breakdown` score the same on every figure but unique precision, up or equal, once two readings the
 * tails let in were fixed (a passive "was denied" named as a party, an autopsy's wound-by-wound count taken for the
 * tally). Some background at the end of long reports reaches the unique-facts list. The cost is linear in the
 * sentences read, about 0.5 ms each: 0.13 to 0.17 s for the corpus's largest story (13 reports, 426 sentences), 1.0 s
 * for its 36 longest reports as one story (1,962 sentences; 0.6 s with the cap). Figures in docs/benchmarks.md.
 */
export function unitsOf({
  article,
  outlet,
  language,
  country = null,
}: {
  article: Article;
  outlet: string;
  language: string | null;
  /** The outlet's country: a bare "$" in a Canadian paper is a Canadian dollar. */
  country?: string | null;
}): Unit[] {
  const headlineOnly = article.body.trim() === '';
  const sentences = headlineOnly ? [article.title.trim()] : splitSentences(joinBrokenLines(article.body), language).map(stripDateline);
  return (
    sentences
      // A sentence holding a character the page's encoding lost ("served 4� months", "a ����110 billion bailout") cannot
      // be quoted or its figures read: 4½ or 4?
      .filter((s) => !s.includes(LOST_CHARACTER))
      .filter((s) => (headlineOnly ? s !== '' && !isBoilerplate(s) : !isBoilerplate(s) && wordCount(s) >= 3))
      .map((sentence, index) => {
        const terms = contentTerms(sentence, language);
        return {
          articleId: article.id,
          outlet,
          index,
          sentence,
          language,
          terms: new Set(terms),
          entities: namedEntities(sentence, language),
          hasNumber: /\d/u.test(sentence),
          numbers: terms.filter((t) => t.startsWith('#')),
          mentions: inLocalDollars(countsOf(sentence, language), sentence, country),
        };
      })
  );
}

/**
 * A sentence's counted quantities: `reportedCounts`, and in other languages what their own number forms and words
 * give; where both read one figure ("US$ 363 milhões" read by the one as $363), the language's own reading wins.
 */
function countsOf(sentence: string, language: string | null): QuantityMention[] {
  const local = localQuantities(sentence, language);
  const found = reportedCounts(sentence, language).filter(
    (f) => !local.some((m) => m.text.includes(f.text.replace(/\s+/gu, ' ').trim()) || f.text.includes(m.text)),
  );
  const counts = [...found, ...local.filter((m) => !found.some((f) => f.quantity === m.quantity && f.value === m.value))];
  // A crowd's size is read where no other count takes its figure (src/text/crowd-sizes.ts).
  return [...counts, ...findCrowdSizes(sentence, language, counts)];
}

/** Countries whose own currency is a dollar written "$": their outlets' bare "$" is theirs, not the US dollar. */
const LOCAL_DOLLAR: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', TW: 'TWD', JM: 'JMD' };
/** A sum the text marks as US dollars: "US$", "U.S. $", "USD", "U.S. dollars", "American dollars". */
const US_MARK = /\b(?:US|U\.\s?S\.)\s?\$|\bUSD\b|\b(?:US|U\.\s?S\.|American)\s+dollars?\b/u;

/**
 * Sums in dollars as the outlet's country means them: in a Canadian, Australian or New Zealand paper "$137-million" is
 * its own dollar (a conversion of the euro sum a French report gives), unless the text marks it as US dollars.
 */
function inLocalDollars(mentions: QuantityMention[], sentence: string, country: string | null): QuantityMention[] {
  const local = country === null ? undefined : LOCAL_DOLLAR[country.toUpperCase()];
  if (local === undefined) return mentions;
  return mentions.map((m) => {
    if (m.quantity !== 'money:USD') return m;
    const at = sentence.indexOf(m.text);
    const around = sentence.slice(Math.max(0, at - 6), at < 0 ? sentence.length : at + m.text.length + 16);
    return US_MARK.test(around) ? m : { ...m, quantity: `money:${local}` };
  });
}

/** Orders reports by time, then outlet name, then article id: the order every section follows. */
function byTime(a: { article: Article; outlet: Outlet }, b: { article: Article; outlet: Outlet }): number {
  return (
    compareTimes(timeOf(a.article), timeOf(b.article)) ||
    a.outlet.name.localeCompare(b.outlet.name) ||
    a.article.id.localeCompare(b.article.id)
  );
}

/** Orders ISO 8601 times by the instant they name (offsets honoured); unreadable times go last. */
export function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) === Number.isNaN(tb) ? a.localeCompare(b) : Number.isNaN(ta) ? 1 : -1;
  return ta - tb;
}

/**
 * The article that stands for each outlet (the most informative; among similar lengths, the latest), with its outlet
 * and language, in the order every section follows (time, outlet name, article id). The story's headline reads these
 * too, so a story is listed under the headline its breakdown shows.
 */
export function standIns({
  articles,
  outletOf,
}: {
  articles: readonly Article[];
  outletOf: (a: Article) => Outlet;
}): { article: Article; outlet: Outlet; language: string | null }[] {
  const byOutlet = new Map<string, { article: Article; outlet: Outlet; words: number }[]>();
  for (const article of articles) {
    const outlet = outletOf(article);
    byOutlet.set(outlet.id, [...(byOutlet.get(outlet.id) ?? []), { article, outlet, words: wordCount(article.body) }]);
  }
  const chosen: { article: Article; outlet: Outlet; language: string | null }[] = [];
  for (const group of byOutlet.values()) {
    const longest = Math.max(...group.map((g) => g.words));
    const best = group
      .filter((g) => g.words >= longest * 0.8)
      .sort((a, b) => compareTimes(timeOf(b.article), timeOf(a.article)) || a.article.id.localeCompare(b.article.id))[0];
    if (best !== undefined)
      chosen.push({ article: best.article, outlet: best.outlet, language: best.article.language ?? best.outlet.language });
  }
  return chosen.sort(byTime);
}

/** Picks one article per outlet (`standIns`) and prepares it. */
export function pickDrafts({ articles, outletOf }: { articles: Article[]; outletOf: (a: Article) => Outlet }): Draft[] {
  return standIns({ articles, outletOf }).map(({ article, outlet, language }) => ({
    article,
    outlet,
    language,
    time: timeOf(article),
    units: unitsOf({ article, outlet: outlet.name, language, country: outlet.country }),
  }));
}

/** publishedAt when known, else fetchedAt. */
export function timeOf(article: Article): string {
  return article.publishedAt ?? article.fetchedAt;
}
