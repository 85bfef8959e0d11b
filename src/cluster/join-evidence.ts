import type { ClusterOptions } from './options.ts';
import { figuresDisagree } from './reported-quantities.ts';
import { coverage, holds, lenientAgreement, namesNoOne, sharesAWord, timeFactor, yearRelation, type Scorable } from './similarity.ts';
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
  /** The same share for the worse side: both sides' main names found in the other, or only one side's. */
  mutualAgreement: number;
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
  /** The article's own year is the year the story's reports agree on (see yearRelation). */
  yearAgrees: boolean;
  /** The article's own year is one few of the story's reports give, while they agree on another: the 2008 and 2013 elections. */
  yearConflicts: boolean;
  /** Most of the story's reports giving a magnitude or a sum give a value the article does not (see figuresDisagree); stories past `splitLimit` no longer keep their members' figures. */
  figureConflicts: boolean;
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
  const year = yearRelation(article, story);
  const mutual =
    article.specifics.length === 0 || story.specifics.length === 0 ? lenientAgreement(article, story, ab, ba) : Math.min(ab, ba);
  return {
    cosine: cos * timeFactor(article.dated, story.dated, options.timeHalfLifeHours),
    agreement: lenientAgreement(article, story, ab, ba),
    mutualAgreement: mutual,
    nameless: namesNoOne(article) || namesNoOne(story),
    conflict: !!topA && !!topB && !holds(story.vector, topA[0]) && !holds(article.vector, topB[0]),
    articleHeadline: !article.detailed,
    storyHeadlines: !story.detailed,
    articleTerms,
    storyReports: story.reports ?? 1,
    yearAgrees: year === 'agree',
    yearConflicts: year === 'conflict',
    figureConflicts: !!story.figures && figuresDisagree(article.figures?.[0] ?? [], story.figures),
  };
}
