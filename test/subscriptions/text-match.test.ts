import { describe, expect, it } from 'vitest';
import { containsPhrase, matchesTopics, phrase, words } from '../../src/subscriptions/text-match.ts';

const p = (text: string) => phrase(text)!;

describe('topic matching', () => {
  it('matches words and phrases regardless of case and diacritics', () => {
    const text = words('Über 40 Häuser in São Paulo beschädigt');
    expect(containsPhrase(text, p('sao paulo'))).toBe(true);
    expect(containsPhrase(text, p('UBER'))).toBe(true);
    expect(containsPhrase(text, p('paulo sao'))).toBe(false);
  });

  it('does not match a word inside a longer unrelated word', () => {
    expect(containsPhrase(words('The rainfall ended'), p('rain'))).toBe(false);
    expect(containsPhrase(words('Heavy rain in the north'), p('rain'))).toBe(true);
  });

  it('finds inflected forms of longer words, Latin and Cyrillic', () => {
    expect(containsPhrase(words('Two earthquakes shook the coast'), p('earthquake'))).toBe(true);
    expect(containsPhrase(words('После землетрясения в регионе'), p('землетрясение'))).toBe(true);
    expect(containsPhrase(words('Зелёный коридор открыт'), p('зеленый коридор'))).toBe(true);
  });

  it('excludes a story that mentions an exclusion', () => {
    const topics = [p('election')];
    const exclude = [p('football')];
    expect(matchesTopics({ textWords: words('Election results announced'), topics, exclude })).toBe(true);
    expect(matchesTopics({ textWords: words('Football club election results announced'), topics, exclude })).toBe(false);
    expect(matchesTopics({ textWords: words('Harvest festival'), topics, exclude })).toBe(false);
  });

  it('refuses a phrase with no words', () => {
    expect(phrase(' ,, ')).toBeNull();
  });
});
