import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, normalizeCharset, sniffCharset } from '../../src/fetch/charset.ts';

const RUSSIAN = 'Землетрясение у побережья: жители вышли на улицы';
const FRENCH = 'Déjà vu à Zürich : la façade rénovée coûte cher';

const xml = (encoding: string, text: string): string =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<rss><channel><title>${text}</title></channel></rss>`;
const html = (meta: string, text: string): string =>
  `<!doctype html><html><head>${meta}<title>t</title></head><body><p>${text}</p></body></html>`;

describe('normalizeCharset', () => {
  it('canonicalises aliases and refuses unknown names', () => {
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('"cp1251"')).toBe('windows-1251');
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('KOI8-R')).toBe('koi8-r');
    expect(normalizeCharset('x-totally-bogus')).toBeNull();
    expect(normalizeCharset('')).toBeNull();
  });
});

describe('charsetFromContentType', () => {
  it('reads quoted and unquoted parameters', () => {
    expect(charsetFromContentType('text/xml; charset="KOI8-R"')).toBe('KOI8-R');
    expect(charsetFromContentType('text/html;charset=windows-1251; x=y')).toBe('windows-1251');
    expect(charsetFromContentType('application/rss+xml')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});

describe('decodeBody', () => {
  it('decodes windows-1251 named by the Content-Type header', () => {
    const result = decodeBody(iconv.encode(RUSSIAN, 'windows-1251'), 'text/plain; charset=windows-1251');
    expect(result).toEqual({ text: RUSSIAN, charset: 'windows-1251' });
  });

  it('decodes KOI8-R named only by the XML declaration', () => {
    const body = xml('KOI8-R', RUSSIAN);
    const result = decodeBody(iconv.encode(body, 'koi8-r'), 'application/rss+xml');
    expect(result.charset).toBe('koi8-r');
    expect(result.text).toBe(body);
  });

  it('decodes ISO-8859-1 named by an HTML http-equiv meta tag', () => {
    const body = html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', FRENCH);
    const result = decodeBody(iconv.encode(body, 'latin1'), 'text/html');
    expect(result.text).toContain(FRENCH);
  });

  it('decodes windows-1251 named by <meta charset>', () => {
    const body = html('<meta charset="windows-1251">', RUSSIAN);
    expect(decodeBody(iconv.encode(body, 'windows-1251'), null).text).toContain(RUSSIAN);
  });

  it('prefers a BOM over a contradicting header', () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RUSSIAN, 'utf-16le')]);
    expect(decodeBody(bom, 'text/plain; charset=windows-1251')).toEqual({ text: RUSSIAN, charset: 'utf-16le' });
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]);
    expect(decodeBody(utf8Bom, 'text/plain; charset=koi8-r').text).toBe(FRENCH);
  });

  it('skips a bogus header charset and uses the document declaration', () => {
    const body = xml('windows-1251', RUSSIAN);
    expect(decodeBody(iconv.encode(body, 'windows-1251'), 'text/xml; charset=x-no-such-thing')).toEqual({
      text: body,
      charset: 'windows-1251',
    });
  });

  it('ignores a header claiming UTF-8 when the bytes are not UTF-8 and the document says otherwise', () => {
    const body = xml('koi8-r', RUSSIAN);
    expect(decodeBody(iconv.encode(body, 'koi8-r'), 'text/xml; charset=utf-8').text).toBe(body);
  });

  it('trusts a UTF-8 declaration over a server default of ISO-8859-1 when the bytes are UTF-8', () => {
    const body = xml('utf-8', FRENCH);
    expect(decodeBody(Buffer.from(body), 'text/xml; charset=ISO-8859-1')).toEqual({ text: body, charset: 'utf-8' });
  });

  it('falls back to UTF-8, then windows-1252, with no declaration at all', () => {
    expect(decodeBody(Buffer.from(RUSSIAN), null)).toEqual({ text: RUSSIAN, charset: 'utf-8' });
    expect(decodeBody(iconv.encode(FRENCH, 'windows-1252'), 'text/plain')).toEqual({ text: FRENCH, charset: 'windows-1252' });
  });

  it('never throws on nonsense labels anywhere', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="%%%"?><a>é</a>', 'latin1');
    expect(() => decodeBody(body, 'text/xml; charset=;;')).not.toThrow();
    expect(sniffCharset(body, 'text/xml; charset=nope').charset).toBe('windows-1252');
  });
});
