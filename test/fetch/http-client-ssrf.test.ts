import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/fetch/address-policy.ts';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import type { ResolvedAddress } from '../../src/fetch/guarded-lookup.ts';
import { HttpClient } from '../../src/fetch/http-client.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import type { FixtureServer } from '../support/fixture-server.ts';
import { rejection } from '../support/rejection.ts';

const failure = (promise: Promise<unknown>) => rejection(promise, FetchError);

let server: FixtureServer;
beforeAll(async () => (server = await startFixtureServer()));
afterAll(() => server.close());
beforeEach(() => {
  server.resetStats();
  server.route('/feed', { body: 'secret' });
});

function fakeDns(table: Record<string, string[]>): (hostname: string) => Promise<ResolvedAddress[]> {
  return async (hostname) => (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

/** Treats the fixture server's 127.0.0.1 as if it were a public address, so hops that pass through it can be tested. */
const loopbackCountsAsPublic = (address: string): boolean => address === '127.0.0.1' || isPublicAddress(address);

describe('SSRF guard (default policy)', () => {
  const guarded = new HttpClient({ timeoutMs: 2_000 });

  it.each([
    ['http://127.0.0.1:PORT/feed', 'refused: 127.0.0.1 is a loopback address'],
    ['http://10.0.0.1/feed', 'refused: 10.0.0.1 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
    ['http://[::1]:PORT/feed', 'refused: ::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]:PORT/feed', 'a loopback address'],
    ['http://0.0.0.0:PORT/feed', 'an unspecified address'],
    ['http://2130706433:PORT/feed', 'refused: 127.0.0.1 is a loopback address'],
    ['https://100.64.0.1/feed', 'a carrier-grade NAT address'],
  ])('refuses the literal %s', async (template, message) => {
    const error = await failure(guarded.fetch(template.replace('PORT', String(server.port))));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain(message);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a host name that resolves to a private address, naming both', async () => {
    const client = new HttpClient({ lookup: fakeDns({ 'feeds.example': ['10.0.0.5'] }) });
    const error = await failure(client.fetch('http://feeds.example/rss'));
    expect(error).toMatchObject({ code: 'blocked-address', message: 'refused: feeds.example resolves to 10.0.0.5, a private address' });
  });

  it('refuses a host name if any of its addresses is private', async () => {
    const client = new HttpClient({ lookup: fakeDns({ 'mixed.example': ['93.184.216.34', 'fd00::7'] }) });
    expect((await failure(client.fetch('http://mixed.example/rss'))).message).toContain('fd00::7, a unique-local address');
  });

  it('guards https the same way, before any TLS handshake', async () => {
    const client = new HttpClient({ lookup: fakeDns({ 'secure.example': ['192.168.0.10'] }) });
    const error = await failure(client.fetch('https://secure.example/feed'));
    expect(error.message).toBe('refused: secure.example resolves to 192.168.0.10, a private address');
  });

  it('refuses localhost through the real resolver', async () => {
    const error = await failure(guarded.fetch(`http://localhost:${server.port}/feed`));
    expect(error.code).toBe('blocked-address');
    expect(server.requests).toHaveLength(0);
  });

  it('reports a name that does not resolve as a dns error', async () => {
    const client = new HttpClient({ lookup: fakeDns({}) });
    expect((await failure(client.fetch('http://nowhere.example/'))).code).toBe('dns');
  });
});

describe('SSRF guard on redirect hops', () => {
  const lookup = fakeDns({ 'public.test': ['127.0.0.1'], 'internal.test': ['10.0.0.5'] });
  const client = new HttpClient({ lookup, isAllowedAddress: loopbackCountsAsPublic, timeoutMs: 2_000 });

  it('fetches through the injected policy when nothing private is involved', async () => {
    const result = await client.fetch(`http://public.test:${server.port}/feed`);
    expect(result.kind === 'ok' && result.text).toBe('secret');
  });

  it('refuses a redirect to a literal private address', async () => {
    server.route('/to-metadata', { redirectTo: 'http://169.254.169.254/latest/meta-data/' });
    const error = await failure(client.fetch(`http://public.test:${server.port}/to-metadata`));
    expect(error).toMatchObject({ code: 'blocked-address', message: 'refused: 169.254.169.254 is a link-local address' });
  });

  it('refuses a redirect to a name that resolves privately', async () => {
    server.route('/to-internal', { redirectTo: `http://internal.test:${server.port}/feed` });
    const error = await failure(client.fetch(`http://public.test:${server.port}/to-internal`));
    expect(error.message).toBe('refused: internal.test resolves to 10.0.0.5, a private address');
    expect(server.requests.map((r) => r.path)).toEqual(['/to-internal']);
  });

  it('checks the address actually connected to, so a name that rebinds between hops is caught', async () => {
    let calls = 0;
    const rebinding = new HttpClient({
      lookup: async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.1.2.3', family: 4 }],
      isAllowedAddress: loopbackCountsAsPublic,
    });
    server.route('/rebind', { redirectTo: '/feed' });
    const error = await failure(rebinding.fetch(`http://flip.test:${server.port}/rebind`));
    expect(error.message).toBe('refused: flip.test resolves to 10.1.2.3, a private address');
    expect(server.requestsTo('/feed')).toHaveLength(0);
  });

  it('lets everything through when allowPrivateNetworks is on', async () => {
    const open = new HttpClient({ allowPrivateNetworks: true });
    expect((await open.fetch(server.url('/feed'))).kind).toBe('ok');
    expect((await open.fetch(`http://[::ffff:127.0.0.1]:${server.port}/feed`)).kind).toBe('ok');
  });
});
