import type { ConsensusFact } from '../domain/breakdown.ts';
import { readGradedItems, statementStart } from './unique-grading.ts';

/** The hand grading of the outlets each agreed fact is credited to, read when present (see docs/benchmarks.md). */
export const DEFAULT_CREDITS_GRADED = 'bench/gold/credits-graded.json';

/**
 * One credit of an agreed fact graded by hand: the story, the first six words of the fact's statement, the article
 * credited and the first six words of its sentence quoted (no more article text than that), a label and a few words of
 * reason. Right: the sentence states the fact's main claim (same actor, act, object and stage); part: only a secondary
 * piece of it; wrong: another fact (another person or stage, the topic only, background).
 */
export interface GradedCredit {
  story: string;
  fact: string;
  article: string;
  start: string;
  label: 'right' | 'part' | 'wrong';
  reason: string;
}

const keyOf = (story: string, fact: string, article: string, start: string): string => [story, fact, article, start].join('\u0000');

/** Grades by story, fact statement start, article and quoted sentence start. */
export type CreditGrading = Map<string, GradedCredit>;

export async function readCreditGrading(path = DEFAULT_CREDITS_GRADED): Promise<CreditGrading> {
  const items = await readGradedItems<GradedCredit>(path);
  return new Map(items.map((g) => [keyOf(g.story, g.fact, g.article, g.start), g]));
}

/** How one story's credits fare against the grading: credits listed (the statement's own sentence aside), graded, right, part. */
export interface CreditScore {
  credits: number;
  creditsGraded: number;
  creditsRight: number;
  creditsPart: number;
}

/** Each credit of each fact but the sentence the statement is (it states itself), with its grade if any. */
function gradedCredits(story: string, consensus: ConsensusFact[], grading: CreditGrading) {
  return consensus.flatMap((fact) => {
    const own = fact.statement.toLowerCase();
    return fact.quotes
      .filter((q) => !q.sentence.toLowerCase().includes(own))
      .map((q) => ({
        fact,
        quote: q,
        grade: grading.get(keyOf(story, statementStart(fact.statement), q.articleId, statementStart(q.sentence))),
      }));
  });
}

export function gradeCredits(story: string, consensus: ConsensusFact[], grading: CreditGrading): CreditScore {
  const credits = gradedCredits(story, consensus, grading);
  return {
    credits: credits.length,
    creditsGraded: credits.filter((c) => c.grade !== undefined).length,
    creditsRight: credits.filter((c) => c.grade?.label === 'right').length,
    creditsPart: credits.filter((c) => c.grade?.label === 'part').length,
  };
}

/** One tab-separated line per credit: story, fact start, article, the grade if any, the sentence quoted. */
export function creditLines(story: string, consensus: ConsensusFact[], grading: CreditGrading): string[] {
  return gradedCredits(story, consensus, grading).map(({ fact, quote, grade }) =>
    [
      'credit',
      story,
      statementStart(fact.statement),
      quote.articleId,
      grade ? `${grade.label}:${grade.reason}` : 'ungraded',
      quote.sentence,
    ].join('\t'),
  );
}
