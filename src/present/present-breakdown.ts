import { clipAtWord } from '../text/clip.ts';
import {
  claimSideText,
  claimText,
  clockTime,
  copyNote,
  divergenceText,
  durationText,
  languageName,
  languageSpread,
  saysOf,
} from '../compare/wording.ts';
import { OWNERSHIP_COLORS, ownershipColor } from '../card/palette.ts';
import type { Breakdown, ClaimDivergence, NumberDivergence, NumberVariant, Report } from '../domain/breakdown.ts';
import type { BreakdownView, CoverageView, DivergenceRow, OutletView } from './breakdown-view.ts';
import { utcTime, WORDS } from './breakdown-words.ts';
import { sharpestFirst } from '../compare/sharpest-first.ts';

/** A breakdown as neutral blocks, in the words every platform shows. */
/** Most characters of another story's headline under "Also matching". */
const ALSO_HEADLINE_CHARS = 100;

export function presentBreakdown(b: Breakdown): BreakdownView {
  const manyLanguages = new Set(b.reports.map((r) => r.language).filter(Boolean)).size > 1;
  return {
    storyId: b.story.id,
    alsoMatching: (b.alsoMatching ?? []).map((o) => ({ headline: clipAtWord(o.headline, ALSO_HEADLINE_CHARS), open: `/compare ${o.id}` })),
    heading: b.story.headline.replace(/\s+/g, ' ').trim() || WORDS.untitled,
    url: safeUrl(b.reports.find((r) => r.title === b.story.headline && safeUrl(r.url))?.url ?? null),
    coverage: presentCoverage(b),
    consensusTitle: agreeTitle(b, manyLanguages),
    consensus: b.consensus.map((f) => ({ text: f.statement, outlets: f.outlets })),
    divergences: sharpestFirst(b).map((d) => ('quantity' in d ? numberRow(d) : claimRow(d))),
    unique: b.unique.map((u) => ({
      text: u.statement,
      outlets: [withCopies(u.outlet, b.reports.filter((r) => r.copyOf === u.quote.articleId).length)],
    })),
    outlets: b.reports.map((r) => outletView(r, manyLanguages, b.reports.find((o) => o.articleId === r.copyOf)?.outlet ?? null)),
  };
}

/**
 * "Most outlets agree", or in a story told in more than one language the languages of the reports that agree ("Most
 * reports in English agree"): a statement is matched by words, so only reports in its language can state it, and it
 * is agreed when half of those do (src/compare/consensus.ts). Under "Most outlets agree", two English reports of a
 * story told by eight outlets in five languages read as a majority they are not.
 */
function agreeTitle(b: Breakdown, manyLanguages: boolean): string {
  if (!manyLanguages) return WORDS.agree;
  const languageOf = new Map(b.reports.map((r) => [r.articleId, r.language]));
  const languages = new Set(b.consensus.map((f) => languageOf.get(f.quotes[0]?.articleId ?? '') ?? null));
  return languages.has(null) ? WORDS.agree : WORDS.agreeIn([...languages].map((l) => languageName(l!)));
}

/** A fact only one outlet reports is also in that outlet's copies, which print its words: "Harbour Ledger and 6 copies of it". */
function withCopies(outlet: string, copies: number): string {
  return copies === 0 ? outlet : `${outlet} and ${copies} ${copies === 1 ? 'copy' : 'copies'} of it`;
}

/** The coverage of a breakdown: counts, countries, how long reporting went on, the languages when more than one. */
export function presentCoverage(b: Breakdown): CoverageView {
  const c = b.coverage;
  // Outlets of no known country come last: they say nothing about where the story was covered.
  const countries = Object.entries(c.byCountry)
    .sort((x, y) => Number(x[0] === UNKNOWN) - Number(y[0] === UNKNOWN) || y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([code, count]) => ({ code, count }));
  return {
    counts: `${c.reports} report${c.reports === 1 ? '' : 's'} from ${c.outlets} outlet${c.outlets === 1 ? '' : 's'}, ${c.independentReports} independent`,
    countries,
    span: c.spanMinutes !== null ? `over ${durationText(c.spanMinutes)}` : null,
    languages: languageSpread(c.byLanguage),
    ownership: ownershipSpread(c.byOwnership),
  };
}

/** "private 8, public broadcaster 2": the known kinds of owner, most first, in the card's words; null when none is known. */
function ownershipSpread(byOwnership: Record<string, number>): string | null {
  const known = Object.entries(byOwnership).filter(([kind, n]) => n > 0 && kind !== 'unknown' && kind !== '');
  if (known.length === 0) return null;
  return known
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${ownershipColor(kind).label} ${n}`)
    .join(', ');
}

/** The key the coverage counts outlets of no known country under (src/compare/coverage.ts). */
const UNKNOWN = 'unknown';

/** An owner kind in the card's words ("public broadcaster", not the key "public-broadcaster"); null when not known. */
export function ownershipLabel(kind: string | null | undefined): string | null {
  return kind && kind !== 'unknown' && kind in OWNERSHIP_COLORS ? ownershipColor(kind).label : null;
}

/** "DE 3, GB 2", "DE 3, 1 unknown", or "countries unknown" (never the bare key, "unknown 4"). */
export function countryCounts(coverage: CoverageView): string {
  const known = coverage.countries.filter((c) => c.code !== UNKNOWN);
  if (known.length === 0) return WORDS.noCountries;
  const unknown = coverage.countries.find((c) => c.code === UNKNOWN)?.count ?? 0;
  return [...known.map((c) => `${c.code} ${c.count}`), ...(unknown > 0 ? [`${unknown} unknown`] : [])].join(', ');
}

function numberRow(d: NumberDivergence): DivergenceRow {
  const update = d.kind === 'update' && d.change !== null;
  return {
    kind: update ? 'update' : 'conflict',
    label: d.label,
    gist: divergenceText(d),
    runsOn: update,
    // An update's values in the order they were first reported, so "rose from 3 to 24" reads down the rows; a
    // conflict's as the divergence gives them.
    values: (update ? inReportOrder(d.variants) : d.variants).map((v) => ({
      text: !update && v.attribution ? `${v.attribution} ${saysOf(v)} ${v.figure}` : v.figure,
      outlets: v.outlets,
      at: update && v.firstReportedAt ? `${clockTime(v.firstReportedAt)} UTC` : null,
    })),
  };
}

/** Values by when they were first reported; a value with no time keeps its place after the timed ones. */
function inReportOrder(variants: readonly NumberVariant[]): NumberVariant[] {
  const at = (v: NumberVariant): number => (v.firstReportedAt ? Date.parse(v.firstReportedAt) : Number.POSITIVE_INFINITY);
  return [...variants].sort((a, b) => at(a) - at(b));
}

function claimRow(d: ClaimDivergence): DivergenceRow {
  return {
    kind: 'claim',
    label: d.topic,
    gist: claimText(d),
    runsOn: false,
    values: d.sides.map((s) => ({ text: claimSideText(s), outlets: s.outlets, at: null })),
  };
}

/** One outlet's report; `copied` names the outlet whose report it copies, when it is a copy and no agency is known. */
function outletView(r: Report, manyLanguages: boolean, copied: string | null): OutletView {
  return {
    outlet: r.outlet,
    country: r.country,
    language: manyLanguages && r.language ? languageName(r.language) : null,
    facts: [r.country, manyLanguages && r.language ? languageName(r.language) : null, ownershipLabel(r.ownership)]
      .filter(Boolean)
      .join(', '),
    when: r.publishedAt ? utcTime(r.publishedAt) : null,
    copy: copyNote(r, copied),
    title: r.title === '' ? null : r.title,
    summary: r.summary,
    url: safeUrl(r.url),
  };
}

/** Only http(s) links are shown anywhere: a feed's `javascript:` or relative link is dropped. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
}
