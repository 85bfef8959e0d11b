import type { Actor, ChannelRef } from './channel.ts';

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
