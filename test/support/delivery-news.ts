import type { Article } from '../../src/domain/article.ts';
import type { Breakdown, Report } from '../../src/domain/breakdown.ts';
import type { Story, StoryLine } from '../../src/domain/story.ts';
import type { NewsView } from '../../src/subscriptions/news-view.ts';

/** One outlet's report in a fixture story. */
export interface FixtureReport {
  outlet: string;
  country?: string;
  language?: string;
  /** False for a wire copy. */
  independent?: boolean;
  sourceId?: string;
  /** This report's own text, where it differs from the story's. */
  text?: string;
}

/** A fixture story: invented headline and text, reported by the given outlets. */
export interface FixtureStory {
  id: string;
  headline: string;
  text: string;
  reports: FixtureReport[];
  firstSeen?: string;
  lastUpdated?: string;
  consensus?: string;
  numbers?: { quantity: string; variants: { text: string; min: number; outlet: string }[] }[];
}

/** Builds the articles of a fixture story (one per report). */
export function fixtureArticles(story: FixtureStory): Article[] {
  return story.reports.map((r, i) => ({
    id: `${story.id}:a${i}`,
    sourceId: r.sourceId ?? r.outlet.toLowerCase().replace(/\W+/g, '-'),
    feedUrl: null,
    url: `https://example.test/${story.id}/${i}`,
    title: story.headline,
    body: r.text ?? story.text,
    publishedAt: story.firstSeen ?? '2026-03-01T00:00:00Z',
    fetchedAt: story.firstSeen ?? '2026-03-01T00:00:00Z',
    language: r.language ?? 'en',
    author: null,
    publisher: null,
  }));
}

/** Builds the breakdown of a fixture story. */
export function fixtureBreakdown(story: FixtureStory): Breakdown {
  const articles = fixtureArticles(story);
  const reports: Report[] = story.reports.map((r, i) => ({
    articleId: articles[i]!.id,
    sourceId: articles[i]!.sourceId,
    outlet: r.outlet,
    country: r.country ?? null,
    language: r.language ?? 'en',
    ownership: null,
    url: articles[i]!.url,
    title: story.headline,
    publishedAt: articles[i]!.publishedAt,
    summary: [story.text],
    independent: r.independent ?? true,
    copyOf: r.independent === false ? articles[0]!.id : null,
    agency: null,
  }));
  const countries: Record<string, number> = {};
  for (const r of reports) if (r.country) countries[r.country] = (countries[r.country] ?? 0) + 1;
  const quote = (outlet: string, sentence: string) => ({ articleId: articles[0]!.id, outlet, sentence });
  return {
    story: {
      id: story.id,
      headline: story.headline,
      firstSeen: story.firstSeen ?? '2026-03-01T00:00:00Z',
      lastUpdated: story.lastUpdated ?? story.firstSeen ?? '2026-03-01T00:00:00Z',
      languages: ['en'],
    },
    reports,
    consensus: story.consensus
      ? [{ statement: story.consensus, quotes: [quote(reports[0]!.outlet, story.consensus)], outlets: reports.map((r) => r.outlet) }]
      : [],
    divergences: {
      numbers: (story.numbers ?? []).map((n) => ({
        quantity: n.quantity,
        label: n.quantity,
        kind: 'conflict' as const,
        change: null,
        variants: n.variants.map((v) => ({
          text: v.text,
          figure: v.text,
          min: v.min,
          max: v.min,
          attribution: null,
          firstReportedAt: null,
          quotes: [quote(v.outlet, v.text)],
          outlets: [v.outlet],
        })),
      })),
      claims: [],
    },
    unique: [],
    coverage: {
      reports: reports.length,
      independentReports: reports.filter((r) => r.independent).length,
      outlets: new Set(reports.map((r) => r.outlet)).size,
      byCountry: countries,
      byLanguage: {},
      byOwnership: {},
      spanMinutes: null,
      firstReportAt: null,
      latestReportAt: null,
    },
  };
}

/** A NewsView over fixture stories; stories can be replaced to make them grow. */
export class FixtureNews implements NewsView {
  readonly stories = new Map<string, FixtureStory>();
  breakdownCalls = 0;

  constructor(stories: FixtureStory[] = []) {
    for (const s of stories) this.put(s);
  }

  put(story: FixtureStory): void {
    this.stories.set(story.id, story);
  }

  storyLines(limit: number): StoryLine[] {
    return [...this.stories.values()]
      .map((s) => ({
        id: s.id,
        headline: s.headline,
        articles: s.reports.length,
        outlets: new Set(s.reports.map((r) => r.outlet)).size,
        lastUpdated: s.lastUpdated ?? s.firstSeen ?? '2026-03-01T00:00:00Z',
      }))
      .sort((a, b) => b.outlets - a.outlets || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  story(id: string): Story | undefined {
    const s = this.stories.get(id);
    return s
      ? {
          id: s.id,
          articleIds: fixtureArticles(s).map((a) => a.id),
          firstSeen: s.firstSeen ?? '2026-03-01T00:00:00Z',
          lastUpdated: s.lastUpdated ?? '2026-03-01T00:00:00Z',
        }
      : undefined;
  }

  articlesOf(id: string): Article[] {
    const s = this.stories.get(id);
    return s ? fixtureArticles(s) : [];
  }

  async breakdown(id: string): Promise<Breakdown | null> {
    this.breakdownCalls++;
    const s = this.stories.get(id);
    return s ? fixtureBreakdown(s) : null;
  }
}
