import type { Cooldowns } from '../src/coordination/cooldowns.ts';
import type { Breakdown } from '../src/domain/breakdown.ts';
import type { Source } from '../src/domain/source.ts';
import type { StoryLine } from '../src/domain/story.ts';
import type { SubscribeRequest, SubscriptionServices } from '../src/domain/subscription.ts';

/** What commands may ask of the core: the ports the handlers depend on, wired in src/main.ts. */
export interface CommandServices {
  sources(): Source[];
  stories(limit: number): Promise<StoryLine[]>;
  /** How many current stories there are (what `stories` lists the first of); unknown when absent. */
  storyCount?(): number;
  /**
   * The breakdown of the story that best matches a topic: a current story, else one assembled
   * live from news searches. Null when nothing reports on the topic; rejects with NewsSearchFailed
   * (src/newsroom/news-search-failed.ts) when every news search failed, offline for instance.
   */
  compare(topic: string, progress: (text: string) => Promise<void>): Promise<Breakdown | null>;
  /**
   * The breakdown of a known story (paging buttons, `/compare <story id>`); null when it has expired. `progress`
   * hears about pages being read, as with `compare`.
   */
  breakdown(storyId: string, progress?: (text: string) => Promise<void>): Promise<Breakdown | null>;
  subscriptions: SubscriptionServices;
  /** Per-user and per-chat cooldowns on expensive commands (/compare); none when absent. */
  cooldowns?: Pick<Cooldowns, 'take'>;
}

export type { SubscribeRequest, SubscriptionServices };
