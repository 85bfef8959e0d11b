import { loadHtml } from './html-to-text.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const LEXICAL = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)|&(#\d+;|#x[0-9a-fA-F]+;|([A-Za-z][A-Za-z0-9]*);)?/g;
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const named = new Map<string, string>();

function numericEntity(name: string): string {
  const cached = named.get(name);
  if (cached !== undefined) return cached;
  const decoded = loadHtml(`&${name};`).text();
  const code = decoded !== `&${name};` && decoded.length > 0 ? decoded.codePointAt(0) : undefined;
  const replacement = code !== undefined && [...decoded].length === 1 ? `&#${code};` : `&amp;${name};`;
  named.set(name, replacement);
  return replacement;
}

/**
 * Fixes the lexical slips real feeds make that strict XML refuses, outside CDATA and comments:
 * a bare `&` becomes `&amp;`, HTML named entities (`&eacute;`) become numeric ones, unknown ones are escaped,
 * and characters XML forbids are dropped. Structure is left alone: broken nesting stays an error.
 */
export function repairXmlText(xml: string): string {
  const repair = (match: string, verbatim?: string, reference?: string, name?: string): string => {
    if (verbatim) return verbatim;
    if (!reference) return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return match;
    return numericEntity(name);
  };
  return xml.replace(INVALID_XML_CHARS, '').replace(LEXICAL, repair);
}
