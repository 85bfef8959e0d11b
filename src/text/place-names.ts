import { PLACE_NAMES } from './place-names-data.ts';
import { placeOf } from './place-adjectives.ts';

/** A place a text names: its key (`^IR` for a country, `^vancouver` for a city) and where it is written. */
export interface PlaceMention {
  key: string;
  start: number;
  end: number;
}

/** Words of a spaced script; dots and gershayim inside a word keep it whole ("U.S", "ארה״ב"). */
const WORD = /[\p{L}\p{M}]+(?:[.״"][\p{L}\p{M}]+)*/gu;
/** Scripts written without spaces between words: their names are found as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const HAN = /\p{Script=Han}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

interface SpacedName {
  key: string;
  /** The languages that write the name so ("Island" is Iceland in German and Swedish only). */
  languages: string[];
  /** The name's words in lower case, dots of abbreviations dropped ("EE. UU." -> ["ee", "uu"]). */
  words: string[];
  /** Whether reports write it capitalised (every cased script): "Chad" names a place, "chad" does not. */
  capitalised: boolean;
}

const spaced = new Map<string, SpacedName[]>();
/** The same names by their whole first word: a language that writes names unchanged looks a token up once. */
const byFirstWord = new Map<string, SpacedName[]>();
const unspaced = new Map<string, { key: string; form: string; languages: string[] }[]>();
/** Languages the table has names in: a text in another language is read with every name. */
const KNOWN = new Set<string>();
for (const line of PLACE_NAMES.split('\n')) {
  const [key, names] = line.split('\t');
  if (!key || !names) continue;
  for (const written of names.split('|')) {
    const at = written.lastIndexOf('@');
    const form = written.slice(0, at);
    const languages = written.slice(at + 1).split(',');
    for (const l of languages) KNOWN.add(l);
    if (UNSPACED.test(form[0]!)) {
      const list = unspaced.get(form[0]!) ?? [];
      list.push({ key: `^${key}`, form, languages });
      unspaced.set(form[0]!, list);
      continue;
    }
    const words = [...form.matchAll(WORD)].map((m) => wordOf(m[0]));
    if (words.length === 0) continue;
    const first = words[0]!.slice(0, 2);
    const name = { key: `^${key}`, languages, words, capitalised: CASED.test(form[0]!) && form[0] !== form[0]!.toLowerCase() };
    spaced.set(first, [...(spaced.get(first) ?? []), name]);
    byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), name]);
  }
}
// Longest first: "Nigeria" before "Niger", "インドネシア" before "インド", "South Africa" before "South".
for (const list of [...spaced.values(), ...byFirstWord.values()])
  list.sort((a, b) => b.words.length - a.words.length || b.words[0]!.length - a.words[0]!.length);
for (const list of unspaced.values()) list.sort((a, b) => b.form.length - a.form.length);

/** A word as names are compared: lower case, an abbreviation's dots dropped ("U.S" -> "us"). */
function wordOf(word: string): string {
  return word.replace(/\./gu, '').toLowerCase();
}

/**
 * How a language may change a name's word in running text, and still name the place: Russian and Ukrainian
 * decline it ("Иран" -> "Ирана", "Турция" -> "Турции": the last letter may change and two may follow);
 * German and Swedish add a genitive ("Irans"); Korean writes particles onto it ("미국의", "이란에서");
 * Arabic and Hebrew write prepositions and "and" before it ("لإيران", "ובאיראן").
 */
const ENDINGS: Record<string, { declines?: boolean; suffix?: number; prefixes?: RegExp; shortest?: number }> = {
  ru: { declines: true },
  uk: { declines: true },
  de: { suffix: 2 },
  sv: { suffix: 2 },
  // A Korean name is often two syllables ("미국", "이란"), each a character.
  ko: { suffix: 3, shortest: 2 },
  ar: { prefixes: /^[وف]?[بلك]?/u },
  he: { prefixes: /^[והבלמשכ]{1,2}/u },
};

/** Letters a token shares with a name's word when the language's endings allow it to stand for it, else 0. */
function wordMatch(token: string, word: string, language: string): number {
  if (token === word) return word.length;
  const rule = ENDINGS[language];
  if (!rule) return 0;
  if (rule.prefixes) {
    const bare = token.replace(rule.prefixes, '');
    return bare !== token && bare === word ? word.length : 0;
  }
  if (word.length < (rule.shortest ?? 4)) return 0;
  if (token.startsWith(word)) return token.length - word.length <= (rule.suffix ?? 2) ? word.length : 0;
  // A declined word: its last letter changed ("Турция" -> "Турции"), so it shares one letter less than an undeclined match would.
  return rule.declines && token.length <= word.length + 2 && token.length >= word.length - 1 && token.startsWith(word.slice(0, -1))
    ? word.length - 1
    : 0;
}

/**
 * The countries, territories and cities a text names, in any of the catalog's languages ("Iran", "Ирана",
 * "伊朗", "イラン", "이란의", "لإيران"), from the Unicode CLDR's names (see the data file); in English also
 * through their adjectives ("Iranian"). These survive translation where a name's sound does not: Chinese
 * and Japanese write many places by meaning or by their own reading (温哥华 for Vancouver, 英国 for
 * Britain), which no sound key reaches. Longest name first; a katakana name must stand apart from other
 * katakana ("マリ" is not read in "マリア"). Running text is read with its own language's names ("Island" is
 * Iceland in German, not in English) and names a place with a capital ("Chad", not "chad"); a `query` is
 * what a user types ("iran", "伊朗"), read with every language's names in any case.
 */
export function placesIn(text: string, language: string, { query = false }: { query?: boolean } = {}): PlaceMention[] {
  const found: PlaceMention[] = [];
  const anyCase = query;
  const writes = query || !KNOWN.has(language) ? () => true : (languages: string[]) => languages.includes(language);
  const tokens = [...text.matchAll(WORD)];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]![0];
    // Running text writes a name with a capital; most words are in lower case and name nothing.
    if (UNSPACED.test(raw[0]!) || (!anyCase && raw[0] !== raw[0]!.toUpperCase())) continue;
    const token = wordOf(raw);
    const match = spacedMatch(tokens, i, token, language, anyCase, writes) ?? englishAdjective(raw, token, language, anyCase);
    if (!match) continue;
    const last = tokens[i + match.length - 1]!;
    found.push({ key: match.key, start: tokens[i]!.index, end: last.index + last[0].length });
    i += match.length - 1;
  }
  let starts: Set<number> | null = null;
  const startsWord = (i: number): boolean => (starts ??= wordStarts(text, language)).has(i);
  for (let i = UNSPACED.test(text) ? 0 : text.length; i < text.length; i++) {
    const list = unspaced.get(text[i]!);
    if (!list) continue;
    const hit = list.find(
      ({ form, languages }) =>
        writes(languages) && text.startsWith(form, i) && standsApart(text, i, form) && (!HAN.test(form[0]!) || startsWord(i)),
    );
    if (!hit) continue;
    found.push({ key: hit.key, start: i, end: i + hit.form.length });
    i += hit.form.length - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The name starting at token i that covers most words, then shares most letters with them ("Иране" is Iran, not Iraq). */
function spacedMatch(
  tokens: RegExpMatchArray[],
  i: number,
  token: string,
  language: string,
  anyCase: boolean,
  writes: (languages: string[]) => boolean,
): { key: string; length: number } | null {
  const raw = tokens[i]![0];
  let best: { key: string; length: number; letters: number } | null = null;
  for (const name of candidatesFor(token, language)) {
    if ((name.capitalised && !anyCase && raw[0] === raw[0]!.toLowerCase()) || !writes(name.languages)) continue;
    if (i + name.words.length > tokens.length || (best && name.words.length < best.length)) continue;
    let letters = 0;
    for (let k = 0; k < name.words.length && letters >= 0; k++) {
      const shared = wordMatch(k === 0 ? token : wordOf(tokens[i + k]![0]), name.words[k]!, language);
      letters = shared > 0 ? letters + shared : -1;
    }
    if (letters > 0 && (!best || name.words.length > best.length || letters > best.letters))
      best = { key: name.key, length: name.words.length, letters };
  }
  return best;
}

/**
 * Names whose first word may be this token: in a language that writes names unchanged, those whose first word it is;
 * else those sharing its first two letters, after any prefix the language writes on.
 */
function candidatesFor(token: string, language: string): SpacedName[] {
  const rule = ENDINGS[language];
  if (!rule) return byFirstWord.get(token) ?? [];
  const prefixes = rule.prefixes;
  const direct = spaced.get(token.slice(0, 2)) ?? [];
  if (!prefixes) return direct;
  const bare = token.replace(prefixes, '');
  return bare === token ? direct : [...direct, ...(spaced.get(bare.slice(0, 2)) ?? [])];
}

/** "Iranian", "Greeks": the place an English adjective or demonym names, when it is a place of the table. */
function englishAdjective(raw: string, token: string, language: string, anyCase: boolean): { key: string; length: number } | null {
  if (language !== 'en' || (!anyCase && raw[0] === raw[0]!.toLowerCase())) return null;
  const place = placeOf(token);
  if (place === token) return null;
  const name = (spaced.get(place.slice(0, 2)) ?? []).find(
    (n) => n.words.length === 1 && n.words[0] === place && n.languages.includes('en'),
  );
  return name ? { key: name.key, length: 1 } : null;
}

function standsApart(text: string, i: number, form: string): boolean {
  if (!KATAKANA.test(form[0]!)) return true;
  const before = text[i - 1];
  const after = text[i + form.length];
  return !(before && KATAKANA.test(before)) && !(after && KATAKANA.test(after));
}

/**
 * Where words start in a text written without spaces, by the word segmentation of the platform's ICU (its Chinese
 * and Japanese dictionaries): a Han name must start a word, so "方法国家" (method, country) does not name France (法国).
 * A name may end inside a word ("日本人"; ICU reads "英国籍" as 英|国籍), so only its start is asked: "加纳入" (add
 * into) still reads Ghana. Without full ICU every character starts a word and every name is read, as before.
 */
function wordStarts(text: string, language: string): Set<number> {
  const segmenter = new Intl.Segmenter(language === 'ja' ? 'ja' : 'zh', { granularity: 'word' });
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
}
