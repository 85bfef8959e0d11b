import { describe, expect, it } from 'vitest';
import { conceptsIn, conceptsOfWord } from '../../src/text/event-words.ts';

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

  it('leaves out a word that mostly means something else than the event it shares a sense with', () => {
    // German "Schlag" (a blow) shares the sense of an explosion's bang; "Ende" (an end) one of death.
    expect(conceptsIn('Ein Schlag ins Gesicht', 'de')).toEqual(new Set());
    expect(conceptsIn('Das Ende der Saison', 'de')).toEqual(new Set());
    expect(conceptsIn('Explosion in einer Fabrik', 'de')).toEqual(new Set(['explosion']));
  });
});
