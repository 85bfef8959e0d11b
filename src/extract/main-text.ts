import type { Cheerio, CheerioAPI } from 'cheerio';
import { collectParagraphs, type DomNode } from '../parse/html-to-text.ts';
import { hasNegativeHint, hintWeight, isBoilerplateLine, JUNK_SELECTOR } from './boilerplate.ts';
import { bestCandidate, markedArticle, scoreCandidates } from './content-score.ts';
import { linkDensity, measureText, type TextStats } from './text-stats.ts';

const PROTECTED = 'html, body, article, main, [itemprop="articleBody"]';
const INLINE_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'span',
  'a',
  'u',
  'small',
  'mark',
  'sup',
  'sub',
  'abbr',
  'cite',
  'q',
  'code',
  'time',
]);
const TEXT_PARENTS = new Set([...INLINE_TAGS, 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'dd', 'dt', 'pre']);
const LINK_LIST_TAGS = new Set(['div', 'ul', 'ol', 'li', 'p', 'section', 'span', 'nav', 'table', 'tr', 'td']);

function classAndId(node: Cheerio<DomNode>): string {
  return `${node.attr('class') ?? ''} ${node.attr('id') ?? ''}`;
}

function removeFurniture($: CheerioAPI): void {
  $(JUNK_SELECTOR).remove();
  $('h1, [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i]').remove();
  $('time')
    .filter((_, el) => $(el).closest('p').length === 0)
    .remove();
  const keep = new Set<DomNode>();
  for (const element of $(PROTECTED).toArray()) {
    for (let node: DomNode | null = element; node && !keep.has(node); node = node.parent) keep.add(node);
  }
  $('[class], [id]').each((_, el) => {
    const node = $(el);
    if (keep.has(el)) return;
    if (hasNegativeHint(classAndId(node)) && hintWeight(classAndId(node)) <= 0) node.remove();
  });
}

interface Scored {
  $: CheerioAPI;
  scores: Map<DomNode, number>;
  stats: Map<DomNode, TextStats>;
}

function withSiblings({ $, top, scores, stats, within }: Scored & { top: DomNode; within: DomNode | null }): DomNode[] {
  const parent = top.parent;
  if (!parent || parent.type === 'root' || top === within) return [top];
  const threshold = Math.max(10, (scores.get(top) ?? 0) * 0.2);
  return $(parent)
    .children()
    .toArray()
    .filter((sibling) => {
      if (sibling === top || (scores.get(sibling) ?? 0) >= threshold) return true;
      return sibling.name === 'p' && (stats.get(sibling)?.chars ?? 0) > 80 && linkDensity(stats, sibling) < 0.25;
    });
}

function hasText(node: DomNode | null): boolean {
  return !!node && node.type === 'text' && node.data.trim() !== '';
}

/** A link with no text beside it (not part of a sentence): a "related" or "more" link. */
function isStandalone(link: DomNode): boolean {
  let previous = link.prev;
  while (previous && previous.type === 'text' && !previous.data.trim()) previous = previous.prev;
  let next = link.next;
  while (next && next.type === 'text' && !next.data.trim()) next = next.next;
  const named = (node: DomNode | null, tags: Set<string>): boolean => !!node && 'name' in node && tags.has(node.name);
  const beside = [previous, next].some((node) => hasText(node) || named(node, INLINE_TAGS));
  return !beside && !named(link.parent, TEXT_PARENTS);
}

/** The page's article paragraphs in reading order, with navigation, ads, captions and other furniture removed. */
export function mainText($: CheerioAPI): string[] {
  removeFurniture($);
  const root = $.root()[0];
  const stats = root ? measureText(root) : new Map<DomNode, TextStats>();
  const within = markedArticle($, stats);
  const scores = scoreCandidates({ $, stats, within });
  const top = bestCandidate(scores);
  const body = $('body').toArray();
  const fallback = within ? [within] : body.length ? body : $.root().toArray();
  const roots = top ? withSiblings({ $, top, scores, stats, within }) : fallback;
  const isLinkList = (node: DomNode): boolean => {
    if ('name' in node && node.name === 'a') return isStandalone(node);
    const chars = stats.get(node)?.chars ?? 0;
    const listTag = 'name' in node && LINK_LIST_TAGS.has(node.name);
    return listTag && chars > 0 && chars < 200 && linkDensity(stats, node) > 0.5;
  };
  return collectParagraphs(roots, isLinkList).filter((line) => !isBoilerplateLine(line));
}
