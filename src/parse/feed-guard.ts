import { FeedParseError } from './feed-parse-error.ts';
import { repairXmlText } from './xml-repair.ts';

/** True when the document has a DOCTYPE and declares entities anywhere outside CDATA (wherever the DTD hides them). */
function declaresEntities(xml: string): boolean {
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return /<!DOCTYPE/i.test(markup) && /<!ENTITY/i.test(markup);
}

function looksLikeHtml(text: string): boolean {
  const start = text
    .replace(/^<\?xml[^>]*\?>/i, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->)+/, '')
    .slice(0, 512)
    .toLowerCase();
  return /^<(?:!doctype html|html|head|body|meta|title)[\s>]/.test(start);
}

/**
 * Checks a decoded feed body before it reaches the XML parser and returns it ready to parse:
 * refuses empty bodies, DTDs that declare entities (billion laughs) and HTML pages,
 * drops the BOM and the XML declaration's `encoding` (the text is already decoded) and repairs bare `&`s.
 */
export function guardFeedText({ xml, feedUrl }: { xml: string; feedUrl: string }): string {
  const text = xml.replace(/^\ufeff/, '').trim();
  if (!text) {
    throw new FeedParseError({ code: 'empty-body', message: `Feed ${feedUrl} returned an empty body` });
  }
  if (declaresEntities(text)) {
    throw new FeedParseError({
      code: 'entities',
      message: `Feed ${feedUrl} declares XML entities in its DTD; refused to protect against entity expansion attacks`,
    });
  }
  if (!text.startsWith('<')) {
    const kind = /^[[{]/.test(text) ? 'JSON (JSON Feed is not supported)' : 'plain text';
    const message = `${feedUrl} returned ${kind}, not a feed (RSS, Atom or RDF expected)`;
    throw new FeedParseError({ code: 'not-a-feed', message });
  }
  if (looksLikeHtml(text)) {
    throw new FeedParseError({
      code: 'not-a-feed',
      message: `${feedUrl} looks like an HTML page, not a feed (RSS, Atom or RDF expected)`,
    });
  }
  return repairXmlText(text.replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/i, '$1'));
}
