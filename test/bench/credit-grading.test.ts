import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD, type GoldStory } from '../../src/bench/breakdown-bench.ts';
import {
  DEFAULT_CREDITS_GRADED,
  creditLines,
  gradeCredits,
  type CreditGrading,
  type GradedCredit,
} from '../../src/bench/credit-grading.ts';
import type { ConsensusFact } from '../../src/domain/breakdown.ts';

const quote = (articleId: string, sentence: string) => ({ articleId, outlet: articleId, sentence });
const graded = (g: GradedCredit): [string, GradedCredit] => [[g.story, g.fact, g.article, g.start].join('\u0000'), g];

describe('credit grading', () => {
  const fact: ConsensusFact = {
    statement: 'The council voted 7-2 to close the bridge.',
    quotes: [
      quote('a1', 'On Monday, the council voted 7-2 to close the bridge.'),
      quote('a2', 'Councillors voted to shut the Marrow Creek bridge.'),
      quote('a3', 'The bridge carries 4,000 cars a day.'),
      quote('a4', 'The mayor had called the vote for Monday.'),
    ],
    outlets: ['a1', 'a2', 'a3', 'a4'],
  };
  const grading: CreditGrading = new Map([
    graded({
      story: 's',
      fact: 'the council voted 7 2 to',
      article: 'a2',
      start: 'councillors voted to shut the marrow',
      label: 'right',
      reason: '',
    }),
    graded({
      story: 's',
      fact: 'the council voted 7 2 to',
      article: 'a3',
      start: 'the bridge carries 4 000 cars',
      label: 'wrong',
      reason: 'topic only',
    }),
  ]);

  it('counts every credit but the sentence the statement shows, those graded, right and part, by story and fact', () => {
    expect(gradeCredits('s', [fact], grading)).toEqual({ credits: 3, creditsGraded: 2, creditsRight: 1, creditsPart: 0 });
    expect(gradeCredits('other', [fact], grading)).toEqual({ credits: 3, creditsGraded: 0, creditsRight: 0, creditsPart: 0 });
    // Another statement of the fact is another fact to the grading: its credits were judged against other words.
    expect(gradeCredits('s', [{ ...fact, statement: 'Councillors voted to shut the Marrow Creek bridge.' }], grading).creditsGraded).toBe(
      0,
    );
    expect(creditLines('s', [fact], grading).map((l) => l.split('\t')[4])).toEqual(['right:', 'wrong:topic only', 'ungraded']);
  });

  it('grades gold stories only, by ids and six words at most', async () => {
    const stories = new Set<string>();
    for (const path of DEFAULT_GOLD)
      for (const s of (JSON.parse(await readFile(path, 'utf8')) as { stories: GoldStory[] }).stories) stories.add(s.id);
    const items = (JSON.parse(await readFile(DEFAULT_CREDITS_GRADED, 'utf8')) as { items: GradedCredit[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const g of items) {
      expect(stories.has(g.story), g.story).toBe(true);
      expect(g.fact.split(' ').length, g.fact).toBeLessThanOrEqual(6);
      expect(g.start.split(' ').length, g.start).toBeLessThanOrEqual(6);
      expect(['right', 'part', 'wrong'], g.start).toContain(g.label);
    }
  });
});
