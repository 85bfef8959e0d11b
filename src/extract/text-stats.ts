import { collapseWhitespace, type DomNode } from '../parse/html-to-text.ts';

/** How much visible text an element holds, and how much of it sits inside links. */
export interface TextStats {
  chars: number;
  linkChars: number;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Text and link-text lengths of every element under `root`, in one iterative pass. */
export function measureText(root: DomNode): Map<DomNode, TextStats> {
  const stats = new Map<DomNode, TextStats>();
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop() as { node: DomNode; leaving: boolean };
    if (!('children' in node)) continue;
    if (!leaving) {
      stack.push({ node, leaving: true });
      for (const child of node.children) stack.push({ node: child, leaving: false });
      continue;
    }
    const isLink = 'name' in node && node.name.toLowerCase() === 'a';
    const total: TextStats = { chars: 0, linkChars: 0 };
    for (const child of node.children) {
      if (child.type === 'text') {
        const length = collapseWhitespace(child.data).length;
        total.chars += length;
        if (isLink) total.linkChars += length;
        continue;
      }
      if ('name' in child && INVISIBLE.has(child.name.toLowerCase())) continue;
      const inner = stats.get(child);
      if (!inner) continue;
      total.chars += inner.chars;
      total.linkChars += isLink ? inner.chars : inner.linkChars;
    }
    stats.set(node, total);
  }
  return stats;
}

/** Share of an element's text inside links (0 when it has no text). */
export function linkDensity(stats: Map<DomNode, TextStats>, node: DomNode): number {
  const entry = stats.get(node);
  return entry && entry.chars ? Math.min(1, entry.linkChars / entry.chars) : 0;
}
