import type { Clock } from '../domain/clock.ts';
import type { BriefingItem } from '../domain/delivery.ts';
import type { SubscriptionServices } from '../domain/subscription.ts';
import { buildBriefing } from './build-briefing.ts';
import { memoNews } from './memo-news.ts';
import type { NewsView } from './news-view.ts';
import type { SubscriptionBook } from './subscription-book.ts';

/** The subscription services commands use, over a book and the news. */
export type ChannelSubscriptions = SubscriptionServices;

/** Builds the services: changes go to the book; a briefing on demand merges the channel's subscriptions. */
export function channelSubscriptions({
  book,
  news,
  clock,
}: {
  book: SubscriptionBook;
  news: NewsView;
  clock: Clock;
}): ChannelSubscriptions {
  return {
    subscribe: (channel, request, by) => book.subscribe(channel, request, by),
    unsubscribe: (channel, idOrTopic, by) => book.unsubscribe(channel, idOrTopic, by),
    list: (channel) => book.list(channel),
    pause: (channel, idOrTopic, by) => book.pause(channel, idOrTopic, by),
    resume: (channel, idOrTopic, by) => book.resume(channel, idOrTopic, by),
    async briefingNow(channel) {
      const subscriptions = (await book.list(channel)).filter((s) => !s.paused);
      if (subscriptions.length === 0) return null;
      const now = clock.now();
      const shared = memoNews(news);
      const briefings = await Promise.all(
        subscriptions.map((subscription) => buildBriefing({ news: shared, subscription, since: subscription.lastBriefingAt, now })),
      );
      const max = Math.max(...subscriptions.map((s) => s.maxStories));
      const since =
        briefings
          .map((b) => b.since)
          .filter((s): s is string => s !== null)
          .sort()[0] ?? null;
      return {
        subscriptionId: subscriptions.map((s) => s.id).join(','),
        title: briefings.length === 1 ? briefings[0]!.title : 'Briefing for this channel',
        since,
        generatedAt: new Date(now).toISOString(),
        items: interleave(
          briefings.map((b) => b.items),
          max,
        ),
      };
    },
  };
}

/** Takes items from each list in turn, skipping stories already taken, up to `max`. */
function interleave(lists: BriefingItem[][], max: number): BriefingItem[] {
  const out: BriefingItem[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++) {
    for (const list of lists) {
      const item = list[i];
      if (item && !seen.has(item.storyId) && out.length < max) {
        seen.add(item.storyId);
        out.push(item);
      }
    }
  }
  return out;
}
