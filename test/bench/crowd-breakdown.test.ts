import { describe, expect, it } from 'vitest';
import { crowdedStory } from '../../src/bench/crowd-breakdown.ts';
import type { CorpusLine } from '../../src/bench/corpus-article.ts';

const line = (id: string, story: string, body: string): CorpusLine => ({
  id,
  story_id: story,
  title: `Report ${id}`,
  body,
  url: null,
  source: 'one-outlet',
  language: 'en',
  published_at: null,
});

const lines = [
  line('a1', '1_ecb', 'A fire destroyed a barn in Tallow on Monday, firefighters said.'),
  line('b1', '2_ecb', 'Ten people died when a bus overturned near Korvel, police said.'),
  line('b2', '2_ecbplus', 'A bus overturned near Korvel, killing ten people, police said.'),
  line('b3', '2_ecb', 'Police said ten people were killed as a bus overturned near Korvel.'),
  line('c1', '3_ecb', 'The council of Marrow voted to close the library on Tuesday.'),
  line('c2', '3_ecbplus', 'Marrow council voted on Tuesday to close its library.'),
];

describe('crowded story for the breakdown timing', () => {
  it('takes the reports of the largest topics first, each from an outlet of its own', () => {
    const story = crowdedStory(lines, 4);
    expect(story.map((a) => a.id)).toEqual(['b1', 'b2', 'b3', 'c1']);
    expect(new Set(story.map((a) => a.sourceId)).size).toBe(4);
  });
});
