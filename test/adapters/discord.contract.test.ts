import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { discordPlatform } from '../../src/adapters/discord/platform.ts';
import { adapterContract } from './contract.ts';

const apiError = (code: number, status: number) =>
  new DiscordAPIError({ code, message: 'refused' }, code, status, 'POST', '/channels/1/messages', { body: undefined, files: undefined });

adapterContract(discordPlatform, {
  maxMessages: 1,
  failures: {
    gone: [apiError(50001, 403), apiError(10003, 404), apiError(50013, 403)],
    retry: [
      new RateLimitError({
        timeToReset: 4200,
        limit: 5,
        method: 'POST',
        hash: 'h',
        url: '/channels/1/messages',
        route: '/channels/:id/messages',
        majorParameter: '1',
        global: false,
        retryAfter: 4200,
        sublimitTimeout: 0,
        scope: 'user',
      }),
      new HTTPError(502, 'Bad Gateway', 'POST', '/channels/1/messages', { body: undefined, files: undefined }),
      apiError(0, 500),
    ],
  },
});
