import { EVENT_WORDS } from './event-words-data.ts';
import { LANGUAGES_OF_SCRIPT, writtenIn } from './language.ts';
import { stemmerFor } from './stem.ts';
import { tokenize } from './tokenize.ts';

/**
 * Event words across languages: "землетрясение", "Erdbeben", "地震" and "earthquake" are one concept, so a topic typed
 * in one language finds a story told in another where no name or place is shared. The table
 * ([event-words-data.ts](./event-words-data.ts), built by src/train/event-words.ts from the Open Multilingual
 * Wordnet's Wiktionary data) holds about 60 concepts of news events (disasters, crime and courts, elections, deals,
 * sport, health) in English and the catalog's ten other languages. A word is read as the stem its language's
 * stemmer gives, as the clusterer reads text; a Chinese or Japanese word of several characters is found where each
 * of its two-character pieces is, as those texts are indexed.
 */

interface Lexicon {
  /** Concepts by stem, for languages written with spaces. */
  byStem: Map<string, string[]>;
  /** Words of scripts without spaces, as their two-character pieces, each with its concept. */
  pieced: { pieces: string[]; concept: string }[];
  /** Phrases ("tremblement de terre"), as the stems of their words in order, by the stem of the first. */
  phrases: Map<string, { stems: string[]; concept: string }[]>;
  /** Words matched only as written ("fire", not "fired" or "firing", which dismiss or shoot), by their lower case. */
  exact: Map<string, string[]>;
  /** Phrases in which the lexicon's words name something else ("opened fire"), as lower-case words. */
  not: string[][];
}

let lexicons: Map<string, Lexicon> | null = null;

function lexiconFor(language: string): Lexicon | undefined {
  if (!lexicons) {
    lexicons = new Map();
    for (const line of EVENT_WORDS.split('\n')) {
      const [concept, , words] = line.split('\t');
      if (!concept || !words) continue;
      for (const entry of words.split(' ')) {
        const [code, list] = entry.split(':');
        if (!code || !list) continue;
        // "not:" holds English phrases (src/train/event-words.ts).
        const language = code === 'not' ? 'en' : code;
        const lexicon: Lexicon = lexicons.get(language) ?? { byStem: new Map(), pieced: [], phrases: new Map(), exact: new Map(), not: [] };
        lexicons.set(language, lexicon);
        for (const word of list.split('|')) {
          if (code === 'not') lexicon.not.push(word.split('_'));
          else add(lexicon, code, word.replace(/_/gu, ' '), concept);
        }
      }
    }
  }
  return lexicons.get(language);
}

function add(lexicon: Lexicon, language: string, word: string, concept: string): void {
  // A Japanese verbal noun is written with its own endings ("逮捕された", "逮捕し"), not as the dictionary's "逮捕する".
  const tokens = tokenize(language === 'ja' ? word.replace(/(?<=\p{Script=Han}{2})する$/u, '') : word).map((t) => t.lower);
  if (tokens.length === 0) return;
  if (UNSPACED.has(language)) {
    lexicon.pieced.push({ pieces: tokens, concept });
    return;
  }
  if (word.startsWith('=')) {
    const form = word.slice(1).toLowerCase();
    lexicon.exact.set(form, [...(lexicon.exact.get(form) ?? []), concept]);
    return;
  }
  if (tokens.length > 1) {
    const stems = tokens.map(stemmerFor(language));
    lexicon.phrases.set(stems[0]!, [...(lexicon.phrases.get(stems[0]!) ?? []), { stems, concept }]);
    return;
  }
  const stem = stemmerFor(language)(tokens[0]!);
  const known = lexicon.byStem.get(stem) ?? [];
  if (!known.includes(concept)) lexicon.byStem.set(stem, [...known, concept]);
}

const UNSPACED = new Set(['zh', 'ja']);

/**
 * The event concepts a typed word names, and the language it was read in: its detected language first, then the
 * others of its script ("Erdbeben" is German though a word alone reads as English). A Latin word English knows is
 * English ("fire" is a blaze, not read as anything else); one it does not is read in the first other language that
 * knows it, so a word spelled alike in English and in another language may be read as the other's.
 */
export function conceptsOfWord(word: string, language: string): { concepts: string[]; language: string } | null {
  const script = writtenIn(word);
  const candidates = [language, ...(LANGUAGES_OF_SCRIPT[script ?? ''] ?? [])];
  for (const code of new Set(candidates)) {
    const concepts = [...conceptsIn(word, code)];
    if (concepts.length > 0) return { concepts, language: code };
  }
  return null;
}

/**
 * The event phrases a typed topic holds ("tremblement de terre"), in the languages of its script, each as the
 * positions of its words among the topic's tokens (`tokenize`), those words, its concepts and the language it was read in.
 */
export interface EventPhrase {
  from: number;
  to: number;
  words: string[];
  concepts: string[];
  language: string;
}

export function eventPhrases(topic: string): EventPhrase[] {
  const tokens = tokenize(topic).map((t) => t.lower);
  const out: EventPhrase[] = [];
  for (const language of LANGUAGES_OF_SCRIPT[writtenIn(topic) ?? ''] ?? []) {
    const phrases = lexiconFor(language)?.phrases;
    if (!phrases || phrases.size === 0) continue;
    const stems = tokens.map(stemmerFor(language));
    stems.forEach((s, i) => {
      for (const phrase of phrases.get(s) ?? [])
        if (phrase.stems.every((p, k) => stems[i + k] === p))
          out.push({
            from: i,
            to: i + phrase.stems.length,
            words: tokens.slice(i, i + phrase.stems.length),
            concepts: [phrase.concept],
            language,
          });
    });
  }
  return out;
}

/**
 * A title in quotation marks, every word of it capitalised ("‘Catching Fire’", "'Catching Fire'", "“Twilight”"; a
 * straight single quote only where it is no apostrophe, after no letter and before none): the name of a work,
 * whose words name no event of the story.
 */
const QUOTED_TITLE = /(?:[‘“"«]|(?<![\p{L}\p{N}])')\s*(?:\p{Lu}[\p{L}’-]*\s+)*\p{Lu}[\p{L}’-]*\s*(?:[’”"»]|'(?![\p{L}\p{N}]))/gu;

/** The text without the titles of works it quotes (see QUOTED_TITLE): what is left tells the story's events. */
export function withoutWorkTitles(text: string): string {
  return text.replace(QUOTED_TITLE, ' ');
}

/**
 * The text with the phrases in which the lexicon's words name something else blanked ("A gunman opened fire" tells no
 * blaze): only English has them (src/train/event-words.ts `notEn`).
 */
export function withoutOtherSenses(text: string, language: string): string {
  let other = otherSenses.get(language);
  if (other === undefined) {
    const phrases = lexiconFor(language)?.not ?? [];
    other = phrases.length === 0 ? null : new RegExp(`(?<!\\p{L})(?:${phrases.map((p) => p.join('\\s+')).join('|')})(?!\\p{L})`, 'giu');
    otherSenses.set(language, other);
  }
  return other === null ? text : text.replace(other, ' ');
}

/** The phrases of `withoutOtherSenses`, one pattern per language (null: none). */
const otherSenses = new Map<string, RegExp | null>();

/** Positions of the tokens inside a phrase in which the lexicon's words name something else ("opened fire"). */
function notNaming(tokens: string[], phrases: string[][]): Set<number> {
  const out = new Set<number>();
  if (phrases.length === 0) return out;
  tokens.forEach((_, i) => {
    for (const p of phrases) if (p.every((w, k) => tokens[i + k] === w)) for (let k = 0; k < p.length; k++) out.add(i + k);
  });
  return out;
}

/**
 * The lexicon's concepts that name a happening: a quake, a fire, a robbery, an arrest, a death, a win. Two sentences
 * that tell one in different words of it ("robbers" and "thieves", "killed" and "murdered", "blaze" and "fire") tell
 * the same thing. The other concepts group kinds of things and roles (boats and vessels, courts and prosecutors,
 * cocaine and heroin, films and awards), whose words can name two different ones in one story: "three boats with 26
 * pirates" are not the "merchant vessels" they attacked.
 */
const HAPPENINGS = new Set(
  `earthquake tsunami flood storm blaze explosion eruption crash accident murder shooting arrest robbery kidnapping
  terrorism bomb attack election resignation protest riot strike war ceasefire acquisition victory death injury
  drunkenness nomination dismissal suicide evacuation rescue funeral wedding divorce bankruptcy`.split(/\s+/u),
);

/**
 * The happening a word's stem names in a language (`HAPPENINGS`), or null: "robber", "thiev" and "heist" are each a
 * robbery. Only languages written with spaces; a Chinese or Japanese word gives none.
 */
export function happeningOfStem(stem: string, language: string): string | null {
  return (
    lexiconFor(language)
      ?.byStem.get(stem)
      ?.find((concept) => HAPPENINGS.has(concept)) ?? null
  );
}

/** The event concepts a text names, read in its language ("погибли" names a death, "地震が" an earthquake). */
export function conceptsIn(text: string, language: string): Set<string> {
  const found = new Set<string>();
  const lexicon = lexiconFor(language);
  if (!lexicon) return found;
  const tokens = tokenize(withoutWorkTitles(text)).map((t) => t.lower);
  if (UNSPACED.has(language)) {
    const pieces = new Set(tokens);
    for (const { pieces: wanted, concept } of lexicon.pieced) if (wanted.every((p) => pieces.has(p))) found.add(concept);
    return found;
  }
  const stems = tokens.map(stemmerFor(language));
  const not = notNaming(tokens, lexicon.not);
  stems.forEach((s, i) => {
    if (not.has(i)) return;
    for (const concept of lexicon.exact.get(tokens[i]!) ?? []) found.add(concept);
    for (const concept of lexicon.byStem.get(s) ?? []) found.add(concept);
    for (const phrase of lexicon.phrases.get(s) ?? []) if (phrase.stems.every((p, k) => stems[i + k] === p)) found.add(phrase.concept);
  });
  return found;
}
