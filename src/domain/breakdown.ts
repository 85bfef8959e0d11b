import type { OwnershipKind } from './source.ts';

/**
 * How outlets reported one story: a platform-neutral value that every adapter renders.
 * Every statement in it quotes the outlet sentence it came from; nothing is invented.
 */
export interface Breakdown {
  story: {
    id: string;
    /** The most representative title among the reports. */
    headline: string;
    firstSeen: string;
    lastUpdated: string;
    languages: string[];
  };
  reports: Report[];
  consensus: ConsensusFact[];
  divergences: Divergences;
  unique: UniqueFact[];
  coverage: Coverage;
  /**
   * Other current stories the topic typed for `/compare` also found, best first (another quake of the day, the same
   * event told as two stories), so a reader can open them; absent when the story was opened by id.
   */
  alsoMatching?: { id: string; headline: string }[];
}

/** One outlet's report of the story. */
export interface Report {
  articleId: string;
  sourceId: string;
  outlet: string;
  country: string | null;
  language: string | null;
  ownership: OwnershipKind | null;
  url: string | null;
  /** The report's own title without outlet suffix or dateline; empty when it was only a date or dateline. */
  title: string;
  publishedAt: string | null;
  /** 2–4 of the outlet's own sentences (fewer when the item is headline-only). */
  summary: string[];
  /** False when the text is a near-copy of another report (wire or syndicated copy). */
  independent: boolean;
  /** When a copy: the article id of the report it copies. */
  copyOf: string | null;
  /** Agency the text names as its origin, e.g. "AP", "Reuters", "AFP". */
  agency: string | null;
}

/** A sentence from one outlet, the unit every statement traces back to. */
export interface Quote {
  articleId: string;
  outlet: string;
  sentence: string;
}

export interface ConsensusFact {
  /** The representative sentence stating the fact. */
  statement: string;
  quotes: Quote[];
  /** Outlet names that report it. */
  outlets: string[];
}

export interface Divergences {
  numbers: NumberDivergence[];
  claims: ClaimDivergence[];
}

/** How two figures for one quantity differ: at about the same time or from different parties, or as reporting went on. */
export type DivergenceKind = 'conflict' | 'update';

/**
 * One quantity of the event (deaths, aircraft hit, a deal's value) reported with values that cannot all be true
 * at once ("conflict"), or that changed as reporting went on ("update", e.g. a rising death toll).
 */
export interface NumberDivergence {
  /** Internal key of what is counted ("deaths", "money:USD"); never shown to readers. */
  quantity: string;
  /** What is counted, in plain words for readers: "deaths", "aircraft hit", "deal value". */
  label: string;
  kind: DivergenceKind;
  /** For an update: the first and the latest figure, with when each was first reported; null for a conflict. */
  change: FigureChange | null;
  /** Each distinct value once (equal values merged across wording and attribution), lowest first. */
  variants: NumberVariant[];
}

export interface FigureChange {
  from: FigureAt;
  to: FigureAt;
  /**
   * Set when a correction or a later finding put the latest figure in place of the first ("the autopsy showed seven"),
   * with the way it went; absent for a running figure that rose as reporting went on.
   */
  revision?: 'up' | 'down';
  /** Set when a running figure fell as reporting went on (the missing found, homes reconnected); absent when it rose. */
  fell?: true;
}

export interface FigureAt {
  /** The figure for readers ("3", "at least 24"). */
  figure: string;
  /** Earliest publication time of a report giving it; null when the reports carry no time. */
  at: string | null;
  outlets: string[];
}

export interface NumberVariant {
  /** As written in the first report giving it, e.g. "at least 10 killed". */
  text: string;
  /** The value for readers: "10", "at least 24", "$13.9 billion", "several". */
  figure: string;
  /** Normalised interval the wording allows. */
  min: number;
  max: number | null;
  /** Who the outlets attribute it to ("police", "the US Geological Survey"), parties joined by "and"; null when none says. */
  attribution: string | null;
  /** Earliest publication time of a report giving this value; null when unknown. */
  firstReportedAt: string | null;
  quotes: Quote[];
  outlets: string[];
}

/** Claims by different parties that conflict. */
export interface ClaimDivergence {
  topic: string;
  sides: ClaimSide[];
}

export interface ClaimSide {
  /** Who makes the claim ("the ministry", "rebels"). */
  party: string;
  claim: string;
  quotes: Quote[];
  outlets: string[];
}

export interface UniqueFact {
  statement: string;
  quote: Quote;
  outlet: string;
}

export interface Coverage {
  reports: number;
  independentReports: number;
  outlets: number;
  byCountry: Record<string, number>;
  byLanguage: Record<string, number>;
  byOwnership: Record<string, number>;
  /** Time between the first and the latest report, in minutes; null without dates. */
  spanMinutes: number | null;
  firstReportAt: string | null;
  latestReportAt: string | null;
}
