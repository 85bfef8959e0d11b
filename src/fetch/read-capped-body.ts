import zlib from 'node:zlib';
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { FetchError, formatBytes } from './fetch-error.ts';

function tooLarge(maxBytes: number, url: string): FetchError {
  return new FetchError({ code: 'too-large', message: `body exceeds ${formatBytes(maxBytes)}`, url });
}

function decoderFor(encoding: string, firstChunk: Buffer): Transform | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  if (encoding === 'deflate') {
    const zlibWrapped = firstChunk.length >= 2 && (firstChunk[0]! & 0x0f) === 8 && ((firstChunk[0]! << 8) | firstChunk[1]!) % 31 === 0;
    return zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
  }
  return null;
}

/**
 * Reads a response body, decompressing gzip/deflate/br, and rejects with 'too-large' as soon as either the
 * bytes on the wire or the decompressed bytes pass `maxBytes` (or Content-Length says they will).
 * The caller destroys the socket on rejection.
 */
export function readCappedBody(params: { response: IncomingMessage; maxBytes: number; url: string }): Promise<Buffer> {
  const { response, maxBytes, url } = params;
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge(maxBytes, url));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let bodyBytes = 0;
    let decoder: Transform | null | undefined;
    let done = false;
    const fail = (error: unknown): void => {
      if (done) return;
      done = true;
      decoder?.destroy();
      reject(error);
    };
    const collect = (chunk: Buffer): void => {
      bodyBytes += chunk.length;
      if (bodyBytes > maxBytes) return fail(tooLarge(maxBytes, url));
      chunks.push(chunk);
    };
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, bodyBytes));
    };
    response.on('data', (chunk: Buffer) => {
      if (done) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) return fail(tooLarge(maxBytes, url));
      if (decoder === undefined) {
        decoder = decoderFor(encoding, chunk);
        decoder?.on('data', collect);
        decoder?.on('end', finish);
        decoder?.on('error', (error) =>
          fail(new FetchError({ code: 'network', message: `could not decompress ${encoding} body (${error.message})`, url, cause: error })),
        );
      }
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    response.on('end', () => (decoder ? decoder.end() : finish()));
    response.on('error', fail);
    response.on('close', () => {
      if (!response.complete) fail(new FetchError({ code: 'network', message: 'connection closed before the body was complete', url }));
    });
  });
}
