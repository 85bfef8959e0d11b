import { readFile } from 'node:fs/promises';
import type { UniqueFact } from '../domain/breakdown.ts';

/** The hand grading of listed unique facts, read when present (see docs/benchmarks.md). */
export const DEFAULT_UNIQUE_GRADED = 'bench/gold/unique-graded.json';

/**
 * One listed unique fact graded by hand: the story, the article it was quoted from, the first six words of its
 * statement (no more article text than that), the label and a one-word reason ("ok", "covered", "context",
 * "background", "filler", "quote", "furniture", "other-event").
 */
export interface GradedUnique {
  story: string;
  article: string;
  start: string;
  label: 'right' | 'wrong';
  reason: string;
}

/** The first six words of a statement, lower-cased and without punctuation: the key a grading is found by. */
export function statementStart(statement: string): string {
  return statement
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '')
    .slice(0, 6)
    .join(' ');
}

const keyOf = (story: string, article: string, start: string): string => `${story}\u0000${article}\u0000${start}`;

/** Grades by story, article and statement start. */
export type Grading = Map<string, GradedUnique>;

/** The items of a hand-grading file (`{"items": [...]}`), none when there is no such file. */
export async function readGradedItems<T>(path: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  return (JSON.parse(text) as { items: T[] }).items;
}

export async function readGrading(path = DEFAULT_UNIQUE_GRADED): Promise<Grading> {
  const items = await readGradedItems<GradedUnique>(path);
  return new Map(items.map((g) => [keyOf(g.story, g.article, g.start), g]));
}

/** How one story's listed unique facts fare against the grading: listed, graded, right. */
export interface UniqueScore {
  unique: number;
  uniqueGraded: number;
  uniqueRight: number;
}

export function gradeUnique(story: string, unique: UniqueFact[], grading: Grading): UniqueScore {
  const grades = unique.map((u) => grading.get(keyOf(story, u.quote.articleId, statementStart(u.statement))));
  return {
    unique: unique.length,
    uniqueGraded: grades.filter((g) => g !== undefined).length,
    uniqueRight: grades.filter((g) => g?.label === 'right').length,
  };
}

/** One tab-separated line per listed fact: story, article, statement start, the grade if any, the statement. */
export function uniqueLines(story: string, unique: UniqueFact[], grading: Grading): string[] {
  return unique.map((u) => {
    const start = statementStart(u.statement);
    const g = grading.get(keyOf(story, u.quote.articleId, start));
    return ['unique', story, u.quote.articleId, start, g ? `${g.label}:${g.reason}` : 'ungraded', u.statement].join('\t');
  });
}
