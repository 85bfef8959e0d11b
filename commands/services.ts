import type { Breakdown } from '../src/domain/breakdown.ts';
import type { Actor, ChannelRef } from '../src/domain/channel.ts';
import type { Briefing } from '../src/domain/delivery.ts';
import type { Source } from '../src/domain/source.ts';
import type { StoryLine } from '../src/domain/story.ts';
import type { Subscription } from '../src/domain/subscription.ts';

/** What commands may ask of the core: the ports the handlers depend on, wired in src/main.ts. */
export interface CommandServices {
  sources(): Source[];
  stories(limit: number): Promise<StoryLine[]>;
  /**
   * The breakdown of the story that best matches a topic: a current story, else one assembled
   * live from news searches. Null when nothing reports on the topic.
   */
  compare(topic: string, progress: (text: string) => Promise<void>): Promise<Breakdown | null>;
  /** The breakdown of a known story (for paging buttons); null when it has expired. */
  breakdown(storyId: string): Promise<Breakdown | null>;
  subscriptions: SubscriptionServices;
}

/** What a moderator asks for with /subscribe. */
export interface SubscribeRequest {
  topic: string;
  exclude?: string[];
  mode: 'live' | 'daily';
  /** "HH:MM", daily mode. */
  time?: string;
  /** IANA timezone, daily mode. */
  timezone?: string;
  minOutlets?: number;
  sources?: { include: string[]; exclude: string[] };
  countries?: { include: string[]; exclude: string[] };
  languages?: string[];
  threads?: boolean;
}

/** Subscription management for one channel; permission checks happen before these are called. */
export interface SubscriptionServices {
  /** Adds a subscription, or changes the channel's subscription with the same topic. */
  subscribe(channel: ChannelRef, request: SubscribeRequest, by: Actor): Promise<{ subscription: Subscription; created: boolean }>;
  /** Removes the channel's subscriptions matching an id or topic (all of them when null). */
  unsubscribe(channel: ChannelRef, idOrTopic: string | null, by: Actor): Promise<Subscription[]>;
  list(channel: ChannelRef): Promise<Subscription[]>;
  pause(channel: ChannelRef, idOrTopic: string | null, by: Actor): Promise<Subscription[]>;
  resume(channel: ChannelRef, idOrTopic: string | null, by: Actor): Promise<Subscription[]>;
  /** A briefing for the channel right now (does not move its last-briefing time). */
  briefingNow(channel: ChannelRef): Promise<Briefing | null>;
}
