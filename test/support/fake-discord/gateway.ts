import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { botUser, guildCreate, IDS } from './payloads.ts';

/**
 * The fake gateway: HELLO on connect, READY and GUILD_CREATE after IDENTIFY, ACK for heartbeats,
 * and dispatches pushed by tests. JSON encoding, no compression.
 */
export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private seq = 0;
  /** IDENTIFY payloads received (token, intents). */
  readonly identifies: { token: string; intents: number }[] = [];
  /** Query strings of gateway connections (discord.js adds ?v=10&encoding=json). */
  readonly connections: string[] = [];

  constructor(private readonly resumeUrl: () => string) {}

  /** Takes over an HTTP upgrade request. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req.url ?? ''));
  }

  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    const packet = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(packet);
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket, url: string): void {
    this.sockets.add(ws);
    this.connections.push(url.replace(/^[^?]*/, ''));
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { token?: string; intents?: number } };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (packet.op === 2) this.ready(packet.d);
    });
  }

  private ready(identify: { token?: string; intents?: number }): void {
    this.identifies.push({ token: identify.token ?? '', intents: identify.intents ?? 0 });
    this.dispatch('READY', {
      v: 10, user: botUser, guilds: [{ id: IDS.guild, unavailable: true }], session_id: 'fake-session',
      resume_gateway_url: this.resumeUrl(), application: { id: IDS.application, flags: 0 }, shard: [0, 1],
    });
    this.dispatch('GUILD_CREATE', guildCreate());
  }
}
