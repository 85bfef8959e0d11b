import { InputFile, type Api } from 'grammy';
import type { Breakdown } from '../../domain/breakdown.ts';
import { breakdownVersion } from '../../delivery/breakdown-versions.ts';
import { renderedCards, type RenderedCards } from '../../delivery/rendered-cards.ts';
import { STORY_WINDOW_DAYS } from '../../domain/story.ts';
import { cardCaption } from './card-caption.ts';
import { classifyTelegramError } from './errors.ts';
import type { ChatTarget } from './send-messages.ts';

/** Small facts every process of a deployment reads and writes (the coordinator's notes on Redis). */
export interface SharedNotes {
  note(key: string, value: string, ttlMs: number): Promise<void>;
  noted(key: string): Promise<string | null>;
}

/** How long another process may reuse an uploaded card's id: as long as its story can be current. */
const SHARED_TTL_MS = STORY_WINDOW_DAYS * 86_400_000;

/**
 * The Telegram `file_id` of each story version's card once uploaded: Telegram lets a bot send a file it uploaded
 * again, to any chat, by its id, so a card goes up once and every later chat gets the id. With `shared` notes
 * (several sender processes on one Redis), an id one process learnt is found by the others too, under `scope`
 * (the bot's id: a file id is only good for the bot that uploaded it).
 */
export class CardFileIds {
  private readonly ids = new Map<string, Promise<string | null>>();
  /** Uploads made (each one sends the PNG). */
  uploads = 0;

  constructor(
    private readonly keep = 64,
    private readonly shared?: { notes: SharedNotes; scope: string },
  ) {}

  /** The id another process uploaded this version as, when the notes hold one; null otherwise or when they cannot be read. */
  async sharedId(version: string): Promise<string | null> {
    if (!this.shared) return null;
    return this.shared.notes.noted(this.key(version)).catch(() => null);
  }

  /** Tells the other processes the id this version was uploaded as (best effort: a failure only costs them an upload). */
  async share(version: string, id: string): Promise<void> {
    await this.shared?.notes.note(this.key(version), id, SHARED_TTL_MS).catch(() => undefined);
  }

  private key(version: string): string {
    return `telegram-card:${this.shared?.scope ?? ''}:${version}`;
  }

  /** The id known or being learnt for a version (the first upload's promise), or undefined. */
  get(version: string): Promise<string | null> | undefined {
    return this.ids.get(version);
  }

  set(version: string, id: Promise<string | null>): void {
    this.ids.delete(version);
    this.ids.set(version, id);
    if (this.ids.size > this.keep) this.ids.delete(this.ids.keys().next().value!);
  }

  forget(version: string): void {
    this.ids.delete(version);
  }
}

/** What sendCard reuses: drawn cards and uploaded file ids (both process-wide by default; ids shared across processes when the adapter is given notes). */
export interface CardReuse {
  cards: RenderedCards;
  fileIds: CardFileIds;
}

const processReuse: CardReuse = { cards: renderedCards, fileIds: new CardFileIds() };

/**
 * Sends a breakdown's coverage card as a photo with a short caption; returns its id. The card is drawn once per
 * story version and uploaded once: the first send uploads it (multipart), every later one (and those waiting on
 * the first) sends its `file_id`. A card that cannot be drawn, or that Telegram refuses as a photo, is left out
 * (null) so the breakdown still goes; chat-level failures (rate limit, blocked, migrated) are thrown for the caller.
 */
export async function sendCard(
  api: Api,
  target: ChatTarget,
  breakdown: Breakdown,
  reuse: CardReuse = processReuse,
): Promise<number | null> {
  const version = breakdownVersion(breakdown);
  const options = {
    caption: cardCaption(breakdown),
    parse_mode: 'HTML' as const,
    ...(target.threadId ? { message_thread_id: Number(target.threadId) } : {}),
    ...(target.replyTo !== undefined ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
  };
  const pending = reuse.fileIds.get(version);
  let learnt: (id: string | null) => void = () => {};
  // The first send of a version says at once that it is uploading, so sends that start meanwhile wait for its id.
  if (!pending) reuse.fileIds.set(version, new Promise((resolve) => (learnt = resolve)));
  let known = pending ? await pending : null;
  if (!pending) {
    // Another sender process may have uploaded this version already.
    known = await reuse.fileIds.sharedId(version);
    if (known) learnt(known);
  }
  if (known) {
    try {
      return (await api.sendPhoto(target.chatId, known, options)).message_id;
    } catch (error) {
      if (classifyTelegramError(error).kind !== 'failed') throw error;
      // Telegram no longer knows the id (or refuses it here): upload again below.
      reuse.fileIds.forget(version);
    }
  }
  const card = await reuse.cards.card(breakdown);
  if (!card) {
    learnt(null);
    return null;
  }
  try {
    reuse.fileIds.uploads++;
    const sent = await api.sendPhoto(target.chatId, new InputFile(card.png, 'card.png'), options);
    const id = sent.photo?.at(-1)?.file_id ?? null;
    learnt(id);
    if (id) await reuse.fileIds.share(version, id);
    return sent.message_id;
  } catch (error) {
    learnt(null);
    reuse.fileIds.forget(version);
    if (classifyTelegramError(error).kind === 'failed') return null;
    throw error;
  }
}
