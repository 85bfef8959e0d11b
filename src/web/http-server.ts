import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';

/** Handles a request it is for (returns true once it has answered), or leaves it to the next route (false). */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>;

/**
 * The one small HTTP server of a process: /healthz and /metrics (the `web` role) and the Telegram webhook
 * where it runs. Routes are tried in the order added; a request none takes gets 404, a route that throws 500.
 */
export class HttpServer {
  private readonly routes: Route[] = [];

  private constructor(
    private readonly server: http.Server,
    private readonly log: Logger,
  ) {}

  /** Listens on host:port (port 0 picks a free one) and logs the address. */
  static async start({ host, port, log }: { host: string; port: number; log: Logger }): Promise<HttpServer> {
    let self: HttpServer | undefined;
    const server = http.createServer((req, res) => void self?.handle(req, res));
    self = new HttpServer(server, log);
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            error.code === 'EADDRINUSE'
              ? `HTTP_PORT ${port} on ${host} is already in use; choose another (0 picks a free one)`
              : `cannot listen on ${host}:${port}: ${error.message}`,
            { cause: error },
          ),
        ),
      );
      server.listen(port, host, () => resolve());
    });
    log.info({ host, port: self.port }, `http server listening on ${host}:${self.port}`);
    return self;
  }

  /** The port listened on. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Adds a route after those already added. */
  add(route: Route): void {
    this.routes.push(route);
  }

  /** Stops listening and closes open connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      for (const route of this.routes) if (await route(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    } catch (err) {
      this.log.warn({ err, url: req.url }, 'http request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('internal error\n');
      else res.end();
    }
  }
}

/** The path of a request (no query). */
export function pathOf(req: http.IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://local').pathname;
}
