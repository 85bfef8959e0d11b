import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/fetch/http-client.ts';
import type { FetchResult } from '../../src/fetch/http-client.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import type { FixtureResponseSpec, FixtureServer } from '../support/fixture-server.ts';

const RUSSIAN = 'Паводок в долине: эвакуированы три посёлка';
const FRENCH = 'Grève à l’aéroport ? Non : « réunion » prévue à Noël'.replace('’', "'");
const rss = (encoding: string | null, title: string): string =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>\n<rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`;

let server: FixtureServer;
const client = new HttpClient({ allowPrivateNetworks: true });
beforeAll(async () => (server = await startFixtureServer()));
afterAll(() => server.close());

async function textOf(path: string, spec: FixtureResponseSpec): Promise<Extract<FetchResult, { kind: 'ok' }>> {
  server.route(path, spec);
  const result = await client.fetch(server.url(path));
  if (result.kind !== 'ok') throw new Error('expected a body');
  return result;
}

describe('HttpClient charset decoding end to end', () => {
  it.each([
    ['windows-1251', RUSSIAN, 'windows-1251'],
    ['KOI8-R', RUSSIAN, 'koi8-r'],
    ['ISO-8859-1', FRENCH, 'windows-1252'],
  ])('decodes %s named in the Content-Type header', async (charset, title, reported) => {
    const result = await textOf(`/hdr-${charset}`, {
      body: rss(null, title),
      encodeAs: charset,
      charset,
      contentType: 'application/rss+xml',
    });
    expect(result.text).toContain(title);
    expect(result.charset).toBe(reported);
  });

  it.each([
    ['windows-1251', RUSSIAN],
    ['KOI8-R', RUSSIAN],
    ['ISO-8859-1', FRENCH],
  ])('decodes %s named only in the XML declaration', async (charset, title) => {
    const result = await textOf(`/xml-${charset}`, { body: rss(charset, title), encodeAs: charset, contentType: 'text/xml' });
    expect(result.text).toContain(`<title>${title}</title>`);
  });

  it.each([
    ['windows-1251', 'x-unknown-charset'],
    ['KOI8-R', 'utf-8'],
    ['windows-1251', 'UTF8'],
  ])('decodes %s despite a wrong header charset (%s) by trusting the XML declaration', async (charset, wrong) => {
    const result = await textOf(`/wrong-${charset}-${wrong}`, {
      body: rss(charset, RUSSIAN),
      encodeAs: charset,
      charset: wrong,
      contentType: 'application/rss+xml',
    });
    expect(result.text).toContain(RUSSIAN);
  });

  it('decodes a Latin-1 page with no charset anywhere as windows-1252 instead of mangling it', async () => {
    const result = await textOf('/bare-latin1', { body: `<p>${FRENCH}</p>`, encodeAs: 'latin1', contentType: 'text/html' });
    expect(result).toMatchObject({ text: `<p>${FRENCH}</p>`, charset: 'windows-1252' });
  });

  it('decodes a gzip-compressed windows-1251 HTML page named by <meta charset>', async () => {
    const page = `<html><head><meta charset="windows-1251"></head><body>${RUSSIAN}</body></html>`;
    const result = await textOf('/meta-1251', { body: page, encodeAs: 'windows-1251', compress: 'gzip', contentType: 'text/html' });
    expect(result.text).toBe(page);
  });
});
