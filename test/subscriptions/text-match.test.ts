import { describe, expect, it } from 'vitest';
import { containsPhrase, coversTopic, matchesTopics, phrase, words } from '../../src/subscriptions/text-match.ts';

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

  it('takes no longer word that merely begins the same for a form of the word', () => {
    expect(containsPhrase(words('Bush won the Heisman Trophy in 2005'), p('heist'))).toBe(false);
    expect(containsPhrase(words('Two jewel heists in a week'), p('heist'))).toBe(true);
    expect(containsPhrase(words('Gli incendi di ieri'), p('incendio'))).toBe(true);
    // Nor a word a stemmer over-reads: "elected" and "President-elect" are no election.
    expect(containsPhrase(words('President-elect Obama named his surgeon general'), p('election'))).toBe(false);
    expect(containsPhrase(words('She was elected chair'), p('election'))).toBe(false);
    expect(containsPhrase(words('Elections in Turkmenistan'), p('election'))).toBe(true);
    // A word typed alone is read by the stemmers of its script: the Italian report's "infortuni".
    expect(containsPhrase(words('Bush, infortuni al ginocchio'), p('infortunio'))).toBe(true);
  });

  it('excludes a story that mentions an exclusion', () => {
    const topics = [p('election')];
    const exclude = [p('football')];
    const story = (...reports: string[]) => ({ reportWords: reports.map(words), textWords: words(reports.join('\n')) });
    expect(matchesTopics({ ...story('Election results announced'), topics, exclude })).toBe(true);
    expect(matchesTopics({ ...story('Football club election results announced'), topics, exclude })).toBe(false);
    expect(matchesTopics({ ...story('Harvest festival'), topics, exclude })).toBe(false);
  });

  it('finds a topic of several words in any order within one report, as /compare does; an exclusion stays a phrase', () => {
    const topics = [p('Iran earthquake')];
    const story = (...reports: string[]) => ({ reportWords: reports.map(words), textWords: words(reports.join('\n')) });
    expect(coversTopic(words('The earthquake that struck southern Iran on Sunday'), topics[0]!)).toBe(true);
    expect(matchesTopics({ ...story('Earthquakes shake the south of Iran'), topics, exclude: [] })).toBe(true);
    // Its words spread over two reports of a story are not one report's topic.
    expect(matchesTopics({ ...story('Talks with Iran resume', 'An earthquake hit Chile'), topics, exclude: [] })).toBe(false);
    const exclude = [p('harbour fire')];
    expect(matchesTopics({ ...story('Iran earthquake: a fire broke out near the harbour'), topics, exclude })).toBe(true);
    expect(matchesTopics({ ...story('Iran earthquake set off a harbour fire'), topics, exclude })).toBe(false);
  });

  it('refuses a phrase with no words', () => {
    expect(phrase(' ,, ')).toBeNull();
  });
});
