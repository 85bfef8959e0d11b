import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startFixtureServer } from '../support/fixture-server.ts';

function get(
  url: string,
  headers: http.OutgoingHttpHeaders = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('fixture server', () => {
  it('serves declarative routes, logs requests, answers 404 for unknown paths', async () => {
    const server = await startFixtureServer();
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      server.route('/feed', { body: 'Привет', encodeAs: 'koi8-r', charset: 'koi8-r', etag: '"e1"', contentType: 'text/xml' });
      const first = await get(server.url('/feed?a=1'), { 'x-test': 'yes' });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toBe('text/xml; charset=koi8-r');
      expect(first.body).toEqual(Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]));
      expect((await get(server.url('/feed'), { 'if-none-match': '"e1"' })).status).toBe(304);
      expect((await get(server.url('/missing'))).status).toBe(404);
      expect(server.requests.map((r) => r.path)).toEqual(['/feed?a=1', '/feed', '/missing']);
      expect(server.requestsTo('/feed')[0]!.headers['x-test']).toBe('yes');
      expect(server.requestsTo('/feed')[0]).toMatchObject({ finished: true, closedEarly: false });
    } finally {
      await server.close();
    }
  });

  it('closes promptly even while a response is stalled', async () => {
    const server = await startFixtureServer();
    server.route('/stall', { stallAfterHeaders: true, body: 'partial' });
    const headersSeen = new Promise<void>((resolve) => {
      http.get(server.url('/stall'), { agent: false }, () => resolve()).on('error', () => undefined);
    });
    await headersSeen;
    expect(server.inFlight()).toBe(1);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(500);
  });
});
