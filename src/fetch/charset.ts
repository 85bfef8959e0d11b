import iconv from 'iconv-lite';

/** Where the chosen charset came from. */
export type CharsetSource = 'bom' | 'header' | 'xml' | 'meta' | 'default';

const LATIN1_ALIASES = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'x-cp1252',
  'windows-1252',
  'cp819',
]);
const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);
const PRESCAN_BYTES = 4096;

/** A charset label made canonical and checked against iconv-lite, or null if unknown. Latin-1 and ASCII become windows-1252, as browsers do. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (UTF8_ALIASES.has(name)) return 'utf-8';
  if (LATIN1_ALIASES.has(name)) return 'windows-1252';
  const windows = /^(?:cp|x-cp|win)-?(125\d)$/.exec(name);
  if (windows) return `windows-${windows[1]}`;
  return name && iconv.encodingExists(name) ? name : null;
}

/** The raw `charset=` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2] ?? null;
}

/** The charset named by a byte-order mark, if the bytes start with one. */
export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The raw charset label an XML declaration or an HTML meta tag names in the first bytes of the document. */
export function charsetFromDocument(bytes: Uint8Array): { label: string; source: 'xml' | 'meta' } | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta?.[1]) return { label: meta[1], source: 'meta' };
  return null;
}

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/** Picks the charset for a body: BOM, then Content-Type, then XML declaration, then HTML meta, else UTF-8 (windows-1252 if the bytes are not UTF-8). A declared UTF-8 that the bytes contradict is ignored. */
export function sniffCharset(bytes: Uint8Array, contentType: string | null): { charset: string; source: CharsetSource } {
  const bom = charsetFromBom(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  let utf8: boolean | undefined;
  const validUtf8 = (): boolean => (utf8 ??= isValidUtf8(bytes));
  const found = charsetFromDocument(bytes);
  let declared = normalizeCharset(found?.label);
  if (declared?.startsWith('utf-16')) declared = 'utf-8';
  const header = normalizeCharset(charsetFromContentType(contentType));
  if (header && !(header === 'utf-8' && !validUtf8())) {
    const utf8Mislabelled = header === 'windows-1252' && declared === 'utf-8' && hasNonAscii(bytes) && validUtf8();
    return utf8Mislabelled ? { charset: 'utf-8', source: found?.source ?? 'xml' } : { charset: header, source: 'header' };
  }
  if (found && declared && !(declared === 'utf-8' && !validUtf8())) return { charset: declared, source: found.source };
  return { charset: validUtf8() ? 'utf-8' : 'windows-1252', source: 'default' };
}

/** Decodes a response body to text using the charset `sniffCharset` picks; never throws on bogus labels. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const { charset } = sniffCharset(bytes, contentType);
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset), charset };
}
