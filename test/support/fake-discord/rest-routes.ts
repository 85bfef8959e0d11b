import type { ServerResponse } from 'node:http';
import type { Failure, RecordedCall } from './fake-discord.ts';
import { channelPayload, IDS, messageObject } from './payloads.ts';

/** Answers with the failure a test asked for: 429 with rate-limit headers, or a Discord JSON error. */
export function sendFailure(res: ServerResponse, f: Failure): void {
  if (f.status === 429) {
    const after = String(f.retryAfter ?? 1);
    res.writeHead(429, {
      'content-type': 'application/json',
      'retry-after': after,
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': after,
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': 'user',
    });
    return void res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: f.retryAfter ?? 1, global: false }));
  }
  const defaults = { 403: [50001, 'Missing Access'], 404: [10003, 'Unknown Channel'], 500: [0, 'Internal Server Error'] } as const;
  const [code, message] = defaults[f.status];
  res
    .writeHead(f.status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ message: f.message ?? message, code: f.code ?? code }));
}

/** What the routes read and change: channels, threads under messages, enforced nonces, and ids. */
export interface FakeState {
  gatewayUrl: string;
  channels: Set<string>;
  threads: Map<string, string>;
  nonces: Map<string, unknown>;
  id: () => string;
  /** Creates a thread channel, tells the bot (THREAD_CREATE) and returns the channel object. */
  openThread: (id: string, parentId: string, name: string) => unknown;
}

/** The normal answer to a REST call: status and JSON body (204 has none). */
export function route(call: RecordedCall, state: FakeState): [number, unknown] {
  const { method, path, body } = call;
  if (method === 'GET' && path === '/gateway/bot')
    return [
      200,
      { url: state.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 } },
    ];
  if (method === 'GET' && path === '/applications/@me')
    return [200, { id: IDS.application, name: 'Parallax', bot_public: true, bot_require_code_grant: false, flags: 0 }];
  if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
    return [200, (body as { name: string }[]).map((c) => ({ ...c, id: state.id(), application_id: IDS.application, version: '1' }))];
  }
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, null];
  const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/(.+))?$/.exec(path);
  if (webhook && (method === 'PATCH' || method === 'POST' || method === 'GET')) {
    const id = webhook[2] && webhook[2] !== '@original' ? webhook[2] : state.id();
    return [200, messageObject(id, IDS.channel, (body ?? {}) as Record<string, unknown>)];
  }
  const info = /^\/channels\/(\d+)$/.exec(path);
  if (info && method === 'GET')
    return state.channels.has(info[1]!) ? [200, channelPayload(info[1]!)] : [404, { message: 'Unknown Channel', code: 10003 }];
  const threadStart = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
  if (threadStart && method === 'POST') {
    const [, channelId, messageId] = threadStart as unknown as [string, string, string];
    if (!state.channels.has(channelId)) return [404, { message: 'Unknown Channel', code: 10003 }];
    if (state.threads.has(messageId)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
    const id = state.id();
    state.threads.set(messageId, id);
    return [201, state.openThread(id, channelId, String((body as { name?: string }).name ?? 'thread'))];
  }
  const channel = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
  if (channel && (method === 'POST' || method === 'PATCH')) {
    if (!state.channels.has(channel[1]!)) return [404, { message: 'Unknown Channel', code: 10003 }];
    const message = {
      ...messageObject(channel[2] ?? state.id(), channel[1]!, body as Record<string, unknown>),
      attachments: call.files.map((file, i) => ({
        id: String(i),
        filename: file.filename,
        size: file.data.length,
        content_type: file.contentType,
        url: `https://cdn.fake/${file.filename}`,
        proxy_url: `https://cdn.fake/${file.filename}`,
      })),
    };
    const { nonce, enforce_nonce: enforce } = (body ?? {}) as { nonce?: string; enforce_nonce?: boolean };
    if (method === 'POST' && nonce && enforce) {
      const key = `${channel[1]}:${nonce}`;
      if (state.nonces.has(key)) return [200, state.nonces.get(key)];
      state.nonces.set(key, { ...message, nonce });
      return [200, { ...message, nonce }];
    }
    return [200, message];
  }
  return [404, { message: '404: Not Found', code: 0 }];
}
