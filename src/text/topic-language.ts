import { conceptsIn, eventPhrases } from './event-words.ts';
import { DEFAULT_LANGUAGE, detectLanguage, LANGUAGES_OF_SCRIPT } from './language.ts';
import { stopwordsFor } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

/**
 * The languages a topic a reader types is in, most likely first: a long text or one in another script as
 * `detectLanguage` reads it; a few Latin words (too few for a statistical guess, which reads them as English) by the
 * language whose own words they are: its function words and its event words ("en" and "terremoto" are Spanish in
 * "terremoto en Irán", "en" and "séisme" French in "séisme en Iran"). A language counts a word when the word is one
 * of its stop words or names an event in it, alone or in a phrase ("tremblement de terre"; src/text/event-words.ts); the languages counting the most words, when
 * they count more than English does, are the topic's (several when they tie: "en" alone is Spanish or French). A
 * topic none of whose words any language claims ("Bush infortunio", "Mark Felt") stays English, as before.
 */
export function topicLanguages(topic: string): string[] {
  const detected = detectLanguage({ text: topic, fallback: '' });
  if (detected !== '') return [detected];
  const tokens = tokenize(topic);
  const phrases = eventPhrases(topic);
  const inPhrase = (i: number, language: string): boolean => phrases.some((p) => p.language === language && p.from <= i && i < p.to);
  // The Latin languages, English first, which keeps a tie.
  const counts = LANGUAGES_OF_SCRIPT.latin!.map((language) => ({
    language,
    count: tokens.filter(
      (t, i) => !t.numeric && (inPhrase(i, language) || stopwordsFor(language).has(t.lower) || conceptsIn(t.lower, language).size > 0),
    ).length,
  }));
  const most = Math.max(...counts.map((c) => c.count));
  const english = counts[0]!.count;
  if (most === 0 || english === most) return [DEFAULT_LANGUAGE];
  return counts.filter((c) => c.count === most).map((c) => c.language);
}
