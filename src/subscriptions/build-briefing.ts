import type { Briefing, BriefingItem } from '../domain/delivery.ts';
import type { Subscription } from '../domain/subscription.ts';
import { briefingItem } from './briefing-item.ts';
import type { NewsView } from './news-view.ts';
import { isAbout } from './about-topic.ts';
import { allowedReports, compileFilter, headlineShare, passesCheapFilter } from './story-filter.ts';

const DAY_MS = 86_400_000;
/** Stories whose breakdowns are built per briefing at most (breakdowns may fetch pages). */
const CANDIDATES = 25;
/**
 * What a story's coverage counts for when none of its headlines gives the topic: a story of eight outlets that says
 * "fire" once in a text ranks with one of two outlets that heads with it.
 */
const ABOUT_FLOOR = 0.25;

interface Scored {
  item: BriefingItem;
  score: number;
}

/**
 * A subscription's briefing: its matching stories updated since `since` (else the last day), ranked by
 * independent coverage weighed by the share of reports heading with the topic (`headlineShare`), with a bonus for
 * stories new since the last briefing and for preferred languages, then picked greedily so the briefing is spread
 * across countries.
 */
export async function buildBriefing({
  news,
  subscription,
  since,
  now,
}: {
  news: NewsView;
  subscription: Subscription;
  since: string | null;
  now: number;
}): Promise<Briefing> {
  const sinceMs = since ? Date.parse(since) : now - DAY_MS;
  const filter = compileFilter(subscription);
  const aboutTopic = headlineShare(filter);
  const matching = news
    .storyLines(5000)
    .filter((line) => Date.parse(line.lastUpdated) > sinceMs)
    .map((line) => ({ line, articles: news.articlesOf(line.id) }))
    // About the topic, not a story that mentions it in passing (the Oscars under "election").
    .filter(({ articles }) => passesCheapFilter({ filter, articles, minOutlets: 1 }) && isAbout(filter.topics, articles))
    .map(({ line, articles }) => ({ line, about: aboutTopic(articles) }));
  // Stories whose headlines give the topic are looked at first (stable: the most widely covered first among equals).
  const candidates = [...matching].sort((a, b) => b.about - a.about).slice(0, CANDIDATES);
  const scored: Scored[] = [];
  for (const { line, about } of candidates) {
    const breakdown = await news.breakdown(line.id);
    if (!breakdown) continue;
    const reports = allowedReports(subscription, breakdown);
    if (reports.length === 0) continue;
    const item = briefingItem(breakdown, reports);
    const novel = Date.parse(breakdown.story.firstSeen) > sinceMs ? 1 : 0;
    const preferred =
      subscription.languages.length > 0 && reports.some((r) => r.language && subscription.languages.includes(r.language)) ? 0.5 : 0;
    // Coverage counts by how much the story is about the topic: a quarter for a story that only mentions it, all of
    // it for one every report heads with (a "fire" briefing had led with a film, a shooting and a riot).
    scored.push({ item, score: item.independentOutlets * (ABOUT_FLOOR + (1 - ABOUT_FLOOR) * about) + novel + preferred });
  }
  const items = spreadAcrossCountries(scored, subscription.maxStories);
  // Said, so a reader knows the briefing chose: "3 more stories match".
  const more = Math.max(0, scored.length + (matching.length - candidates.length) - items.length);
  return {
    subscriptionId: subscription.id,
    title: `Briefing: ${subscription.topics.join(', ')}`,
    since: new Date(sinceMs).toISOString(),
    generatedAt: new Date(now).toISOString(),
    items,
    ...(more > 0 ? { more } : {}),
  };
}

/** Greedy pick: each step takes the best score after a penalty for countries already in the briefing. */
export function spreadAcrossCountries(scored: readonly Scored[], max: number): BriefingItem[] {
  const left = [...scored];
  const chosen: BriefingItem[] = [];
  const seen = new Set<string>();
  while (chosen.length < max && left.length > 0) {
    const value = (s: Scored) => {
      const known = s.item.countries.filter((c) => seen.has(c)).length;
      return s.score - (s.item.countries.length > 0 ? (1.5 * known) / s.item.countries.length : 0);
    };
    let bestIndex = 0;
    for (let i = 1; i < left.length; i++) if (value(left[i]!) > value(left[bestIndex]!)) bestIndex = i;
    const [best] = left.splice(bestIndex, 1);
    chosen.push(best!.item);
    for (const c of best!.item.countries) seen.add(c);
  }
  return chosen;
}
