import type { Logger } from '../log.ts';
import type { StoryChanges } from '../newsroom/newsroom.ts';
import { closeRedis, connectRedis, type RedisClient } from '../store/redis-client.ts';

/** One "stories changed" message: who saved them, when (ms since the epoch), and which. */
export interface StoryChangeMessage extends StoryChanges {
  from: string;
  at: number;
}

/** What a process does with other processes' story changes: apply them, or re-read everything (null) after a gap. */
export type StoryChangeHandler = (changes: StoryChangeMessage | null) => void;

/**
 * "Stories changed" messages between the processes on one Redis (pub/sub on `<prefix>:stories-changed`).
 * The process that saved stories publishes their ids after each save; every other process re-reads those
 * stories from the store. Pub/sub keeps no backlog, so after a dropped connection the subscriber asks for a
 * full re-read (handler called with null) once it is back.
 */
export class RedisStoryFeed {
  private constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly channel: string,
    private readonly owner: string,
    private readonly log: Logger,
  ) {}

  /** Connects a publishing and a subscribing connection (a subscribed connection can do nothing else). */
  static async connect({
    url,
    prefix,
    owner,
    log,
    onChange,
  }: {
    url: string;
    prefix: string;
    owner: string;
    log: Logger;
    onChange: StoryChangeHandler;
  }): Promise<RedisStoryFeed> {
    const publisher = await connectRedis(url, 'story feed', log);
    const subscriber = await connectRedis(url, 'story feed subscriber', log).catch(async (error: unknown) => {
      await closeRedis(publisher);
      throw error;
    });
    const feed = new RedisStoryFeed(publisher, subscriber, `${prefix}:stories-changed`, owner, log);
    await subscriber.subscribe(feed.channel, (text) => feed.receive(text, onChange));
    let dropped = false;
    subscriber.on('error', () => (dropped = true));
    subscriber.on('ready', () => {
      if (!dropped) return;
      dropped = false;
      log.info('story feed: connection back; re-reading every story (messages may have been missed)');
      onChange(null);
    });
    return feed;
  }

  /** Tells the other processes which stories this one saved and deleted; a failure is logged (they catch up at their next message). */
  async publish(changes: StoryChanges): Promise<void> {
    const message: StoryChangeMessage = { from: this.owner, at: Date.now(), changed: changes.changed, gone: changes.gone };
    try {
      await this.publisher.publish(this.channel, JSON.stringify(message));
    } catch (err) {
      this.log.warn({ err, stories: changes.changed.length }, 'story feed: could not tell other processes of changed stories');
    }
  }

  async close(): Promise<void> {
    await closeRedis(this.subscriber);
    await closeRedis(this.publisher);
  }

  private receive(text: string, onChange: StoryChangeHandler): void {
    let message: StoryChangeMessage;
    try {
      message = JSON.parse(text) as StoryChangeMessage;
      if (!Array.isArray(message.changed) || !Array.isArray(message.gone) || typeof message.from !== 'string')
        throw new Error('not a story change message');
    } catch (err) {
      this.log.warn({ err, channel: this.channel }, 'story feed: ignored a message that is not a story change');
      return;
    }
    if (message.from === this.owner) return;
    onChange(message);
  }
}
