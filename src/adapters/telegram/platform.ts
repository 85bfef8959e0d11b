import { definePlatform } from '../platform-adapter.ts';
import { telegramSettingIssues, telegramSettings } from './settings.ts';

/** What Telegram calls the right to configure a chat, as refusals and /help name it. */
export const TELEGRAM_CONFIGURE_RIGHT = 'chat administrators';

/** Telegram as one platform of the registry. grammY is loaded only when Telegram starts or renders. */
export const telegramPlatform = definePlatform({
  id: 'telegram',
  name: 'Telegram',
  settings: telegramSettings,
  secretKeys: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'],
  credential: 'TELEGRAM_BOT_TOKEN',
  settingIssues: telegramSettingIssues,
  enabled: (s) => Boolean(s.TELEGRAM_BOT_TOKEN),
  async create(s, deps) {
    const { TelegramAdapter } = await import('./telegram-adapter.ts');
    const { webhookFromConfig } = await import('./webhook-env.ts');
    const webhook = webhookFromConfig(s);
    return new TelegramAdapter({
      token: s.TELEGRAM_BOT_TOKEN!,
      ...(s.TELEGRAM_API_ROOT ? { apiRoot: s.TELEGRAM_API_ROOT } : {}),
      ...(webhook ? { webhook } : {}),
      ...(deps.http ? { httpServer: deps.http } : {}),
      ...(deps.coordination?.shared ? { sharedNotes: deps.coordination.coordinator } : {}),
      services: deps.services,
      channels: deps.channels,
      log: deps.log,
    });
  },
  receivesOverHttp: (s) => Boolean(s.TELEGRAM_WEBHOOK_URL),
  async receive(adapter, s, deps) {
    const { receiveTelegram } = await import('./receive.ts');
    return receiveTelegram({ adapter, webhookUrl: s.TELEGRAM_WEBHOOK_URL, deps });
  },
  configureRight: TELEGRAM_CONFIGURE_RIGHT,
  // The Bot API has no reply only one member of a group sees; refusals go to the chat as a reply to the asker.
  privateReplies: false,
  async reply(result) {
    const { replyView } = await import('./reply-view.ts');
    return replyView(result);
  },
  async classifyFailure(error) {
    const { classifyTelegramError } = await import('./errors.ts');
    const failure = classifyTelegramError(error);
    // A group that became a supergroup: the publisher follows the move and sends again, so this send is retried.
    return failure.kind === 'moved' ? { kind: 'retry', afterSeconds: 1, reason: failure.reason } : failure;
  },
});
