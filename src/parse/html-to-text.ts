import { contains, load, type CheerioAPI } from 'cheerio';
import { defuseDeepNesting } from './deep-nesting.ts';

/** A node of cheerio's parsed tree. */
export type DomNode = Parameters<typeof contains>[1];

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'center',
  'form',
  'fieldset',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);

/**
 * Characters feed text must not carry into any output: C0 and C1 controls, zero-width spaces, and the
 * bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which can reverse how a title,
 * a link or the bot's own words around them display (a headline that reads one way and says another).
 */
export const UNSAFE_TEXT_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u200c\u200d\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Feed text without the characters of UNSAFE_TEXT_CHARS (line breaks and tabs kept). */
export function stripUnsafeChars(text: string): string {
  return text.replace(UNSAFE_TEXT_CHARS, '');
}

/** Whitespace collapsed to single spaces and trimmed, non-breaking and zero-width spaces included; unsafe controls removed. */
export function collapseWhitespace(text: string): string {
  return stripUnsafeChars(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

type Step = { node: DomNode; leaving: boolean };

/**
 * Visits nodes in document order, writing text and starting a new paragraph at block boundaries and `<br>`.
 * Iterative, so deeply nested garbage cannot overflow the stack; `skip` leaves out whole subtrees.
 */
export function collectParagraphs(nodes: DomNode[], skip: (node: DomNode) => boolean = () => false): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: Step[] = nodes.map((node) => ({ node, leaving: false })).reverse();
  while (stack.length) {
    const { node, leaving } = stack.pop() as Step;
    if (leaving) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      current += node.data;
      continue;
    }
    if (!('children' in node) || skip(node)) continue;
    const name = 'name' in node ? node.name.toLowerCase() : '';
    if (SKIP_TAGS.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      stack.push({ node: node.children[i] as DomNode, leaving: false });
    }
  }
  flush();
  return paragraphs;
}

/** All text under a node (scripts and styles excluded), without recursion. */
export function nodeText(root: DomNode): string {
  let text = '';
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') text += node.data;
    else if ('children' in node && !('name' in node && SKIP_TAGS.has(node.name.toLowerCase()))) {
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
    }
  }
  return text;
}

/**
 * Parses HTML with htmlparser2 (parse5 is far slower on deep nesting) after defusing hostile nesting;
 * lenient with the broken markup feeds and pages carry.
 */
export function loadHtml(html: string): CheerioAPI {
  return load(defuseDeepNesting(html), { xml: { xmlMode: false, decodeEntities: true } }, false);
}

/** Plain text of an HTML fragment: tags removed, entities decoded, one paragraph per line. */
export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  const $ = loadHtml(html);
  return collectParagraphs($.root().contents().toArray()).join('\n');
}

/** Single-line plain text of an HTML fragment, for titles and names. */
export function htmlToLine(html: string): string {
  return collapseWhitespace(htmlToText(html).replace(/\n/g, ' '));
}
