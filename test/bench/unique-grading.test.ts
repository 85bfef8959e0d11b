import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD, type GoldStory } from '../../src/bench/breakdown-bench.ts';
import {
  DEFAULT_UNIQUE_GRADED,
  gradeUnique,
  statementStart,
  uniqueLines,
  type Grading,
  type GradedUnique,
} from '../../src/bench/unique-grading.ts';
import type { UniqueFact } from '../../src/domain/breakdown.ts';

const fact = (articleId: string, statement: string): UniqueFact => ({
  statement,
  quote: { articleId, outlet: articleId, sentence: statement },
  outlet: articleId,
});
const graded = (g: GradedUnique): [string, GradedUnique] => [`${g.story}\u0000${g.article}\u0000${g.start}`, g];

describe('unique fact grading', () => {
  it('keys a statement by its first six words, lower-cased and without punctuation', () => {
    expect(statementStart('The Marrow Creek council, on Monday, voted 7-2 to close the bridge.')).toBe(
      'the marrow creek council on monday',
    );
  });

  it('counts listed facts, those graded and those graded right, by story, article and start', () => {
    const grading: Grading = new Map([
      graded({ story: 's', article: 'a1', start: 'the council voted 7 2 to', label: 'right', reason: 'ok' }),
      graded({ story: 's', article: 'a2', start: 'he said the vote was unfair', label: 'wrong', reason: 'context' }),
    ]);
    const listed = [
      fact('a1', 'The council voted 7-2 to close the bridge.'),
      fact('a2', 'He said the vote was unfair to commuters.'),
      fact('a3', 'A new fact nobody graded yet stands here.'),
    ];
    expect(gradeUnique('s', listed, grading)).toEqual({ unique: 3, uniqueGraded: 2, uniqueRight: 1 });
    expect(gradeUnique('other', listed, grading)).toEqual({ unique: 3, uniqueGraded: 0, uniqueRight: 0 });
    expect(uniqueLines('s', listed, grading).map((l) => l.split('\t')[4])).toEqual(['right:ok', 'wrong:context', 'ungraded']);
  });

  it('grades only stories of halves a to d, by ids and six words at most, never half e', async () => {
    const halves = new Map<string, string>();
    for (const path of DEFAULT_GOLD)
      for (const s of (JSON.parse(await readFile(path, 'utf8')) as { stories: GoldStory[] }).stories) halves.set(s.id, s.half);
    const items = (JSON.parse(await readFile(DEFAULT_UNIQUE_GRADED, 'utf8')) as { items: GradedUnique[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const g of items) {
      expect(['a', 'b', 'c', 'd'], g.story).toContain(halves.get(g.story));
      expect(g.start.split(' ').length, g.start).toBeLessThanOrEqual(6);
      expect(['right', 'wrong'], g.start).toContain(g.label);
      expect(g.reason, g.start).toMatch(/^[a-z-]+$/u);
    }
  });
});
