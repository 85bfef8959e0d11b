import type { Clock } from '../domain/clock.ts';
import type { Subscription } from '../domain/subscription.ts';
import type { Logger } from '../log.ts';
import { buildBriefing } from '../subscriptions/build-briefing.ts';
import { lastSlotAtOrBefore } from '../subscriptions/daily-slot.ts';
import { memoNews } from '../subscriptions/memo-news.ts';
import type { NewsView } from '../subscriptions/news-view.ts';
import { enqueue, type EnqueueDeps } from './enqueue.ts';

/** What the scheduler reads and writes. */
export interface BriefingSchedulerDeps extends EnqueueDeps {
  news: NewsView;
  subscriptions: { all(): Promise<Subscription[]>; markBriefed(id: string, at: string): Promise<void> };
  clock: Clock;
  log: Logger;
}

/**
 * Queues daily briefings that are due. A subscription is due when its latest local slot (its time in its
 * timezone, computed for that day, so daylight-saving changes move it correctly) is later than its last
 * briefing. The outbox key names the slot, so a tick repeated after a crash queues nothing twice.
 */
export class BriefingScheduler {
  constructor(private readonly deps: BriefingSchedulerDeps) {}

  /** Queues every due briefing; returns how many were queued. */
  async tick(): Promise<number> {
    const now = this.deps.clock.now();
    const news = memoNews(this.deps.news);
    let queued = 0;
    for (const subscription of await this.deps.subscriptions.all()) {
      if (subscription.mode !== 'daily' || !subscription.daily || subscription.paused) continue;
      const slot = lastSlotAtOrBefore({ now, time: subscription.daily.time, timeZone: subscription.daily.timezone });
      if (Date.parse(subscription.lastBriefingAt ?? subscription.createdAt) >= slot) continue;
      const briefing = await buildBriefing({ news, subscription, since: subscription.lastBriefingAt, now });
      if (briefing.items.length > 0) {
        const subject = `briefing:${subscription.id}:${new Date(slot).toISOString()}`;
        if (
          (await enqueue(this.deps, {
            channel: subscription.channel,
            subscriptionId: subscription.id,
            subject,
            version: 1,
            payload: { kind: 'briefing', briefing },
          })) === 'created'
        )
          queued++;
      }
      await this.deps.subscriptions.markBriefed(subscription.id, new Date(now).toISOString());
      this.deps.log.info(
        { subscription: subscription.id, slot: new Date(slot).toISOString(), items: briefing.items.length },
        'daily briefing prepared',
      );
    }
    return queued;
  }
}
