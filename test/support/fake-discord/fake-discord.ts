import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.ts';
import { parseMultipart, type FormPart } from './multipart.ts';
import { buttonInteraction, commandInteraction, IDS, thread, type Asker, type OptionValue } from './payloads.ts';
import { route, sendFailure, type FakeState } from './rest-routes.ts';

export { IDS, PERMISSIONS } from './payloads.ts';

/** One REST request the fake received; `path` is without the `/api/v10` prefix. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  body: any;
  /** Files uploaded with the request (multipart `files[n]` parts). */
  files: FormPart[];
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
  readonly channels = new Set<string>([IDS.channel, IDS.otherChannel, IDS.thread, IDS.archivedThread]);
  /** Threads opened under messages: message id → thread id. */
  readonly threads = new Map<string, string>();
  /** Messages created with an enforced nonce, by channel and nonce: a repeat returns the original, as Discord does. */
  readonly nonces = new Map<string, unknown>();
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
    this.gateway.dispatch(
      'INTERACTION_CREATE',
      commandInteraction({
        id,
        name,
        options,
        asker: args.asker ?? 'moderator',
        channelId: args.channelId ?? IDS.channel,
        ...(args.focused ? { focused: args.focused } : {}),
      }),
    );
    return id;
  }

  /** Pushes a button press on a message (which may carry uploaded files, by name); returns the interaction id. */
  press(customId: string, messageId: string, asker: Asker = 'member', attachments: string[] = []): string {
    const id = this.id();
    this.gateway.dispatch('INTERACTION_CREATE', buttonInteraction({ id, customId, messageId, asker, channelId: IDS.channel, attachments }));
    return id;
  }

  /** Deletes a channel and tells the bot (CHANNEL_DELETE). */
  deleteChannel(channelId: string): void {
    this.channels.delete(channelId);
    this.gateway.dispatch('CHANNEL_DELETE', {
      id: channelId,
      type: 0,
      guild_id: IDS.guild,
      name: 'gone',
      position: 0,
      permission_overwrites: [],
    });
  }

  /** Deletes a thread and tells the bot (THREAD_DELETE). */
  deleteThread(threadId: string, parentId: string): void {
    this.channels.delete(threadId);
    this.gateway.dispatch('THREAD_DELETE', { id: threadId, type: 11, guild_id: IDS.guild, parent_id: parentId });
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

  private state(): FakeState {
    return {
      gatewayUrl: this.gatewayUrl,
      channels: this.channels,
      threads: this.threads,
      nonces: this.nonces,
      id: () => this.id(),
      openThread: (id, parentId, name) => {
        this.channels.add(id);
        const created = { ...thread(id, parentId), name, owner_id: IDS.bot, newly_created: true };
        this.gateway.dispatch('THREAD_CREATE', created);
        return created;
      },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = String(req.headers['content-type']);
    const url = new URL(req.url ?? '/', this.origin);
    const parts = /multipart\/form-data/.test(type) ? parseMultipart(raw, type) : [];
    const payload = parts.find((part) => part.name === 'payload_json');
    const text = payload ? payload.data.toString('utf8') : raw.toString('utf8');
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v10/, ''),
      query: url.search,
      body: text && (payload || /json/.test(type)) ? JSON.parse(text) : text || null,
      files: parts.filter((part) => part.filename !== null),
      at: Date.now(),
    };
    this.calls.push(call);
    const failure = this.failures.find((f) => f.left > 0 && f.method === call.method && f.path.test(call.path));
    if (failure) {
      failure.left -= 1;
      return sendFailure(res, failure);
    }
    const [status, body] = route(call, this.state());
    if (status === 204) return void res.writeHead(204).end();
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
