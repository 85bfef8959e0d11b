import type { JoinEvidence } from './join-evidence.ts';

/** The weights of one logistic model: its intercept and a weight per feature. */
export interface LogisticWeights {
  bias: number;
  /** Cosine under which a candidate is never joined; the weights were fitted on the candidates at or above it (0 or missing: all). */
  minCosine?: number;
  /**
   * Whether two texts whose main names conflict and that hold none of each other's heaviest names are
   * never joined, whatever the weights say: two council debates in two towns, two climbers' deaths on one
   * mountain. The dev corpus cannot teach it (its topics are far apart in words, so a candidate over
   * cosine 0.2 with conflicting names is still its event a third of the time); a feed of many similar
   * routine stories needs it (docs/clustering.md).
   */
  namesMustMeet?: boolean;
  weights: Record<JoinFeature, number>;
}

/**
 * Logistic models of "this article reports the story's event", over the join evidence, learned by
 * `npm run train` (src/train/) from labelled placements of the dev corpus: one for articles with a
 * body, one for headline-only items (a headline shares far fewer terms with any story, so every
 * weight differs). A null model leaves those articles to the hand-set gate.
 */
export interface JoinModel {
  /** What the weights were learned from, for the record. */
  trainedOn: string;
  /**
   * Languages of the reports the weights were learned from (missing: any). An article in another
   * language is left to the gate: its cosine with a story comes from a few shared names and numbers,
   * not from the shared words the weights were fitted to, and the bridge (language-bridge.ts) is
   * what places it when the gate does not.
   */
  languages?: string[];
  text: LogisticWeights | null;
  headline: LogisticWeights | null;
}

/** The inputs of the model, in order; each is a plain function of the evidence (see `features`). */
export const JOIN_FEATURES = [
  'logCosine',
  'agreement',
  'nameless',
  'conflictTexts',
  'conflictHeadline',
  'conflictHeadlines',
  'storyHeadlines',
  'logArticleTerms',
  'logStoryReports',
  'mutualAgreement',
  'yearAgrees',
  'yearConflicts',
  'figureConflicts',
] as const;

export type JoinFeature = (typeof JOIN_FEATURES)[number];

/** Smallest cosine whose logarithm is taken: two sides that share a word score above it. */
const MIN_COSINE = 1e-4;

/**
 * The model's inputs for one piece of evidence. The cosine enters as a logarithm, as the hand-set
 * gate multiplies it; a name conflict is split by what the two sides are (texts, one headline, two
 * headlines), the three cases the gate cuts by different factors.
 */
export function features(e: JoinEvidence): number[] {
  const headlines = Number(e.articleHeadline) + Number(e.storyHeadlines);
  return [
    Math.log(Math.max(MIN_COSINE, e.cosine)),
    e.agreement,
    e.nameless ? 1 : 0,
    e.conflict && headlines === 0 ? 1 : 0,
    e.conflict && headlines === 1 ? 1 : 0,
    e.conflict && headlines === 2 ? 1 : 0,
    e.storyHeadlines ? 1 : 0,
    Math.log(Math.max(1, e.articleTerms)),
    Math.log(Math.max(1, e.storyReports)),
    e.mutualAgreement,
    e.yearAgrees ? 1 : 0,
    e.yearConflicts ? 1 : 0,
    e.figureConflicts ? 1 : 0,
  ];
}

/** The model that decides for an article, by whether it has a body and its language; null when the gate decides. */
export function modelFor(model: JoinModel | null, detailed: boolean, language: string): LogisticWeights | null {
  if (!model || (model.languages && !model.languages.includes(language))) return null;
  return detailed ? model.text : model.headline;
}

/** The log-odds that the article reports the story's event; it joins the best story with positive log-odds. */
export function joinLogOdds(model: LogisticWeights, e: JoinEvidence): number {
  if (e.cosine < (model.minCosine ?? 0)) return -Infinity;
  if (model.namesMustMeet && namesApart(e)) return -Infinity;
  const x = features(e);
  let z = model.bias;
  // A feature the weights leave out (a model trained before it was added) weighs nothing.
  for (let i = 0; i < JOIN_FEATURES.length; i++) z += (model.weights[JOIN_FEATURES[i]!] ?? 0) * x[i]!;
  return z;
}

/** Two texts each of whose main name is missing from the other, and neither holding any of the other's heaviest names. */
function namesApart(e: JoinEvidence): boolean {
  return e.conflict && e.mutualAgreement === 0 && !e.articleHeadline && !e.storyHeadlines;
}
