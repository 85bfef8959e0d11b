import type http from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import { commands, findCommand } from '../../../commands/index.ts';
import type { CommandServices } from '../../../commands/services.ts';
import type { ChannelEvents } from '../../domain/channel.ts';
import type { Publisher } from '../../domain/delivery.ts';
import { renderedCards } from '../../delivery/rendered-cards.ts';
import type { Logger } from '../../log.ts';
import { onMigration, onMyChatMember } from './chat-events.ts';
import { BUILT_IN_COMMANDS, publishCommandMenus } from './command-menu.ts';
import { channelOf } from './channel-ref.ts';
import { handleCommand } from './handle-command.ts';
import { handlePageButton } from './handle-page.ts';
import { CardFileIds, type SharedNotes } from './send-card.ts';
import { sendMessages } from './send-messages.ts';
import { TelegramPublisher } from './telegram-publisher.ts';
import { UpdateQueue, type UpdateQueueOptions } from './update-queue.ts';
import { startWebhookServer, webhookRoute, type WebhookOptions } from './webhook-server.ts';
import type { Route } from '../../web/http-server.ts';

export type { WebhookOptions };

/** The update types Parallax asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'channel_post', 'callback_query', 'my_chat_member'] as const;

export interface TelegramAdapterOptions {
  /** Bot token from BotFather (TELEGRAM_BOT_TOKEN). */
  token: string;
  /** Another Bot API endpoint, e.g. a local Bot API server or a test double (TELEGRAM_API_ROOT). */
  apiRoot?: string;
  /** Webhook mode instead of long polling (TELEGRAM_WEBHOOK_URL, _SECRET, _PORT). */
  webhook?: WebhookOptions;
  /** In webhook mode, the process's HTTP server to serve the webhook path on (else the adapter starts its own on webhook.port). */
  httpServer?: { add(route: Route): void };
  services: CommandServices;
  channels: ChannelEvents;
  log: Logger;
  /** Bounds for auto-retry on 429 and 5xx: attempts, and the longest retry_after waited in place (default 3 and 30 s). */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
  /** Long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /** Updates handled at once (default 16) and waiting per chat (default 5); each chat's run in order. */
  updates?: UpdateQueueOptions;
  /** Notes shared by every process of a deployment (Redis): a card one sender uploaded is sent by its file id from the others. */
  sharedNotes?: SharedNotes;
}

/**
 * Parallax on Telegram with grammY: commands from `commands/` (announced with setMyCommands), paging buttons,
 * membership and migration events, long polling or a webhook, and a Publisher for the core's outbox.
 */
export class TelegramAdapter {
  /** Posts breakdowns and briefings for the core. */
  readonly publisher: Publisher;
  readonly bot: Bot;
  private readonly queue: UpdateQueue;
  private polling: Promise<void> | null = null;
  private server: http.Server | null = null;

  constructor(private readonly options: TelegramAdapterOptions) {
    const { token, apiRoot, retry = { maxRetryAttempts: 3, maxDelaySeconds: 30 }, channels, log } = options;
    this.bot = new Bot(token, apiRoot ? { client: { apiRoot: apiRoot.replace(/\/+$/, '') } } : {});
    this.bot.api.config.use(autoRetry({ ...retry, rethrowHttpErrors: true }));
    const sharedIds = options.sharedNotes ? new CardFileIds(64, { notes: options.sharedNotes, scope: options.token.split(':')[0]! }) : null;
    this.publisher = new TelegramPublisher({
      api: this.bot.api,
      channels,
      log,
      ...(sharedIds ? { cardReuse: { cards: renderedCards, fileIds: sharedIds } } : {}),
    });
    this.queue = new UpdateQueue(options.updates);
    this.install();
  }

  /** Announces the commands and starts receiving updates; resolves once polling or the webhook is up. */
  async start(): Promise<void> {
    const { webhook, log } = this.options;
    await this.bot.init();
    await publishCommandMenus(this.bot.api, commands).catch((err: unknown) =>
      log.warn({ err }, 'telegram: could not publish the command menus'),
    );
    if (webhook) {
      if (this.options.httpServer) this.options.httpServer.add(webhookRoute({ bot: this.bot, webhook, log }));
      else this.server = await startWebhookServer({ bot: this.bot, webhook, log });
      await this.bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      log.info({ bot: this.bot.botInfo.username, url: webhook.url }, 'telegram: webhook set');
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.polling = this.bot
        .start({ allowed_updates: [...ALLOWED_UPDATES], timeout: this.options.pollTimeoutSeconds ?? 30, onStart: () => resolve() })
        .catch((err: unknown) => {
          log.error({ err }, 'telegram: long polling stopped');
          reject(err as Error);
        });
    });
    log.info({ bot: this.bot.botInfo.username }, 'telegram: long polling');
  }

  /** The local port the webhook server listens on (null in long-polling mode). */
  get webhookPort(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  /** Stops receiving updates and waits for the commands already running. */
  async stop(): Promise<void> {
    if (this.bot.isRunning()) await this.bot.stop();
    await this.polling;
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.queue.idle();
  }

  private install(): void {
    const { services, channels, log } = this.options;
    const builtIn = new Set(BUILT_IN_COMMANDS.map((c) => c.command));
    for (const command of commands) {
      if (builtIn.has(command.name) || !/^[a-z0-9_]{1,32}$/.test(command.name)) continue;
      this.bot.command(command.name, (ctx) => this.detach(ctx, command.name, () => handleCommand({ ctx, command, services, log })));
    }
    const help = findCommand('help');
    if (help)
      this.bot.command('start', (ctx) =>
        this.detach(ctx, 'start', () => handleCommand({ ctx, command: help, services, log, withArguments: false })),
      );
    this.bot.on('callback_query:data', (ctx) => this.detach(ctx, 'page', () => handlePageButton({ ctx, services })));
    this.bot.on('my_chat_member', (ctx) =>
      this.detach(ctx, 'membership', () => onMyChatMember({ update: ctx.myChatMember, channels, log })),
    );
    this.bot.on('message:migrate_to_chat_id', (ctx) =>
      this.detach(ctx, 'migration', () => onMigration({ from: ctx.chat, toChatId: ctx.msg.migrate_to_chat_id, channels, log })),
    );
    this.bot.chatType('private').on('message:entities:bot_command', (ctx) => {
      if (ctx.msg.text.startsWith('/'))
        return this.detach(ctx, 'unknown', () => reply(ctx, 'I do not know that command. Type /help for the list.'));
    });
    this.bot.catch((err) => log.error({ err: err.error, update: err.ctx.update.update_id }, 'telegram: update failed'));
  }

  /**
   * Runs a handler in its chat's order without holding up other chats (a live /compare can take a while).
   * Resolves once the update is queued; while the queue is full it waits, and the update loop with it.
   */
  private async detach(ctx: Context, what: string, work: () => Promise<unknown>): Promise<void> {
    const chat = String(ctx.chat?.id ?? ctx.from?.id ?? 'unknown');
    const outcome = await this.queue.submit(chat, async () => {
      await work().catch((err: unknown) => this.options.log.error({ err, handler: what }, 'telegram: handler failed'));
    });
    if (outcome === 'dropped')
      this.options.log.warn(
        { chat, handler: what, update: ctx.update.update_id },
        'telegram: this chat has too many updates waiting; update dropped',
      );
  }
}

async function reply(ctx: Context, html: string): Promise<void> {
  if (!ctx.chat || !ctx.msg) return;
  const channel = channelOf(ctx.chat, ctx.msg);
  await sendMessages(ctx.api, { chatId: channel.chatId, threadId: channel.threadId, replyTo: ctx.msg.message_id }, [{ html }]);
}
