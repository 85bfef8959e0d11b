import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { sendSpec } from './fixture-responses.ts';
import type { FixtureResponseSpec } from './fixture-responses.ts';

export type { FixtureResponseSpec } from './fixture-responses.ts';

/** A custom route handler, for anything the declarative spec cannot express. */
export type FixtureHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** One request the server saw, updated as its response proceeds. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/feed.xml?x=1". */
  path: string;
  headers: IncomingHttpHeaders;
  /** Body bytes the server wrote for declarative routes (handlers are not counted). */
  bytesSent: number;
  /** True once the response finished normally. */
  finished: boolean;
  /** True when the connection closed before the response finished (the client hung up). */
  closedEarly: boolean;
}

/** A loopback HTTP server for tests and benchmarks: routes, request log, in-flight counters. */
export interface FixtureServer {
  /** "http://127.0.0.1:<port>". */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** Serves `path` (exact path-with-query first, then pathname) with a handler or a declarative spec; replaces any earlier route. */
  route(path: string, handler: FixtureHandler | FixtureResponseSpec): void;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Requests whose pathname is `path`. */
  requestsTo(path: string): RecordedRequest[];
  /** Responses currently open, overall and by Host header. */
  inFlight(host?: string): number;
  /** Highest number of responses open at once since start or the last resetStats(), overall or by Host header. */
  maxInFlight(host?: string): number;
  /** Clears the request log and the in-flight high-water marks. */
  resetStats(): void;
  /** Destroys every open socket (stalled ones included) and stops listening. */
  close(): Promise<void>;
}

/** Starts a fixture server on 127.0.0.1 with an ephemeral port. Unknown paths answer 404. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureHandler | FixtureResponseSpec>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const open = new Map<string, number>();
  const peak = new Map<string, number>();
  const bump = (key: string, delta: number): void => {
    const now = (open.get(key) ?? 0) + delta;
    open.set(key, now);
    peak.set(key, Math.max(peak.get(key) ?? 0, now));
  };

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const pathname = path.split('?')[0] ?? '/';
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      bytesSent: 0,
      finished: false,
      closedEarly: false,
    };
    requests.push(record);
    const hostKey = `host:${req.headers.host ?? ''}`;
    bump('*', 1);
    bump(hostKey, 1);
    res.on('finish', () => (record.finished = true));
    res.on('close', () => {
      record.closedEarly = !record.finished;
      bump('*', -1);
      bump(hostKey, -1);
    });
    const route = routes.get(path) ?? routes.get(pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture route for ${path}`);
      return;
    }
    if (typeof route === 'function') {
      Promise.resolve(route(req, res)).catch((error: unknown) => res.destroy(error as Error));
      return;
    }
    sendSpec({
      spec: route,
      req,
      res,
      record,
      schedule: (fn, ms) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          fn();
        }, ms);
        timers.add(timer);
      },
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path.split('?')[0] === path),
    inFlight: (host) => open.get(host === undefined ? '*' : `host:${host}`) ?? 0,
    maxInFlight: (host) => peak.get(host === undefined ? '*' : `host:${host}`) ?? 0,
    resetStats: () => {
      requests.length = 0;
      peak.clear();
      for (const [key, value] of open) peak.set(key, value);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
