import type { Article } from '../domain/article.ts';
import { LEAD_SENTENCES } from '../compare/drafts.ts';
import { conceptsIn, conceptsOfWord, withoutOtherSenses, withoutWorkTitles } from '../text/event-words.ts';
import { splitSentences } from '../text/sentences.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { isTitleCase } from '../text/title-case.ts';
import { tokenize } from '../text/tokenize.ts';
import { topicLanguages } from '../text/topic-language.ts';
import { coversTopic, words, type Phrase } from './text-match.ts';

/** Share of a story's reports that must tell a topic where they say what their story is: their headline and lead. */
const ABOUT_UP_TOP = 1 / 4;
/** Share of its reports that must tell it anywhere, when fewer tell it up top. */
const ABOUT_ANYWHERE = 1 / 2;
/** Characters of a body split into sentences for its lead: three sentences are long over by then. */
const LEAD_CHARS = 1500;

/**
 * Whether a story is about a topic it mentions: for one of its topics, a quarter of the reports in the topic's language
 * give it in their headline or lead (`LEAD_SENTENCES`; a topic of event words also in any of their words in a headline,
 * src/text/event-words.ts), or half of them anywhere. Film titles in quotes, phrases in which an event word names
 * something else ("opened fire") and an event word in a name ("the sequel, Catching Fire": `withoutNames`) do not count. A story with no report in the topic's language is left to the
 * cross-language match of story-filter.ts, which asks for a headline. Mentioned in passing, a topic had brought a
 * channel following "election" the Oscars (the Academy's "election of Cheryl Boone Isaacs"), and one following "fire"
 * a gunman who "opened fire" and a coach's firing: of the 65 dev stories, 19 had passed for "fire" (7 now), 21 for
 * "shooting" (10) and 28 for "arrest" (16).
 */
export function isAbout(topics: readonly Phrase[], articles: readonly Article[]): boolean {
  return topics.some((topic) => {
    const language = topicLanguages(topic.text)[0]!;
    const own = articles.filter((a) => (a.language ?? language) === language);
    if (own.length === 0) return true;
    // A topic of event words is told in a headline in any of their words: "robbery" by "Robbers in drag steal…", "…
    // biggest French heist". Only in a headline: in a text they are loose ("polls" of opinion are no election).
    // conceptsIn itself leaves out quoted titles and the phrases in which a word names something else.
    const events = topic.words.map((w) => conceptsOfWord(w, language));
    const byEvent = events.every((e) => e !== null && e.language === language);
    const read = (text: string): string[] => {
      const told = withoutWorkTitles(withoutOtherSenses(text, language));
      return words(byEvent ? withoutNames(told, language) : told);
    };
    const heads = (title: string): boolean => {
      if (!byEvent) return false;
      const named = conceptsIn(title, language);
      return events.every((e) => e!.concepts.some((c) => named.has(c)));
    };
    const upTop = own.filter(
      (a) =>
        heads(a.title) ||
        coversTopic(read([a.title, ...splitSentences(a.body.slice(0, LEAD_CHARS), language).slice(0, LEAD_SENTENCES)].join('\n')), topic),
    );
    if (upTop.length >= ABOUT_UP_TOP * own.length) return true;
    return own.filter((a) => coversTopic(read(`${a.title}\n${a.body}`), topic)).length >= ABOUT_ANYWHERE * own.length;
  });
}

/** Languages that write their common nouns in lower case, so that a capital mid-sentence marks a name. */
const LOWER_CASE_NOUNS = new Set(['en', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'no', 'nb', 'da', 'ru', 'uk', 'pl']);

/**
 * The text without the words it capitalises mid-sentence, in a language that writes its common nouns in lower case and
 * a line not in title case: there an event word names something ("the sequel, Catching Fire", "the Chicago Fire",
 * "the Central Election Commission"), not the event. Headlines in title case keep every word.
 */
function withoutNames(text: string, language: string): string {
  if (!LOWER_CASE_NOUNS.has(language)) return text;
  const stop = stopwordsFor(language);
  return text
    .split('\n')
    .map((line) => {
      const tokens = tokenize(line);
      if (isTitleCase(tokens, stop)) return line;
      return tokens
        .filter((t) => !t.capitalised || t.sentenceStart || t.acronym)
        .map((t) => t.text)
        .join(' ');
    })
    .join('\n');
}
