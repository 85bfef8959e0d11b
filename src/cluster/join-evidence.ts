import type { ClusterOptions } from './options.ts';
import { coverage, holds, lenientAgreement, namesNoOne, sharesAWord, timeFactor, type Scorable } from './similarity.ts';
import { dot } from './sparse-vector.ts';

/**
 * What the join decision can know about an article and a candidate story, before any constant weighs
 * it: the measurements the hand-set gate of `similarity` combines, kept apart so that a learned model
 * (join-model.ts) can weigh them instead.
 */
export interface JoinEvidence {
  /** Cosine of the article's vector with the story centroid, times the time factor (1 without dates). */
  cosine: number;
  /** Share of the heaviest names and numbers of one side found in the other (the better side; see similarity). */
  agreement: number;
  /** One side is a headline (or headlines-only story) that names no one: its names can neither agree nor conflict. */
  nameless: boolean;
  /** Each side's heaviest name is missing from the other. */
  conflict: boolean;
  /** The article is a headline only. */
  articleHeadline: boolean;
  /** The story holds headlines only. */
  storyHeadlines: boolean;
  /** Distinct terms of the article (a headline has 5-25, a text 100 and more). */
  articleTerms: number;
  /** Reports the story holds. */
  storyReports: number;
}

/**
 * The evidence for an article joining a story, or null when they share no word (numbers alone never
 * join two texts). The same tests as `similarity` for an article against a story (not `mutual`).
 */
export function joinEvidence(
  article: Scorable,
  story: Scorable,
  articleTerms: number,
  options: Pick<ClusterOptions, 'textSpecificTerms' | 'timeHalfLifeHours'>,
): JoinEvidence | null {
  const n = article.vectorNorm * story.vectorNorm;
  if (n === 0 || !sharesAWord(article.vector, story.vector)) return null;
  const cos = dot(article.vector, story.vector) / n;
  const checked = article.detailed && story.detailed ? options.textSpecificTerms : Infinity;
  const ab = coverage(article.specifics.slice(0, checked), story.vector);
  const ba = coverage(story.specifics.slice(0, checked), article.vector);
  const topA = article.specifics[0];
  const topB = story.specifics[0];
  return {
    cosine: cos * timeFactor(article.dated, story.dated, options.timeHalfLifeHours),
    agreement: lenientAgreement(article, story, ab, ba),
    nameless: namesNoOne(article) || namesNoOne(story),
    conflict: !!topA && !!topB && !holds(story.vector, topA[0]) && !holds(article.vector, topB[0]),
    articleHeadline: !article.detailed,
    storyHeadlines: !story.detailed,
    articleTerms,
    storyReports: story.reports ?? 1,
  };
}
