import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import { FetchError } from './fetch-error.ts';
import { readCappedBody } from './read-capped-body.ts';

/** What one request/response exchange produced; `bytes` is null when the body was not wanted. */
export interface HopResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer | null;
}

/** Parameters for one HTTP exchange, without following redirects. */
export interface RequestOnceParams {
  url: URL;
  headers: Record<string, string>;
  lookup: LookupFunction;
  maxBytes: number;
  stallMs: number;
  /** Aborting destroys the socket; a FetchError reason is thrown as is. */
  signal: AbortSignal;
  /** Whether to read the body for this status (otherwise the socket is dropped after the headers). */
  wantsBody: (status: number) => boolean;
}

function networkError(error: unknown, url: URL): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code ? `${code}: ${(error as Error).message}` : String((error as Error)?.message ?? error);
  return new FetchError({ code: 'network', message: `network error talking to ${url.host} (${detail})`, url: url.href, cause: error });
}

/** Performs one GET against `url` through the guarded lookup, with a stall timer and a body cap. */
export function requestOnce(params: RequestOnceParams): Promise<HopResponse> {
  const { url, headers, lookup, maxBytes, stallMs, signal, wantsBody } = params;
  return new Promise((resolve, reject) => {
    let settled = false;
    let response: IncomingMessage | undefined;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      reject(networkError(error, url));
      response?.destroy();
      request.destroy();
    };
    const succeed = (value: HopResponse): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = (): void =>
      fail(
        signal.reason instanceof FetchError
          ? signal.reason
          : new FetchError({ code: 'network', message: `fetch of ${url.href} was aborted`, url: url.href, cause: signal.reason }),
      );

    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup,
      agent: false,
    });
    request.setTimeout(stallMs, () =>
      fail(new FetchError({ code: 'stalled', message: `${url.host} sent nothing for ${+(stallMs / 1000).toFixed(1)} s`, url: url.href })),
    );
    request.on('error', fail);
    request.on('response', (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      const head = { status, statusText: res.statusMessage || http.STATUS_CODES[status] || '', headers: res.headers };
      if (!wantsBody(status)) {
        succeed({ ...head, bytes: null });
        res.destroy();
        request.destroy();
        return;
      }
      readCappedBody({ response: res, maxBytes, url: url.href }).then((bytes) => {
        succeed({ ...head, bytes });
        request.destroy();
      }, fail);
    });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    request.end();
  });
}
