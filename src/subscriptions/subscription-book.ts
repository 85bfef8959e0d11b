import { randomBytes } from 'node:crypto';
import { channelKey, covers, movedChannel, type Actor, type ChannelEvents, type ChannelRef } from '../domain/channel.ts';
import type { Clock } from '../domain/clock.ts';
import type { Subscription } from '../domain/subscription.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { Collection, SetIndex, Store } from '../store/store.ts';
import { ChannelLocks } from './channel-lock.ts';
import {
  changeSubscription,
  matchingSubscriptions,
  newSubscription,
  splitList,
  topicKey,
  type SubscribeRequest,
} from './subscription-from-request.ts';

/** Subscriptions one channel may hold. */
export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 25;

/** A subscription refused because the channel already holds as many as it may. */
export class SubscriptionLimitError extends Error {
  override name = 'SubscriptionLimitError';
  constructor(readonly count: number) {
    super(`this channel already follows ${count} topics, the most one channel may. Remove one with /unsubscribe first.`);
  }
}

/** The set member that says the subscription sets were built from the records once (books written before them). */
const BUILT = 'sets-built:v1';
/** The set of a chat's subscriptions (its threads' included). */
const chatSet = (channel: ChannelRef) => `chat:${channel.platform}:${channel.chatId}`;

/** A subscription id: 128 random bits, so ids of different channels do not collide. */
const randomId = () => randomBytes(16).toString('hex');

/**
 * The subscriptions of every channel, kept in the store so every process sees the same ones.
 * Changes to one chat's subscriptions happen one at a time (a per-chat lock, shared between processes
 * through the Coordinator), so a check and the write it leads to cannot interleave with another change.
 * Every change is recorded in the subscription's history with who made it and when.
 * Lookups read sets kept beside the records (`all`, and `chat:<platform>:<chat>` per chat) instead of scanning
 * every subscription: an id is added to its sets before its record is written and removed after its record is
 * deleted, so a crash between the two leaves an id too many (skipped, as its record is missing), never one too few.
 */
export class SubscriptionBook implements ChannelEvents {
  private readonly collection: Collection<Subscription>;
  private readonly sets: SetIndex;
  private readonly locks: ChannelLocks;
  private indexed = false;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      /** Also called when a chat moves, so unsent messages can follow. */
      onMoved?: (from: ChannelRef, to: ChannelRef) => Promise<void>;
      /** Shares the per-chat lock with other processes (Redis); one process needs none. */
      coordinator?: Coordinator;
      owner?: string;
      maxPerChannel?: number;
      /** Makes subscription ids (tests hand in their own). */
      newId?: () => string;
    },
  ) {
    this.collection = deps.store.collection<Subscription>('subscriptions');
    this.sets = deps.store.setIndex('subscriptions');
    this.locks = new ChannelLocks({ coordinator: deps.coordinator, ...(deps.owner ? { owner: deps.owner } : {}) });
  }

  /** Runs a change under the lock of the channel's chat (threads included, so chat-wide events take the same lock). */
  private locked<T>(channel: ChannelRef, change: () => Promise<T>): Promise<T> {
    return this.locks.run(`${channel.platform}:${channel.chatId}`, change);
  }

  /** Every subscription, oldest first. */
  async all(): Promise<Subscription[]> {
    return this.read('all');
  }

  /** The subscriptions whose ids a set holds, oldest first (ids whose record is missing are skipped). */
  private async read(set: string): Promise<Subscription[]> {
    await this.ensureIndexed();
    const found = (await this.collection.getMany(await this.sets.members(set))).filter((s): s is Subscription => s !== undefined);
    return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** Writes a subscription, its sets first (and, when it moved chat, leaves its old chat's set after). */
  private async save(next: Subscription, previous?: Subscription): Promise<void> {
    await this.sets.add('all', next.id);
    await this.sets.add(chatSet(next.channel), next.id);
    await this.collection.set(next.id, next);
    if (previous && chatSet(previous.channel) !== chatSet(next.channel)) await this.sets.remove(chatSet(previous.channel), next.id);
  }

  /** Deletes a subscription, then takes it out of its sets. */
  private async remove(s: Subscription): Promise<void> {
    await this.collection.delete(s.id);
    await this.sets.remove(chatSet(s.channel), s.id);
    await this.sets.remove('all', s.id);
  }

  /** Builds the sets from the records once per store (a book written before the sets existed). */
  private async ensureIndexed(): Promise<void> {
    if (this.indexed) return;
    if (!(await this.sets.members('meta')).includes(BUILT)) {
      for await (const [, s] of this.collection.entries()) {
        await this.sets.add('all', s.id);
        await this.sets.add(chatSet(s.channel), s.id);
      }
      await this.sets.add('meta', BUILT);
    }
    this.indexed = true;
  }

  async get(id: string): Promise<Subscription | undefined> {
    return this.collection.get(id);
  }

  /** A channel's subscriptions, oldest first. */
  async list(channel: ChannelRef): Promise<Subscription[]> {
    const key = channelKey(channel);
    return (await this.read(chatSet(channel))).filter((s) => channelKey(s.channel) === key);
  }

  /** Adds a subscription, or changes the channel's subscription with the same topics. */
  async subscribe(channel: ChannelRef, request: SubscribeRequest, by: Actor): Promise<{ subscription: Subscription; created: boolean }> {
    return this.locked(channel, async () => {
      const at = this.now();
      const wanted = topicKey(splitList(request.topic));
      const mine = await this.list(channel);
      const existing = mine.find((s) => topicKey(s.topics) === wanted);
      if (existing) {
        const { subscription } = changeSubscription({ subscription: existing, request, by, at });
        await this.save(subscription, existing);
        return { subscription, created: false };
      }
      const max = this.deps.maxPerChannel ?? MAX_SUBSCRIPTIONS_PER_CHANNEL;
      if (mine.length >= max) throw new SubscriptionLimitError(mine.length);
      const subscription = newSubscription({ id: await this.freeId(), channel, request, by, at });
      await this.save(subscription);
      return { subscription, created: true };
    });
  }

  /** An id no subscription has: a new id never overwrites another channel's subscription. */
  private async freeId(): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = (this.deps.newId ?? randomId)();
      if (!(await this.collection.has(id))) return id;
    }
    throw new Error('could not find a free subscription id');
  }

  /**
   * Removes the channel's subscriptions matching an id or topic (all when null). A topic that is one of several a
   * subscription follows is taken out of it and the rest stay ("/unsubscribe election" leaves "referendum"); what was
   * removed is returned, a subscription cut down as the topic it lost.
   */
  async unsubscribe(channel: ChannelRef, idOrTopic: string | null, by: Actor): Promise<Subscription[]> {
    return this.locked(channel, async () => {
      const matched = await this.matching(channel, idOrTopic);
      const one = idOrTopic === null ? null : topicKey(splitList(idOrTopic));
      const done: { before: Subscription; kept: Subscription | null }[] = [];
      const removed: Subscription[] = [];
      try {
        for (const s of matched) {
          const rest = one === null || s.id === idOrTopic?.trim() ? [] : s.topics.filter((t) => topicKey([t]) !== one);
          if (rest.length > 0 && rest.length < s.topics.length) {
            const kept = {
              ...s,
              topics: rest,
              ...this.stamp(s, by, `topic removed: ${s.topics.filter((t) => !rest.includes(t)).join(', ')}`),
            };
            await this.save(kept, s);
            done.push({ before: s, kept });
            removed.push({ ...s, topics: s.topics.filter((t) => !rest.includes(t)) });
          } else {
            await this.remove(s);
            done.push({ before: s, kept: null });
            removed.push(s);
          }
        }
      } catch (error) {
        // All or nothing: put back what was already changed, so a failed /unsubscribe changes nothing.
        for (const { before } of done) await this.save(before).catch(() => {});
        throw error;
      }
      return removed;
    });
  }

  /** Pauses matching subscriptions (a moderator's pause). */
  async pause(
    channel: ChannelRef,
    idOrTopic: string | null,
    by: Actor | null,
    reason = `paused by ${by?.name ?? 'Parallax'}`,
  ): Promise<Subscription[]> {
    return this.locked(channel, async () => {
      const at = this.now();
      return this.update(await this.matching(channel, idOrTopic), (s) =>
        s.paused ? null : { ...s, paused: { at, reason, by }, ...this.stamp(s, by, `paused: ${reason}`) },
      );
    });
  }

  /** Resumes matching paused subscriptions. */
  async resume(channel: ChannelRef, idOrTopic: string | null, by: Actor): Promise<Subscription[]> {
    return this.locked(channel, async () =>
      this.update(await this.matching(channel, idOrTopic), (s) =>
        s.paused ? { ...s, paused: null, ...this.stamp(s, by, 'resumed') } : null,
      ),
    );
  }

  /** Records that a subscription's briefing went out at `at`. */
  async markBriefed(id: string, at: string): Promise<void> {
    const first = await this.collection.get(id);
    if (!first) return;
    await this.locked(first.channel, async () => {
      const s = await this.collection.get(id);
      if (s) await this.save({ ...s, lastBriefingAt: at }, s);
    });
  }

  /** Removes the channel's subscriptions (all its threads' when the event names no thread): there is nowhere left to post. */
  async channelGone(channel: ChannelRef, _reason: string): Promise<void> {
    await this.locked(channel, async () => {
      for (const s of await this.coveredBy(channel)) await this.remove(s);
    });
  }

  /** Pauses the channel's subscriptions (all its threads' when the event names no thread) with the platform's reason. */
  async channelPaused(channel: ChannelRef, reason: string): Promise<void> {
    await this.locked(channel, async () => {
      const at = this.now();
      await this.update(await this.coveredBy(channel), (s) =>
        s.paused ? null : { ...s, paused: { at, reason, by: null }, ...this.stamp(s, null, `paused: ${reason}`) },
      );
    });
  }

  /** Moves the channel's subscriptions (threads keep their ids in a chat-wide move) and, through `onMoved`, its unsent messages. */
  async channelMoved(from: ChannelRef, to: ChannelRef): Promise<void> {
    await this.locked(from, async () => {
      await this.update(await this.coveredBy(from), (s) => {
        const channel = movedChannel(s.channel, from, to);
        return { ...s, channel, ...this.stamp(s, null, `moved from ${channelKey(s.channel)} to ${channelKey(channel)}`) };
      });
    });
    await this.deps.onMoved?.(from, to);
  }

  private async coveredBy(event: ChannelRef): Promise<Subscription[]> {
    return (await this.read(chatSet(event))).filter((s) => covers(event, s.channel));
  }

  private async matching(channel: ChannelRef, idOrTopic: string | null): Promise<Subscription[]> {
    return matchingSubscriptions(await this.list(channel), idOrTopic);
  }

  private async update(list: Subscription[], change: (s: Subscription) => Subscription | null): Promise<Subscription[]> {
    const changed: Subscription[] = [];
    for (const s of list) {
      const next = change(s);
      if (!next) continue;
      await this.save(next, s);
      changed.push(next);
    }
    return changed;
  }

  private stamp(s: Subscription, by: Actor | null, change: string): Pick<Subscription, 'updatedAt' | 'updatedBy' | 'history'> {
    const at = this.now();
    return { updatedAt: at, updatedBy: by ?? s.updatedBy, history: [...s.history, { at, by, change }] };
  }

  private now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}
