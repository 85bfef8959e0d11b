import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { PublishResult } from '../../domain/delivery.ts';

const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
const UNKNOWN_CHANNEL = 10003;
const UNKNOWN_MESSAGE = 10008;
const TRANSIENT_RETRY_SECONDS = 30;

/**
 * What a failed Discord request means for delivery: 403, missing access or permissions and 404 → gone;
 * an edit of a deleted message → failed (the channel is fine); 429 → retry; 5xx and network trouble → retry.
 */
export function publishError(error: unknown): PublishResult {
  if (error instanceof RateLimitError)
    return { kind: 'retry', afterSeconds: Math.max(1, Math.ceil(error.timeToReset / 1000)), reason: `rate limited on ${error.route}` };
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    if (code === UNKNOWN_MESSAGE) return { kind: 'failed', reason: 'the message to edit no longer exists' };
    if (error.status === 403 || code === MISSING_ACCESS || code === MISSING_PERMISSIONS)
      return { kind: 'gone', reason: `no access to the channel (${code}: ${error.message})` };
    if (error.status === 404 || code === UNKNOWN_CHANNEL) return { kind: 'gone', reason: `channel not found (${code}: ${error.message})` };
    if (error.status === 429) return { kind: 'retry', afterSeconds: TRANSIENT_RETRY_SECONDS, reason: error.message };
    if (error.status >= 500) return { kind: 'retry', afterSeconds: TRANSIENT_RETRY_SECONDS, reason: `Discord error ${error.status}` };
    return { kind: 'failed', reason: `${error.status} ${code}: ${error.message}` };
  }
  if (error instanceof HTTPError) {
    if (error.status === 429 || error.status >= 500)
      return { kind: 'retry', afterSeconds: TRANSIENT_RETRY_SECONDS, reason: `Discord HTTP ${error.status}` };
    return { kind: 'failed', reason: `Discord HTTP ${error.status}` };
  }
  const message = (error as Error)?.message ?? String(error);
  if (/abort|timeout|ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|socket|fetch failed/i.test(`${(error as Error)?.name} ${message}`)) {
    return { kind: 'retry', afterSeconds: TRANSIENT_RETRY_SECONDS, reason: `network: ${message}` };
  }
  return { kind: 'failed', reason: message };
}
