import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.ts';
import { buttonInteraction, commandInteraction, IDS, messageObject, type Asker, type OptionValue } from './payloads.ts';

export { IDS, PERMISSIONS } from './payloads.ts';

/** One REST request the fake received; `path` is without the `/api/v10` prefix. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  body: any;
  at: number;
}

/** A failure to answer instead of the normal response, for matching requests, `times` times. */
export interface Failure {
  method: string;
  path: RegExp;
  status: 403 | 404 | 429 | 500;
  code?: number;
  message?: string;
  /** Seconds, for 429: sent as `retry_after`, `Retry-After` and `X-RateLimit-Reset-After`. */
  retryAfter?: number;
  times?: number;
}

/**
 * An in-process Discord for tests: REST under `/api/v10` on 127.0.0.1 and a gateway on the same port.
 * Point discord.js at `apiUrl`. Records every REST request; can answer with 429/403/404 on demand.
 */
export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly gateway: FakeGateway;
  /** Channels that exist; posting elsewhere answers 404 Unknown Channel. */
  readonly channels = new Set<string>([IDS.channel, IDS.otherChannel, IDS.thread]);
  private readonly failures: (Failure & { left: number })[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private nextId = 500000000000000000n;

  private constructor() {
    this.gateway = new FakeGateway(() => this.gatewayUrl);
    this.server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
  }

  /** Starts the fake on an ephemeral loopback port. */
  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  /** The base URL for discord.js `rest.api` (it adds `/v10`). */
  get apiUrl(): string {
    return `${this.origin}/api`;
  }
  get gatewayUrl(): string {
    return `${this.origin.replace('http', 'ws')}/gateway`;
  }

  /** A fresh snowflake-like id. */
  id(): string {
    return String(this.nextId++);
  }

  /** Answers the next matching requests with a failure. */
  fail(failure: Failure): void {
    this.failures.push({ ...failure, left: failure.times ?? 1 });
  }

  /** Requests whose method matches and whose path matches the pattern. */
  callsTo(method: string, path: RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  /** Pushes a slash command (or, with `focused`, an autocomplete request); returns the interaction id. */
  command(name: string, options: Record<string, OptionValue>, args: { asker?: Asker; channelId?: string; focused?: string } = {}): string {
    const id = this.id();
    this.gateway.dispatch('INTERACTION_CREATE', commandInteraction({ id, name, options, asker: args.asker ?? 'moderator', channelId: args.channelId ?? IDS.channel, ...(args.focused ? { focused: args.focused } : {}) }));
    return id;
  }

  /** Pushes a button press on a message; returns the interaction id. */
  press(customId: string, messageId: string, asker: Asker = 'member'): string {
    const id = this.id();
    this.gateway.dispatch('INTERACTION_CREATE', buttonInteraction({ id, customId, messageId, asker, channelId: IDS.channel }));
    return id;
  }

  /** Deletes a channel and tells the bot (CHANNEL_DELETE). */
  deleteChannel(channelId: string): void {
    this.channels.delete(channelId);
    this.gateway.dispatch('CHANNEL_DELETE', { id: channelId, type: 0, guild_id: IDS.guild, name: 'gone', position: 0, permission_overwrites: [] });
  }

  /** Removes the bot from the guild (GUILD_DELETE without `unavailable`). */
  leaveGuild(): void {
    this.channels.clear();
    this.gateway.dispatch('GUILD_DELETE', { id: IDS.guild });
  }

  /** Waits until `probe` returns something, polling every 10 ms. */
  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > until) throw new Error('fake Discord: timed out waiting');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.origin);
    const call: RecordedCall = { method: req.method ?? 'GET', path: url.pathname.replace(/^\/api\/v10/, ''), query: url.search, body: text && /json/.test(String(req.headers['content-type'])) ? JSON.parse(text) : text || null, at: Date.now() };
    this.calls.push(call);
    const failure = this.failures.find((f) => f.left > 0 && f.method === call.method && f.path.test(call.path));
    if (failure) {
      failure.left -= 1;
      return this.sendFailure(res, failure);
    }
    const [status, body] = this.route(call);
    if (status === 204) return void res.writeHead(204).end();
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private sendFailure(res: ServerResponse, f: Failure): void {
    if (f.status === 429) {
      const after = String(f.retryAfter ?? 1);
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': after, 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': after, 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user' });
      return void res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: f.retryAfter ?? 1, global: false }));
    }
    const defaults = { 403: [50001, 'Missing Access'], 404: [10003, 'Unknown Channel'], 500: [0, 'Internal Server Error'] } as const;
    const [code, message] = defaults[f.status];
    res.writeHead(f.status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: f.message ?? message, code: f.code ?? code }));
  }

  private route(call: RecordedCall): [number, unknown] {
    const { method, path, body } = call;
    if (method === 'GET' && path === '/gateway/bot') return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 } }];
    if (method === 'GET' && path === '/applications/@me') return [200, { id: IDS.application, name: 'Parallax', bot_public: true, bot_require_code_grant: false, flags: 0 }];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body as { name: string }[]).map((c) => ({ ...c, id: this.id(), application_id: IDS.application, version: '1' }))];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, null];
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/(.+))?$/.exec(path);
    if (webhook && (method === 'PATCH' || method === 'POST' || method === 'GET')) {
      const id = webhook[2] && webhook[2] !== '@original' ? webhook[2] : this.id();
      return [200, messageObject(id, IDS.channel, (body ?? {}) as Record<string, unknown>)];
    }
    const channel = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (channel && (method === 'POST' || method === 'PATCH')) {
      if (!this.channels.has(channel[1]!)) return [404, { message: 'Unknown Channel', code: 10003 }];
      return [200, messageObject(channel[2] ?? this.id(), channel[1]!, body as Record<string, unknown>)];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }
}
