import { describe, expect, it } from 'vitest';
import { topicLanguages } from '../../src/text/topic-language.ts';

describe('the language of a typed topic', () => {
  it('reads a few Latin words by the language whose function and event words they are', () => {
    expect(topicLanguages('terremoto en Irán')).toEqual(['es']);
    // "séisme" is also the stem of Spanish "seísmo": French first, as the languages are listed.
    expect(topicLanguages('séisme en Iran')[0]).toBe('fr');
    expect(topicLanguages('tremblement de terre')).toEqual(['fr']);
    expect(topicLanguages('arresto vicesceriffo')).toEqual(['it']);
    // "en" alone is in the French, Spanish and German stop lists: all three are the topic's, and never English alone.
    expect(topicLanguages('Velmora en Tarsk')).toEqual(['de', 'fr', 'es']);
  });

  it('keeps English where English claims as many words, or none claims any', () => {
    expect(topicLanguages('fire in Velmora')).toEqual(['en']);
    expect(topicLanguages('Mark Felt')).toEqual(['en']);
    expect(topicLanguages('Bush infortunio')).toEqual(['en']);
  });

  it('reads a longer text or another script as detection does', () => {
    expect(topicLanguages('землетрясение в Иране')).toEqual(['ru']);
    expect(topicLanguages('伊朗地震')).toEqual(['zh']);
  });
});
