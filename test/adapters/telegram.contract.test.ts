import { GrammyError, HttpError } from 'grammy';
import { telegramPlatform } from '../../src/adapters/telegram/platform.ts';
import { MAX_MESSAGES_PER_REPLY } from '../../src/adapters/telegram/send-messages.ts';
import { adapterContract } from './contract.ts';

const apiError = (code: number, description: string, parameters = {}) =>
  new GrammyError('call failed', { ok: false, error_code: code, description, parameters }, 'sendMessage', {});

adapterContract(telegramPlatform, {
  maxMessages: MAX_MESSAGES_PER_REPLY,
  failures: {
    gone: [apiError(403, 'Forbidden: bot was kicked from the group chat'), apiError(400, 'Bad Request: chat not found')],
    retry: [
      apiError(429, 'Too Many Requests: retry after 17', { retry_after: 17 }),
      apiError(502, 'Bad Gateway'),
      new HttpError('Network request failed', new Error('ECONNRESET')),
    ],
  },
});
