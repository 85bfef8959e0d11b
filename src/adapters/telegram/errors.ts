import { GrammyError, HttpError } from 'grammy';
import type { PublishResult } from '../../domain/delivery.ts';

/** What a failed Bot API call means for delivery: a publish result, or the chat's new id after a migration. */
export type TelegramFailure = Exclude<PublishResult, { kind: 'sent' }> | { kind: 'moved'; toChatId: string; reason: string };

const GONE_400 =
  /chat not found|message thread not found|topic_deleted|topic_closed|not enough rights|have no rights|need administrator rights|chat_write_forbidden|chat_restricted|user is deactivated|peer_id_invalid/i;
const NETWORK_RETRY_SECONDS = 5;
const SERVER_RETRY_SECONDS = 15;

/**
 * Classifies an error from a Bot API call: 429 → retry after the seconds Telegram asks for (what is left once
 * auto-retry gave up), `migrate_to_chat_id` → moved, 403 (blocked, kicked, deactivated) and lost chats → gone,
 * 5xx and network failures → retry, anything else → failed.
 */
export function classifyTelegramError(error: unknown): TelegramFailure {
  if (error instanceof GrammyError) {
    const reason = error.description;
    const migrated = error.parameters.migrate_to_chat_id;
    if (migrated !== undefined) return { kind: 'moved', toChatId: String(migrated), reason };
    if (error.error_code === 429) return { kind: 'retry', afterSeconds: error.parameters.retry_after ?? SERVER_RETRY_SECONDS, reason };
    if (error.error_code === 403) return { kind: 'gone', reason };
    if (error.error_code === 400 && GONE_400.test(reason)) return { kind: 'gone', reason };
    if (error.error_code >= 500) return { kind: 'retry', afterSeconds: SERVER_RETRY_SECONDS, reason };
    return { kind: 'failed', reason };
  }
  if (error instanceof HttpError) return { kind: 'retry', afterSeconds: NETWORK_RETRY_SECONDS, reason: error.message };
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

/** True for the harmless 400 Telegram answers when an edit would change nothing. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && /message is not modified/i.test(error.description);
}
