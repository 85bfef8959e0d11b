import type { Article } from '../domain/article.ts';
import type { Breakdown, Report } from '../domain/breakdown.ts';
import type { Outlet } from '../domain/outlet.ts';
import type { Story } from '../domain/story.ts';
import { claimDivergences } from './claims.ts';
import { framedDisputes } from './framed-disputes.ts';
import { colourDivergences } from './colour-divergences.ts';
import { homePlaceDivergences } from './home-place-divergences.ts';
import { deathDivergences } from './death-divergences.ts';
import { armedDivergences } from './armed-claims.ts';
import { actDayDivergences } from './act-day-divergences.ts';
import { datedHistory } from './background.ts';
import { consensusFacts, quoteKey, withoutDisputedClaims, withoutDisputedFigures } from './consensus.ts';
import { coverageOf } from './coverage.ts';
import { pickDrafts, type Draft } from './drafts.ts';
import { shownTitle, storyHeadline } from './headline.ts';
import { ageDivergences } from './person-divergences.ts';
import { numberDivergences } from './quantities.ts';
import { summarise, termReach } from './summary.ts';
import { detectSyndication, type Provenance } from './syndication.ts';
import { uniqueFacts } from './unique-facts.ts';

/** The story's headline (`storyHeadline`, the one every surface shows); without any title, the first consensus fact. */
function headlineOf(story: string, drafts: Draft[], consensus: string[]): string {
  return storyHeadline(drafts, { id: story, fallback: consensus[0] });
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
  const historyOf = datedHistory(drafts);
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
        history: historyOf,
      }),
    ),
  );
  const numbers = [...numberDivergences(drafts), ...ageDivergences(drafts)];
  const contested = [
    ...claimDivergences(drafts),
    ...colourDivergences(drafts),
    ...homePlaceDivergences(drafts),
    ...deathDivergences(drafts),
    ...armedDivergences(drafts),
    ...actDayDivergences(drafts),
  ];
  // A dispute a report frames in one sentence tells both sides: the sentence still states what outlets agree on.
  const claims = [...contested, ...framedDisputes(drafts)];
  const mentions = new Map(drafts.flatMap((d) => d.units.map((u) => [quoteKey(u), u.mentions] as const)));
  const consensus = withoutDisputedClaims(
    withoutDisputedFigures(consensusFacts({ independent, copies }), numbers, (q) => mentions.get(quoteKey(q)) ?? []),
    contested,
  );
  // A sentence shown as a side of a claim is not shown again as what one outlet alone reports.
  const claimed = new Set(claims.flatMap((c) => c.sides.flatMap((s) => s.quotes.map(quoteKey))));
  const unique = uniqueFacts({ drafts, copyOf: (d) => provenanceOf(d).copyOf, shown: (u) => claimed.has(quoteKey(u)) });
  const languages = [...new Set(drafts.map((d) => d.language).filter((l): l is string => l !== null))].sort();
  return {
    story: {
      id: story.id,
      headline: headlineOf(
        story.id,
        drafts,
        consensus.map((c) => c.statement),
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
    unique,
    coverage: coverageOf(reports),
  };
}
