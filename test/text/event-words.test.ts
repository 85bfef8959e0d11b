import { describe, expect, it } from 'vitest';
import { conceptsIn, conceptsOfWord, eventPhrases, happeningOfStem } from '../../src/text/event-words.ts';
import { stemmerFor } from '../../src/text/stem.ts';

describe('event words across languages', () => {
  it('reads a typed word in its language, or in another of its script that knows it', () => {
    expect(conceptsOfWord('землетрясения', 'ru')).toEqual({ concepts: ['earthquake'], language: 'ru' });
    // A word alone reads as English; German knows it.
    expect(conceptsOfWord('Erdbeben', 'en')).toEqual({ concepts: ['earthquake'], language: 'de' });
    expect(conceptsOfWord('海盗', 'zh')).toEqual({ concepts: ['pirate'], language: 'zh' });
    expect(conceptsOfWord('quakes', 'en')).toEqual({ concepts: ['earthquake'], language: 'en' });
    // English first: "fire" is English for a blaze, whatever else it spells.
    expect(conceptsOfWord('fire', 'en')?.language).toBe('en');
    expect(conceptsOfWord('Velmora', 'en')).toBeNull();
  });

  it('reads the events a text names, in scripts with and without spaces', () => {
    expect(conceptsIn('Пираты захватили танкер у берегов Сомали', 'ru')).toEqual(new Set(['pirate', 'ship']));
    expect(conceptsIn('伊朗南部发生强烈地震', 'zh')).toEqual(new Set(['earthquake']));
    // A word of several characters is found where each of its pieces is.
    expect(conceptsIn('容疑者を逮捕する方針', 'ja').has('arrest')).toBe(true);
    expect(conceptsIn('容疑者を逮捕', 'ja').has('arrest')).toBe(true);
    expect(conceptsIn('Quake shakes Velmora', 'en')).toEqual(new Set(['earthquake']));
    expect(conceptsIn('Quake shakes Velmora', 'de')).toEqual(new Set());
  });

  it('reads a prison escape in each language, and not an escape from harm', () => {
    expect(conceptsIn('Inmate escapes from prison van near Tarvo', 'en').has('escape')).toBe(true);
    expect(conceptsIn("Évasion d'un détenu près de Tarvo", 'fr').has('escape')).toBe(true);
    expect(conceptsIn('Побег заключённого под Тарво', 'ru').has('escape')).toBe(true);
    expect(conceptsIn('塔尔沃一名囚犯越狱', 'zh').has('escape')).toBe(true);
    expect(conceptsIn('The driver escaped unhurt from the crash', 'en').has('escape')).toBe(false);
  });

  it('leaves out a word that mostly means something else than the event it shares a sense with', () => {
    // German "Schlag" (a blow) shares the sense of an explosion's bang; "Ende" (an end) one of death.
    expect(conceptsIn('Ein Schlag ins Gesicht', 'de')).toEqual(new Set());
    expect(conceptsIn('Das Ende der Saison', 'de')).toEqual(new Set());
    expect(conceptsIn('Explosion in einer Fabrik', 'de')).toEqual(new Set(['explosion']));
  });
});

describe('event phrases, senses and gaps', () => {
  it('reads a phrase of words as one event, and its words apart as none', () => {
    expect(conceptsIn('Un tremblement de terre a frappé le sud du pays', 'fr')).toEqual(new Set(['earthquake']));
    expect(conceptsIn('Un tremblement dans la voix', 'fr').has('earthquake')).toBe(false);
    expect(eventPhrases('tremblement de terre Velmora')).toEqual([
      { from: 0, to: 3, words: ['tremblement', 'de', 'terre'], concepts: ['earthquake'], language: 'fr' },
    ]);
  });

  it('leaves out the English verb "fire" and the phrases in which it shoots or criticises', () => {
    expect(conceptsIn('A fire broke out at the depot', 'en').has('blaze')).toBe(true);
    expect(conceptsIn('Fires swept the hills', 'en').has('blaze')).toBe(true);
    expect(conceptsIn('The club fired its coach', 'en').has('blaze')).toBe(false);
    expect(conceptsIn('A gunman opened fire on the crowd', 'en').has('blaze')).toBe(false);
    expect(conceptsIn('The minister came under fire', 'en').has('blaze')).toBe(false);
    // A title in quotation marks names a work, not an event of the story.
    expect(conceptsIn('Talks to direct the sequel ‘ Catching Fire ’', 'en').has('blaze')).toBe(false);
    expect(conceptsIn("Ross in talks to direct 'The Hunger Games' sequel 'Catching Fire'", 'en').has('blaze')).toBe(false);
    expect(conceptsIn("Gray's fire at the 'old mill' spread", 'en').has('blaze')).toBe(true);
  });

  it('matches as written the English words whose stem another sense shares', () => {
    // "president-elect" is no election, "Last updated" no software update.
    expect(conceptsIn('President-elect Obama names his surgeon general', 'en').has('election')).toBe(false);
    expect(conceptsIn('Turkmenistan holds parliamentary elections', 'en').has('election')).toBe(true);
    expect(conceptsIn('21 July 2013 Last updated at 11:11 GMT', 'en').has('patch')).toBe(false);
    expect(conceptsIn('Microsoft issues an emergency update for Internet Explorer', 'en').has('patch')).toBe(true);
  });

  it('knows the everyday words the Wiktionary data lacks', () => {
    expect(conceptsIn('Пожежа в центрі міста', 'uk')).toEqual(new Set(['blaze']));
    expect(conceptsIn('Un tiroteo en la oficina', 'es').has('shooting')).toBe(true);
    expect(conceptsOfWord('теракт', 'ru')).toEqual({ concepts: ['terrorism'], language: 'ru' });
  });
});

describe('happeningOfStem', () => {
  const of = (word: string, language = 'en'): string | null => happeningOfStem(stemmerFor(language)(word.toLowerCase()), language);

  it('reads the words of one happening as it', () => {
    expect(['robbers', 'thieves', 'heist', 'robbery'].map((w) => of(w))).toEqual(['robbery', 'robbery', 'robbery', 'robbery']);
    expect(of('blaze')).toBe(of('inferno'));
    expect(of('Erdbeben', 'de')).toBe('earthquake');
  });

  it('reads no kind of thing or role as one: boats are not the vessels they attacked', () => {
    expect([of('boats'), of('vessels'), of('court'), of('prosecutor'), of('cocaine'), of('heroin')]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(of('mountain')).toBeNull();
  });
});
