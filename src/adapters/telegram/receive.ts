import { Lease } from '../../coordination/lease.ts';
import { PlatformRefused, type PlatformAdapter, type PlatformDeps } from '../platform-adapter.ts';

/** How long a second Telegram process waits for the polling lease (a restarted poller's old hold expires) before refusing. */
const POLL_LEASE_TTL_MS = 15_000;

/**
 * Starts receiving Telegram updates; returns how to stop. A webhook can be served by several processes (Telegram
 * posts each update once, to the URL, behind which any of them may answer). Long polling can be done by one
 * process only (a second getUpdates makes Telegram answer 409 Conflict to both): with a shared store (Redis), the
 * process holding the `telegram-polling` lease polls, and another one refuses to start, saying so, instead of
 * fighting over updates.
 */
export async function receiveTelegram({
  adapter,
  webhookUrl,
  deps,
}: {
  adapter: PlatformAdapter;
  webhookUrl: string | undefined;
  deps: PlatformDeps;
}): Promise<() => Promise<void>> {
  const { log, coordination } = deps;
  // A refused connection is thrown as it is: the start command words it for every platform alike.
  const start = () => adapter.start();
  if (webhookUrl) {
    await start();
    log.info(
      { url: webhookUrl },
      'telegram: webhook mode: Telegram posts each update once to TELEGRAM_WEBHOOK_URL; any process with the telegram role behind it may answer',
    );
    return () => adapter.stop();
  }
  if (!coordination?.shared) {
    await start();
    log.info('telegram: long polling in this process (alone on its store; with REDIS_URL and several processes, set TELEGRAM_WEBHOOK_URL)');
    return () => adapter.stop();
  }
  let receiving = false;
  let stopping = false;
  let started = false;
  const lease = new Lease({
    coordinator: coordination.coordinator,
    name: 'telegram-polling',
    owner: coordination.owner,
    ttlMs: POLL_LEASE_TTL_MS,
    log,
    // Polling starts below once the lease is first held; this resumes it after a lost lease came back.
    onAcquired: async () => {
      if (!started || receiving || stopping) return;
      await start().then(
        () => {
          receiving = true;
          log.info('telegram: long-polling lease back; polling again');
        },
        (err: unknown) => log.error({ err }, 'telegram: could not resume long polling'),
      );
    },
    onLost: async () => {
      if (!receiving) return;
      if (!stopping)
        log.error(
          'telegram: lost the long-polling lease (Redis unreachable?); stopped polling so that two processes never poll at once; polling resumes when the lease is back',
        );
      receiving = false;
      await adapter.stop();
    },
  });
  await lease.start();
  for (let waited = 0; !lease.isHeld && waited < POLL_LEASE_TTL_MS + 2000; waited += 500)
    await new Promise((resolve) => setTimeout(resolve, 500));
  if (!lease.isHeld) {
    await lease.stop();
    throw new PlatformRefused(
      'Telegram long polling already runs in another process on this Redis, and Telegram allows one poller per bot (a second one gets 409 Conflict). ' +
        'To receive Telegram updates in several processes, set TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET (webhook mode); otherwise leave telegram out of PARALLAX_ROLES in this process.',
    );
  }
  try {
    await start();
  } catch (error) {
    await lease.stop();
    throw error;
  }
  started = true;
  receiving = true;
  log.info(
    'telegram: long polling in this process only (it holds the telegram-polling lease on Redis); other processes with the telegram role refuse to poll. Set TELEGRAM_WEBHOOK_URL to receive in several',
  );
  return async () => {
    stopping = true;
    await lease.stop();
    if (receiving) await adapter.stop();
  };
}
