import type { Article } from '../domain/article.ts';
import type { Breakdown, NumberDivergence, Report } from '../domain/breakdown.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story } from '../domain/story.ts';
import { claimDivergences } from './claims.ts';
import { colourDivergences } from './colour-divergences.ts';
import { homePlaceDivergences } from './home-place-divergences.ts';
import { deathDivergences } from './death-divergences.ts';
import { armedDivergences } from './armed-claims.ts';
import { actDayDivergences } from './act-day-divergences.ts';
import { consensusFacts, disputedCount, quoteKey, withoutDisputedFigures } from './consensus.ts';
import { reportedCounts } from '../text/quantity-mentions.ts';
import { coverageOf } from './coverage.ts';
import { pickDrafts, type Draft } from './drafts.ts';
import { readableTitle, representativeHeadline } from './headline.ts';
import { wordCount } from '../text/sentences.ts';
import { ageDivergences } from './person-divergences.ts';
import { numberDivergences } from './quantities.ts';
import { summarise, termReach } from './summary.ts';
import { detectSyndication, type Provenance } from './syndication.ts';
import { uniqueFacts } from './unique-facts.ts';

/**
 * The story's headline: the most representative of the reports' real titles, with outlet suffixes, datelines and
 * stamps removed; a title that is only a date, a dateline or page furniture is never chosen. Without any real
 * title, the first consensus fact or the first report's first sentence stands in.
 */
function headlineOf(drafts: Draft[], consensus: string[], numbers: NumberDivergence[]): string {
  const all = drafts.map((d) => ({ title: shownTitle(d), language: d.language })).filter((t) => t.title !== '');
  // A title stating one side of a disputed count ("Five Wounded by Quake…" beside injured given as 2, 3 and 5) gives way
  // to one that does not, as a consensus statement does.
  const disputed = disputedCount(numbers);
  const undisputed = all.filter((t) => !disputed(reportedCounts(t.title, t.language)));
  const titles = undisputed.length > 0 ? undisputed : all;
  if (titles.length > 0) return representativeHeadline(titles);
  return consensus[0] ?? drafts.find((d) => d.units.length > 0)?.units[0]?.sentence ?? drafts[0]?.article.title ?? '';
}

/** Most words of a heading that opens a body and stands in for a title that was only a stamp. */
const OPENING_HEADING_WORDS = 20;

/**
 * A report's title as readers see it: its readable title, else the heading its body opens with (a line with no stop
 * that reads as no sentence, "Zehn Tote bei Erdbeben im Süden des Iran"), when the page's title was only a date or a
 * stamp ("Zuletzt aktualisiert: Montag, 28. November 2005, 02:24 Uhr GMT"); else nothing.
 */
function shownTitle(draft: Draft): string {
  const title = readableTitle(draft.article, draft.outlet.name);
  if (title !== '' || draft.article.body.trim() === '') return title;
  const first = draft.units[0];
  if (first === undefined || first.index !== 0 || /[.!?…。！？]["'”’»)]*\s*$/u.test(first.sentence)) return '';
  return wordCount(first.sentence) <= OPENING_HEADING_WORDS && draft.article.body.trimStart().startsWith(first.sentence)
    ? first.sentence
    : '';
}

function reportOf(draft: Draft, provenance: Provenance, summary: string[]): Report {
  const { article, outlet } = draft;
  return {
    articleId: article.id,
    sourceId: article.sourceId,
    outlet: outlet.name,
    country: outlet.country,
    language: draft.language,
    ownership: outlet.ownership,
    url: article.url,
    title: shownTitle(draft),
    publishedAt: article.publishedAt,
    summary,
    independent: provenance.independent,
    copyOf: provenance.copyOf,
    agency: provenance.agency,
  };
}

/**
 * Builds how outlets reported one story: per-outlet summaries, wire copies, consensus, number and claim
 * divergences, unique facts and coverage. Pure and deterministic; every statement quotes an outlet sentence.
 * @example buildBreakdown({ story, articles, outletOf: (a) => outlets.get(a.sourceId)! })
 */
export function buildBreakdown({
  story,
  articles,
  outletOf,
}: {
  story: Story;
  articles: Article[];
  outletOf: (a: Article) => Outlet;
}): Breakdown {
  const drafts = pickDrafts({ articles, outletOf });
  const provenance = detectSyndication(drafts);
  const provenanceOf = (d: Draft): Provenance => provenance.get(d.article.id) ?? { independent: true, copyOf: null, agency: null };
  const independent = drafts.filter((d) => provenanceOf(d).independent);
  const copies = drafts.filter((d) => !provenanceOf(d).independent);
  const reach = termReach(independent.map((d) => d.units));
  const reports = drafts.map((d) =>
    reportOf(
      d,
      provenanceOf(d),
      summarise({
        units: d.units,
        reach,
        reports: independent.length,
        headlineOnly: d.article.body.trim() === '',
        alone: d.language !== null && !independent.some((o) => o !== d && o.language === d.language),
        title: shownTitle(d) || d.article.title,
      }),
    ),
  );
  const numbers = [...numberDivergences(drafts), ...ageDivergences(drafts)];
  const claims = [
    ...claimDivergences(drafts),
    ...colourDivergences(drafts),
    ...homePlaceDivergences(drafts),
    ...deathDivergences(drafts),
    ...armedDivergences(drafts),
    ...actDayDivergences(drafts),
  ];
  const mentions = new Map(drafts.flatMap((d) => d.units.map((u) => [quoteKey(u), u.mentions] as const)));
  const consensus = withoutDisputedFigures(consensusFacts({ independent, copies }), numbers, (q) => mentions.get(quoteKey(q)) ?? []);
  const languages = [...new Set(drafts.map((d) => d.language).filter((l): l is string => l !== null))].sort();
  return {
    story: {
      id: story.id,
      headline: headlineOf(
        drafts,
        consensus.map((c) => c.statement),
        numbers,
      ),
      firstSeen: story.firstSeen,
      lastUpdated: story.lastUpdated,
      languages,
    },
    reports,
    consensus,
    divergences: {
      numbers,
      claims,
    },
    unique: uniqueFacts({ drafts, copyOf: (d) => provenanceOf(d).copyOf }),
    coverage: coverageOf(reports),
  };
}
