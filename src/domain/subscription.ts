import type { Actor, ChannelRef } from './channel.ts';
import type { Briefing } from './delivery.ts';

/** What a channel follows and how it is told: live posts of qualifying stories, or a daily briefing. */
export interface Subscription {
  id: string;
  channel: ChannelRef;
  /** Keywords or phrases; a story matches when it matches any of them. */
  topics: string[];
  /** Keywords or phrases that exclude a story. */
  exclude: string[];
  /** Source ids to include (empty: all) and to exclude. */
  sources: { include: string[]; exclude: string[] };
  /** ISO 3166-1 alpha-2 codes to include (empty: all) and to exclude. */
  countries: { include: string[]; exclude: string[] };
  /** Preferred ISO 639-1 languages (ranking, not filtering); empty: no preference. */
  languages: string[];
  mode: 'live' | 'daily';
  /** Live posts wait until a story has this many independent outlets (default 3). */
  minOutlets: number;
  /** For daily briefings: local time "HH:MM" in an IANA timezone. */
  daily: { time: string; timezone: string } | null;
  /** Stories in a briefing at most (default 5). */
  maxStories: number;
  /** Open a discussion thread under posted breakdowns where the platform allows (default on). */
  threads: boolean;
  /** Set while paused: by a moderator, or by Parallax when the platform says the channel is gone. */
  paused: { at: string; reason: string; by: Actor | null } | null;
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  updatedBy: Actor;
  /** Every change, oldest first: who, when, what. */
  history: { at: string; by: Actor | null; change: string }[];
  /** ISO time of the last briefing sent (its stories are those since then). */
  lastBriefingAt: string | null;
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
