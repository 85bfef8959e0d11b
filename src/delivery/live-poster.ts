import type { Breakdown } from '../domain/breakdown.ts';
import type { Subscription } from '../domain/subscription.ts';
import type { Logger } from '../log.ts';
import type { NewsView } from '../subscriptions/news-view.ts';
import {
  allowedReports,
  compileFilter,
  independentOutletNames,
  passesCheapFilter,
  type CompiledFilter,
} from '../subscriptions/story-filter.ts';
import { isAbout } from '../subscriptions/about-topic.ts';
import { outboxKey } from './outbox.ts';
import { enqueue, type EnqueueDeps } from './enqueue.ts';

/**
 * Turns changed stories into live posts: a story about a subscription's topic goes to it once its independent
 * outlets (among the sources and countries the subscription allows) reach the subscription's minimum;
 * when the outlets it shows change later (it grew, or lost reports to another story), the same record gets a new
 * version, which the sender applies as an edit.
 */
export class LivePoster {
  constructor(private readonly deps: EnqueueDeps & { news: NewsView; subscriptions: { all(): Promise<Subscription[]> }; log: Logger }) {}

  /** Checks the given stories against every active live subscription; returns how many messages were queued or updated. */
  async storiesChanged(storyIds: readonly string[]): Promise<number> {
    const live = (await this.deps.subscriptions.all()).filter((s) => s.mode === 'live' && !s.paused).map(compileFilter);
    if (live.length === 0 || storyIds.length === 0) return 0;
    let queued = 0;
    for (const storyId of new Set(storyIds)) {
      const articles = this.deps.news.articlesOf(storyId);
      // A story already posted to a channel is looked at whatever its outlets now, so that its post is corrected.
      const posted = async (filter: CompiledFilter): Promise<boolean> =>
        passesCheapFilter({ filter, articles, minOutlets: 1 }) &&
        (await this.deps.outbox.get(outboxKey(filter.subscription.channel, `story:${storyId}`))) !== undefined;
      const wanting: CompiledFilter[] = [];
      // A new post only of a story about the topic (`isAbout`), not one that mentions it in passing; a story posted
      // before is corrected whatever it says now.
      const wanted = (filter: CompiledFilter): boolean =>
        passesCheapFilter({ filter, articles, minOutlets: filter.subscription.minOutlets }) && isAbout(filter.topics, articles);
      for (const filter of live) if (wanted(filter) || (await posted(filter))) wanting.push(filter);
      if (wanting.length === 0) continue;
      let breakdown: Breakdown | null;
      try {
        breakdown = await this.deps.news.breakdown(storyId);
      } catch (error) {
        this.deps.log.warn({ storyId, err: error }, 'breakdown failed; live posts for this story wait for its next change');
        continue;
      }
      if (!breakdown) continue;
      for (const { subscription } of wanting) {
        const shown = independentOutletNames(allowedReports(subscription, breakdown));
        const outcome = await enqueue(this.deps, {
          channel: subscription.channel,
          subscriptionId: subscription.id,
          subject: `story:${storyId}`,
          version: shown.length,
          shows: shown.join('\n'),
          // A story under the minimum is not posted; one posted before it lost reports is corrected.
          onlyIfRecorded: shown.length < subscription.minOutlets,
          payload: { kind: 'breakdown', breakdown, discussion: subscription.threads },
        });
        if (outcome !== 'unchanged') queued++;
      }
    }
    return queued;
  }
}
