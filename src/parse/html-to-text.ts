import { contains, load } from 'cheerio';

/** A node of cheerio's parsed tree. */
export type DomNode = Parameters<typeof contains>[1];

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'figure', 'figcaption', 'address', 'details', 'summary', 'center', 'form', 'fieldset',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);

/** Whitespace collapsed to single spaces and trimmed, non-breaking and zero-width spaces included. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Visits nodes in document order, writing text and starting a new paragraph at block boundaries and `<br>`. */
export function collectParagraphs(nodes: DomNode[], skip: (node: DomNode) => boolean = () => false): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (!('children' in node) || skip(node)) return;
    const name = 'name' in node ? node.name.toLowerCase() : '';
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') return flush();
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  for (const node of nodes) visit(node);
  flush();
  return paragraphs;
}

/** Plain text of an HTML fragment: tags removed, entities decoded, one paragraph per line. */
export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  const $ = load(html, null, false);
  return collectParagraphs($.root().contents().toArray()).join('\n');
}

/** Single-line plain text of an HTML fragment, for titles and names. */
export function htmlToLine(html: string): string {
  return collapseWhitespace(htmlToText(html).replace(/\n/g, ' '));
}
