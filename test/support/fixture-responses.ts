import zlib from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import iconv from 'iconv-lite';

/** A declarative fixture response. Everything is optional; the default is an empty 200 text/plain. */
export interface FixtureResponseSpec {
  status?: number;
  headers?: OutgoingHttpHeaders;
  /** Content-Type without charset; default text/plain (ignored if `headers` sets content-type). */
  contentType?: string;
  body?: string | Buffer;
  /** Encode a string body with this iconv-lite charset (e.g. 'windows-1251') instead of UTF-8. */
  encodeAs?: string;
  /** Add `; charset=<this>` to the Content-Type (may deliberately differ from `encodeAs`). */
  charset?: string;
  /** Send this ETag and answer 304 when If-None-Match carries it. */
  etag?: string;
  /** Send this Last-Modified and answer 304 when If-Modified-Since equals it. */
  lastModified?: string;
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Send the headers (and `body`, if any) and then go silent forever. */
  stallAfterHeaders?: boolean;
  /** Answer with a redirect (status default 302) to this Location, absolute or relative. */
  redirectTo?: string;
  /** Stream this many filler bytes instead of `body`, honouring backpressure, never held in memory. */
  hugeBodyBytes?: number;
  /** Omit Content-Length (chunked transfer), e.g. to test streaming caps. */
  chunked?: boolean;
  /** Compress the body with this Content-Encoding. */
  compress?: 'gzip' | 'deflate' | 'br';
}

const FILLER = Buffer.alloc(64 * 1024, 'a');

function compressed(bytes: Buffer, encoding: FixtureResponseSpec['compress']): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(bytes);
  if (encoding === 'deflate') return zlib.deflateSync(bytes);
  if (encoding === 'br') return zlib.brotliCompressSync(bytes);
  return bytes;
}

function isNotModified(spec: FixtureResponseSpec, req: IncomingMessage): boolean {
  const inm = req.headers['if-none-match'];
  if (spec.etag && inm) return inm.split(',').some((tag) => tag.trim() === spec.etag || tag.trim() === '*');
  return Boolean(spec.lastModified && req.headers['if-modified-since'] === spec.lastModified);
}

function streamFiller(res: ServerResponse, total: number, record: { bytesSent: number }): void {
  const pump = (): void => {
    while (record.bytesSent < total && !res.destroyed) {
      const chunk = FILLER.subarray(0, Math.min(FILLER.length, total - record.bytesSent));
      record.bytesSent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

/** Writes the response a spec describes; used by the fixture server. */
export function sendSpec(params: {
  spec: FixtureResponseSpec;
  req: IncomingMessage;
  res: ServerResponse;
  record: { bytesSent: number };
  schedule: (fn: () => void, ms: number) => void;
}): void {
  const { spec, req, res, record, schedule } = params;
  if (spec.delayMs && spec.delayMs > 0) {
    const rest = { ...spec, delayMs: 0 };
    return schedule(() => (res.destroyed ? undefined : sendSpec({ ...params, spec: rest })), spec.delayMs);
  }
  const headers: OutgoingHttpHeaders = {};
  headers['content-type'] = `${spec.contentType ?? 'text/plain'}${spec.charset ? `; charset=${spec.charset}` : ''}`;
  if (spec.etag) headers.etag = spec.etag;
  if (spec.lastModified) headers['last-modified'] = spec.lastModified;
  if (spec.redirectTo) headers.location = spec.redirectTo;
  if (spec.compress) headers['content-encoding'] = spec.compress;
  Object.assign(headers, spec.headers);
  if (isNotModified(spec, req)) {
    const validators: OutgoingHttpHeaders = {};
    if (spec.etag) validators.etag = spec.etag;
    if (spec.lastModified) validators['last-modified'] = spec.lastModified;
    return void res.writeHead(304, validators).end();
  }
  const status = spec.status ?? (spec.redirectTo ? 302 : 200);

  if (spec.hugeBodyBytes !== undefined) {
    if (!spec.chunked) headers['content-length'] = spec.hugeBodyBytes;
    res.writeHead(status, headers);
    return streamFiller(res, spec.hugeBodyBytes, record);
  }
  const raw =
    typeof spec.body === 'string'
      ? spec.encodeAs
        ? iconv.encode(spec.body, spec.encodeAs)
        : Buffer.from(spec.body, 'utf8')
      : (spec.body ?? Buffer.alloc(0));
  const bytes = compressed(raw, spec.compress);
  if (spec.stallAfterHeaders) {
    res.writeHead(status, headers);
    res.flushHeaders();
    if (bytes.length > 0) res.write(bytes);
    record.bytesSent = bytes.length;
    return;
  }
  if (!spec.chunked) headers['content-length'] = bytes.length;
  res.writeHead(status, headers);
  record.bytesSent = bytes.length;
  res.end(bytes);
}
