import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { botUser, guildCreate, IDS } from './payloads.ts';

/** The shard a guild's events go to, as Discord computes it: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/**
 * The fake gateway: HELLO on connect, READY and GUILD_CREATE after IDENTIFY, ACK for heartbeats,
 * and dispatches pushed by tests. JSON encoding, no compression. Sharded as Discord is: a connection
 * that identifies as shard [id, count] gets the guild (and its events) only when the guild falls in that shard.
 */
export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Map<WebSocket, [number, number]>();
  private seq = 0;
  /** IDENTIFY payloads received (token, intents, shard as [id, count]). */
  readonly identifies: { token: string; intents: number; shard: [number, number] }[] = [];
  /** Query strings of gateway connections (discord.js adds ?v=10&encoding=json). */
  readonly connections: string[] = [];

  constructor(private readonly resumeUrl: () => string) {}

  /** Takes over an HTTP upgrade request. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req.url ?? ''));
  }

  /** Sends a dispatch (op 0) to every connected client, or for a guild's event to the connections of its shard. */
  dispatch(t: string, d: unknown, only?: WebSocket): void {
    const packet = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    const guildId = (d as { guild_id?: string } | null)?.guild_id ?? (t.startsWith('GUILD_') ? (d as { id?: string }).id : undefined);
    for (const [ws, [id, count]] of this.sockets) {
      if (only && ws !== only) continue;
      if (guildId && shardOf(guildId, count) !== id) continue;
      ws.send(packet);
    }
  }

  close(): void {
    for (const ws of this.sockets.keys()) ws.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket, url: string): void {
    this.sockets.set(ws, [0, 1]);
    this.connections.push(url.replace(/^[^?]*/, ''));
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { token?: string; intents?: number; shard?: [number, number] } };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (packet.op === 2) this.ready(ws, packet.d);
    });
  }

  private ready(ws: WebSocket, identify: { token?: string; intents?: number; shard?: [number, number] }): void {
    const shard = identify.shard ?? [0, 1];
    this.sockets.set(ws, shard);
    this.identifies.push({ token: identify.token ?? '', intents: identify.intents ?? 0, shard });
    const hasGuild = shardOf(IDS.guild, shard[1]) === shard[0];
    this.dispatch(
      'READY',
      {
        v: 10,
        user: botUser,
        guilds: hasGuild ? [{ id: IDS.guild, unavailable: true }] : [],
        session_id: `fake-session-${shard[0]}`,
        resume_gateway_url: this.resumeUrl(),
        application: { id: IDS.application, flags: 0 },
        shard,
      },
      ws,
    );
    if (hasGuild) this.dispatch('GUILD_CREATE', guildCreate(), ws);
  }
}
