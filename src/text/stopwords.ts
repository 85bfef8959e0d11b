import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;

/**
 * Words the stopwords-iso lists mark as stop words but that name things news events are about
 * ("fire", "billion", "war", "city"); dropping them would hide what separates one event from another.
 */
const KEEP: Record<string, string[]> = {
  en: [
    'fire',
    'bill',
    'billion',
    'million',
    'thousand',
    'hundred',
    'trillion',
    'computer',
    'microsoft',
    'home',
    'member',
    'members',
    'novel',
    'research',
    'ring',
    'room',
    'rooms',
    'state',
    'states',
    'system',
    'test',
    'world',
    'young',
    'group',
    'open',
    'opened',
    'order',
    'orders',
    'high',
    'school',
    'value',
    'site',
    'website',
    'interest',
    'index',
    'page',
    'us',
    'uk',
    'zero',
    'line',
    'join',
    'miss',
  ],
  ru: [
    'война',
    'вода',
    'город',
    'голова',
    'голос',
    'дело',
    'дом',
    'земля',
    'люди',
    'мир',
    'народ',
    'страна',
    'человек',
    'работа',
    'сила',
    'деньги',
    'жизнь',
    'лицо',
    'машина',
    'ночь',
    'отец',
    'мать',
    'рука',
    'сторона',
  ],
};

const cache = new Map<string, Set<string>>();

/** The stop-word set for an ISO 639-1 language (empty when stopwords-iso has none). */
export function stopwordsFor(language: string): Set<string> {
  const known = cache.get(language);
  if (known) return known;
  const keep = new Set(KEEP[language] ?? []);
  const set = new Set((lists[language] ?? []).map((w) => w.toLowerCase()).filter((w) => !keep.has(w)));
  cache.set(language, set);
  return set;
}

/** True when the lower-case word is a stop word in the language. */
export function isStopword(language: string, word: string): boolean {
  return stopwordsFor(language).has(word);
}
