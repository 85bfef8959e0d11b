import type { Api } from 'grammy';
import type { Logger } from '../../log.ts';
import { escapeHtml } from './escape-html.ts';
import type { RenderedMessage } from './render-html.ts';
import { editMessage, sendMessages, type ChatTarget } from './send-messages.ts';

const TYPING_REFRESH_MS = 4500;

/**
 * Shows that a command is working: a typing action (renewed until done) and one progress message that
 * later updates edit (throttled), and that `finish` edits into the first message of the result.
 */
export class ChatProgress {
  private messageId: number | null = null;
  private lastEdit = 0;
  private chain: Promise<void> = Promise.resolve();
  private typing: NodeJS.Timeout | null = null;

  constructor(private readonly options: { api: Api; target: ChatTarget; log: Logger; minEditIntervalMs?: number }) {}

  /** Sends the typing action now and every few seconds until `finish`. */
  startTyping(): void {
    const send = () => {
      const { api, target } = this.options;
      api
        .sendChatAction(target.chatId, 'typing', target.threadId ? { message_thread_id: Number(target.threadId) } : {})
        .catch((err: unknown) => this.options.log.debug({ err }, 'telegram: typing action failed'));
    };
    send();
    this.typing = setInterval(send, TYPING_REFRESH_MS);
    this.typing.unref();
  }

  /** Shows a progress line: the first one is sent, later ones edit it at most once per interval. */
  update(text: string): Promise<void> {
    this.chain = this.chain
      .then(() => this.show(`⏳ ${escapeHtml(text)}`))
      .catch((err: unknown) => this.options.log.debug({ err }, 'telegram: progress update failed'));
    return this.chain;
  }

  /** Stops typing and delivers the result: into the progress message when there is one, the rest as new messages. */
  async finish(messages: RenderedMessage[]): Promise<number[]> {
    if (this.typing) clearInterval(this.typing);
    await this.chain;
    const { api, target } = this.options;
    const [first, ...rest] = messages;
    if (this.messageId === null || !first) return sendMessages(api, target, messages);
    try {
      await editMessage(api, target, this.messageId, first);
    } catch (err) {
      this.options.log.debug({ err }, 'telegram: could not edit progress into the result; sending it');
      return sendMessages(api, target, messages);
    }
    const { replyTo: _reply, ...onward } = target;
    return [this.messageId, ...(await sendMessages(api, onward, rest))];
  }

  /**
   * Stops typing and delivers a result that must come after something else (a breakdown's card): the progress
   * message is removed, `first` runs, then the messages follow.
   */
  async finishAfter(first: () => Promise<unknown>, messages: RenderedMessage[]): Promise<number[]> {
    if (this.typing) clearInterval(this.typing);
    await this.chain;
    const { api, target, log } = this.options;
    if (this.messageId !== null)
      await api
        .deleteMessage(target.chatId, this.messageId)
        .catch((err: unknown) => log.debug({ err }, 'telegram: could not remove the progress message'));
    this.messageId = null;
    await first();
    const { replyTo: _reply, ...onward } = target;
    return sendMessages(api, onward, messages);
  }

  private async show(html: string): Promise<void> {
    const { api, target, minEditIntervalMs = 1500 } = this.options;
    if (this.messageId === null) {
      this.messageId = (await sendMessages(api, target, [{ html }]))[0] ?? null;
      this.lastEdit = Date.now();
      return;
    }
    if (Date.now() - this.lastEdit < minEditIntervalMs) return;
    await editMessage(api, target, this.messageId, { html });
    this.lastEdit = Date.now();
  }
}
