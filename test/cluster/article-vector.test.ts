import { describe, expect, it } from 'vitest';
import { articleTerms, ENTITY } from '../../src/cluster/article-terms.ts';
import { articleVector } from '../../src/cluster/article-vector.ts';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { Vocabulary } from '../../src/cluster/vocabulary.ts';

function vector(title: string, body: string) {
  const vocabulary = new Vocabulary();
  const terms = articleTerms({ article: { title, body, language: 'en', url: null }, vocabulary, options: DEFAULT_CLUSTER_OPTIONS });
  vocabulary.addDocument(terms.counts.keys());
  return articleVector({ terms, vocabulary, options: DEFAULT_CLUSTER_OPTIONS });
}

describe('articleVector', () => {
  it('boosts the guessed names of a headline-only item less than the names of a text', () => {
    const headline = vector('Tarsk ferry sinks', '');
    expect(headline.get(`${ENTITY}tarsk`)! / headline.get('ferri')!).toBeCloseTo(DEFAULT_CLUSTER_OPTIONS.headlineOnlyEntityWeight);
    const text = vector('Ferry sinks', 'Rescuers said the ferry sank off Tarsk at dawn.');
    expect(text.get(`${ENTITY}tarsk`)! / text.get('dawn')!).toBeCloseTo(DEFAULT_CLUSTER_OPTIONS.entityWeight);
    expect(DEFAULT_CLUSTER_OPTIONS.headlineOnlyEntityWeight).toBeLessThan(DEFAULT_CLUSTER_OPTIONS.entityWeight);
  });
});

describe('Vocabulary', () => {
  it('answers by term and by id alike, and forgets rare terms and words when its counts halve', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addDocument(['flood', '@tarsk']);
    vocabulary.addDocument(new Map([['flood', 2]]));
    expect(vocabulary.dfShare('flood')).toBe(1);
    expect(vocabulary.dfShare('@tarsk')).toBe(0.5);
    expect(vocabulary.idf('never-seen-term')).toBeCloseTo(Math.log(3 / 0.5));
    vocabulary.noteCase('tarsk', true);
    vocabulary.noteCase('tarsk', true);
    vocabulary.noteCase('tarsk', false);
    expect(vocabulary.capitalisedShare('tarsk')).toBeCloseTo(2 / 3);
    expect(vocabulary.capitalisedShare('never-seen-word')).toBeNull();
    for (let i = 0; i < 20_000 - 2; i++) vocabulary.addDocument(['filler']);
    expect(vocabulary.documents).toBe(10_000);
    expect(vocabulary.dfShare('@tarsk')).toBe(0);
    expect(vocabulary.dfShare('flood')).toBe(1 / 10_000);
    expect(vocabulary.capitalisedShare('tarsk')).toBeCloseTo(2 / 3);
  });
});
