import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipart, type FormPart } from '../fake-discord/multipart.ts';
import { methodHandlers, type DoubleState } from './methods.ts';
import { checkTelegramHtml } from './telegram-html.ts';

/** One Bot API call the double received. */
export interface ApiCall {
  method: string;
  token: string;
  params: Record<string, unknown>;
  /** Files uploaded with a multipart call, by the field that refers to them (`photo` for sendPhoto). */
  files: Record<string, FormPart>;
}

/** A Bot API error the double answers with instead of the method's result. */
export interface InjectedError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** When to answer a call with an error: the method, optionally a chat, and how many times. */
export interface FailureRule {
  method: string;
  chatId?: number | string;
  times?: number;
  error: InjectedError;
}

/** 429 as the Bot API sends it. */
export const tooManyRequests = (retryAfter: number): InjectedError => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});
/** 403 for a user who blocked the bot. */
export const blockedByUser = (): InjectedError => ({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
/** 400 for a group that became a supergroup. */
export const migratedTo = (chatId: number): InjectedError => ({
  error_code: 400,
  description: 'Bad Request: group chat was upgraded to a supergroup chat',
  parameters: { migrate_to_chat_id: chatId },
});

/**
 * A small in-process Telegram Bot API on 127.0.0.1: POST /bot<token>/<method> with JSON or form bodies,
 * getUpdates long polling over a queue tests push into, a log of every call, chat members, stored messages,
 * strict HTML checking like the real API, and injected errors (429, 403, migrations).
 */
export class BotApiDouble {
  readonly calls: ApiCall[] = [];
  private readonly state: DoubleState;
  private readonly rules: FailureRule[] = [];
  private readonly listeners = new Set<() => void>();
  private server!: http.Server;
  private nextUpdateId = 1;
  apiRoot = '';

  private constructor() {
    this.state = {
      updates: [],
      members: new Map(),
      messages: new Map(),
      chatTypes: new Map(),
      nextMessageId: 100,
      wake: () => this.notify(),
      checkHtml: checkTelegramHtml,
    };
  }

  /** Starts a double on an ephemeral loopback port. */
  static async start(): Promise<BotApiDouble> {
    const double = new BotApiDouble();
    double.server = http.createServer((req, res) => void double.serve(req, res));
    await new Promise<void>((resolve) => double.server.listen(0, '127.0.0.1', resolve));
    double.apiRoot = `http://127.0.0.1:${(double.server.address() as AddressInfo).port}`;
    return double;
  }

  /** Queues an update for getUpdates; returns its update_id. */
  push(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    this.state.updates.push({ update_id: id, ...update });
    this.notify();
    return id;
  }

  /** Makes the next matching call(s) fail with a Bot API error. */
  fail(rule: FailureRule): void {
    this.rules.push({ times: 1, ...rule });
  }

  /** Sets a user's status in a chat ('creator', 'administrator', 'member', 'left', 'kicked'). */
  setMember(chatId: number, userId: number, status: string): void {
    this.state.members.set(`${chatId}:${userId}`, status);
  }

  /** Sets what getChat says a chat is ('private', 'group', 'supergroup', 'channel'); by default positive ids are private, negative ones supergroups. */
  setChatType(chatId: number | string, type: string): void {
    this.state.chatTypes.set(String(chatId), type);
  }

  /** The stored text and markup of a message the bot sent or edited. */
  message(chatId: number | string, messageId: number): { text: string; params: Record<string, unknown> } | undefined {
    return this.state.messages.get(`${chatId}:${messageId}`);
  }

  /** Messages the bot has in a chat now (sent and not deleted), with their ids, oldest first. */
  messagesIn(chatId: number | string): { messageId: number; text: string; params: Record<string, unknown> }[] {
    return [...this.state.messages]
      .filter(([key]) => key.startsWith(`${chatId}:`))
      .map(([key, message]) => ({ messageId: Number(key.slice(key.indexOf(':') + 1)), ...message }))
      .sort((a, b) => a.messageId - b.messageId);
  }

  /** Calls to one method, optionally filtered. */
  callsTo(method: string, where: (params: Record<string, unknown>) => boolean = () => true): ApiCall[] {
    return this.calls.filter((c) => c.method === method && where(c.params));
  }

  /** Resolves with the `count`-th call to a method that matches, waiting for it to arrive. */
  async waitFor(
    method: string,
    where: (params: Record<string, unknown>) => boolean = () => true,
    { count = 1, timeoutMs = 4000 } = {},
  ): Promise<ApiCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.callsTo(method, where);
      if (found.length >= count) return found[count - 1]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${count}× ${method} within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.listeners.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.listeners.add(done);
      });
    }
  }

  /** Answers pending long polls and stops listening. */
  async close(): Promise<void> {
    this.notify();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!m || (req.method !== 'POST' && req.method !== 'GET'))
      return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const read = await readParams(req);
    if (!read)
      return reply(res, 400, {
        ok: false,
        error_code: 400,
        description: 'Bad Request: the double reads JSON, form or multipart bodies only',
      });
    const { params, files } = read;
    const call: ApiCall = { method: m[2]!, token: m[1]!, params, files };
    this.calls.push(call);
    if (call.method !== 'getUpdates') this.notify();
    const injected = this.takeRule(call);
    if (injected) return reply(res, injected.error_code, { ok: false, ...injected });
    const handler = methodHandlers[call.method];
    if (!handler) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    const outcome = await handler(params, this.state, { waitForUpdate: (ms) => this.waitForUpdate(ms, req), files });
    if ('error' in outcome) return reply(res, outcome.error.error_code, { ok: false, ...outcome.error });
    reply(res, 200, { ok: true, result: outcome.result });
  }

  private takeRule(call: ApiCall): InjectedError | null {
    const index = this.rules.findIndex(
      (r) => r.method === call.method && (r.chatId === undefined || String(r.chatId) === String(call.params.chat_id)),
    );
    const rule = this.rules[index];
    if (!rule) return null;
    rule.times = (rule.times ?? 1) - 1;
    if (rule.times <= 0) this.rules.splice(index, 1);
    return rule.error;
  }

  private waitForUpdate(ms: number, req: IncomingMessage): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(done);
        req.off('close', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.listeners.add(done);
      req.once('close', done);
    });
  }
}

async function readParams(req: IncomingMessage): Promise<{ params: Record<string, unknown>; files: Record<string, FormPart> } | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const body = raw.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
  if (body === '') return { params: query, files: {} };
  if (type.includes('application/json')) return { params: { ...query, ...(JSON.parse(body) as Record<string, unknown>) }, files: {} };
  if (type.includes('application/x-www-form-urlencoded')) {
    return { params: Object.fromEntries([...new URLSearchParams(body)].map(([k, v]) => [k, parseLoose(v)])), files: {} };
  }
  if (type.includes('multipart/form-data')) return readMultipart(parseMultipart(raw, type));
  return null;
}

/** Multipart as the Bot API reads it: fields are values (objects as JSON), and a field `attach://name` refers to the file part `name`. */
function readMultipart(parts: FormPart[]): { params: Record<string, unknown>; files: Record<string, FormPart> } {
  const params: Record<string, unknown> = {};
  const files: Record<string, FormPart> = {};
  const uploads = new Map(parts.filter((part) => part.filename !== null).map((part) => [part.name, part]));
  for (const part of parts) {
    if (part.filename !== null) continue;
    const value = part.data.toString('utf8');
    const attached = /^attach:\/\/(.+)$/.exec(value);
    const file = attached ? uploads.get(attached[1]!) : undefined;
    if (file) files[part.name] = file;
    params[part.name] = attached ? value : parseLoose(value);
  }
  for (const [name, part] of uploads) if (!Object.values(files).includes(part)) files[name] = part;
  return { params, files };
}

function parseLoose(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
