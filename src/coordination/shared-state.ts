import type { Logger } from '../log.ts';
import type { Newsroom } from '../newsroom/newsroom.ts';
import type { Coordinator } from './coordinator.ts';
import type { RedisStoryFeed, StoryChangeMessage } from './story-feed.ts';

/** The note (see Coordinator.note) the ingesting process writes after each run: when it finished. */
export const LAST_INGEST_NOTE = 'last-ingest';

/** When the last ingestion run finished, in whichever process ran it; null when none is noted. */
export async function lastIngestAt(coordinator: Coordinator): Promise<Date | null> {
  const text = await coordinator.noted(LAST_INGEST_NOTE);
  const at = text ? new Date(text) : null;
  return at && Number.isFinite(at.getTime()) ? at : null;
}

/**
 * Keeps this process's stories fresh from the others' (see RedisStoryFeed): each message re-reads the stories
 * another process saved, and a missed stretch re-reads them all. Each refresh is logged with `lagMs`, the time
 * from the other process's save to this one holding the stories.
 */
export async function connectStoryFeed({
  url,
  prefix,
  owner,
  newsroom,
  log,
}: {
  url: string;
  prefix: string;
  owner: string;
  newsroom: Newsroom;
  log: Logger;
}): Promise<RedisStoryFeed> {
  const { RedisStoryFeed } = await import('./story-feed.ts');
  const refresh = (message: StoryChangeMessage | null) => {
    newsroom.refresh(message).then(
      (stories) =>
        log.info(
          {
            stories,
            changed: message?.changed.length ?? 'all',
            gone: message?.gone.length ?? 0,
            from: message?.from,
            lagMs: message ? Date.now() - message.at : undefined,
          },
          'stories refreshed from another process',
        ),
      (err: unknown) => log.warn({ err }, 'could not refresh the stories another process saved; they are read again with the next change'),
    );
  };
  return RedisStoryFeed.connect({ url, prefix, owner, log, onChange: refresh });
}
