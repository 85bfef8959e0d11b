/**
 * A breakdown as neutral blocks, worded once (src/present/present-breakdown.ts) for every platform. Feed text stays
 * raw: escaping, styling, and cutting to a platform's limits are its serialiser's job.
 */
export interface BreakdownView {
  storyId: string;
  /** The story's headline ("Untitled story" when it has none). */
  heading: string;
  /** The link of the report whose title is the headline (http or https only); null when none. */
  url: string | null;
  coverage: CoverageView;
  /** "Most outlets agree", or "Most reports in English agree" in a story told in more than one language. */
  consensusTitle: string;
  /** What most outlets agree on. */
  consensus: FactRow[];
  /** Where they differ, sharpest first: figures and claims alternating so both are seen. */
  divergences: DivergenceRow[];
  /** Facts only one outlet reports. */
  unique: FactRow[];
  /** Each outlet's report, in the breakdown's order. */
  outlets: OutletView[];
  /** Other current stories the topic typed also found, each with the command that opens it; empty when none. */
  alsoMatching: { headline: string; open: string }[];
}

/** "12 reports from 9 outlets, 7 independent", the countries most first, "over 5 h", "English 4, German 2". */
export interface CoverageView {
  counts: string;
  countries: { code: string; count: number }[];
  /** "over 5 h"; null without dates. */
  span: string | null;
  /** How the reports split by language when they come in more than one; null otherwise. */
  languages: string | null;
  /** Who owns the outlets, most first ("private 8, public broadcaster 2"); null when no owner is known. */
  ownership: string | null;
}

/** A statement and the outlets that give it. */
export interface FactRow {
  text: string;
  outlets: string[];
}

/**
 * One point where outlets differ. `gist` is the whole of it in one line (an update "rose from 3 to 24 between 19:19
 * and 00:20 UTC", a conflict "police (A, B) say 12 / the hospital (C) says 15", claims "the council: … (A) / crews:
 * … (B)"); `values` gives each figure or side on its own line with the outlets behind it.
 */
export interface DivergenceRow {
  kind: 'update' | 'conflict' | 'claim';
  /** What is counted or disputed ("deaths", "cause"). */
  label: string;
  gist: string;
  /** Whether the gist reads after the label without a colon (an update: "deaths rose from …"). */
  runsOn: boolean;
  values: ValueRow[];
}

/** One figure or side: "police say 12", "3"; who gives it; when it was first reported (updates), "19:19 UTC". */
export interface ValueRow {
  text: string;
  outlets: string[];
  at: string | null;
}

/** One outlet's report. */
export interface OutletView {
  outlet: string;
  country: string | null;
  /** The report's language by name ("German"), given only when the story's reports come in more than one. */
  language: string | null;
  /** "DE, German, public broadcaster": country, language (only when the story comes in more than one) and owner, as known. */
  facts: string;
  /** "2026-11-29 08:00 UTC"; null when undated. */
  when: string | null;
  /** " · copy of AP", " · copy", or "" for an independent report. */
  copy: string;
  /** The report's title; null when it had none a reader should see (only a date or dateline). */
  title: string | null;
  summary: string[];
  /** http or https only; null otherwise. */
  url: string | null;
}
