import type { CheerioAPI } from 'cheerio';
import { collapseWhitespace, nodeText, type DomNode } from '../parse/html-to-text.ts';
import { hintWeight } from './boilerplate.ts';
import { linkDensity, type TextStats } from './text-stats.ts';

const PARAGRAPHS = 'p, pre, blockquote';
const MIN_PARAGRAPH = 25;
/** Average paragraph length (characters) at or above which a block reads as prose rather than a list of blurbs. */
const PROSE_PARAGRAPH = 140;
const TAG_BASE: Record<string, number> = {
  article: 15,
  main: 8,
  div: 5,
  section: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  li: -3,
  form: -3,
  dl: -3,
  table: -3,
  h1: -5,
  h2: -5,
  h3: -5,
};

interface Tally {
  score: number;
  paragraphs: number;
  chars: number;
}

function baseScore($: CheerioAPI, node: DomNode): number {
  const element = $(node);
  const name = 'name' in node ? node.name.toLowerCase() : '';
  const itemprop = element.is('[itemprop="articleBody"]') ? 30 : 0;
  const hints = `${element.attr('class') ?? ''} ${element.attr('id') ?? ''}`;
  return (TAG_BASE[name] ?? 0) + itemprop + 10 * hintWeight(hints);
}

/** A `<div>` written like a paragraph: prose in its own text nodes, lines split by `<br>` (old CMS markup). */
function hasOwnProse(div: DomNode): boolean {
  if (!('children' in div)) return false;
  const own = div.children.reduce((sum, child) => sum + (child.type === 'text' ? child.data.trim().length : 0), 0);
  return own >= 100;
}

/** A paragraph that is a link, mostly links, or the blurb under a linked heading (a teaser card). */
function isTeaser($: CheerioAPI, stats: Map<DomNode, TextStats>, paragraph: DomNode): boolean {
  if (linkDensity(stats, paragraph) > 0.5 || $(paragraph).parents('a').length > 0) return true;
  const card = paragraph.parent;
  if (!card || card.type === 'root') return false;
  const linkedHeading = $(card)
    .children('h2, h3, h4, h5, h6')
    .toArray()
    .some((heading) => linkDensity(stats, heading) > 0.8);
  return linkedHeading && $(card).children('p').length <= 2;
}

/**
 * The one element a page marks as its article (a single `[itemprop=articleBody]`, else a single top-level
 * `<article>`) when it holds real text; listing pages with many `<article>` cards have none.
 */
export function markedArticle($: CheerioAPI, stats: Map<DomNode, TextStats>): DomNode | null {
  const holdsText = (node: DomNode): boolean => (stats.get(node)?.chars ?? 0) >= 300;
  const bodies = $('[itemprop="articleBody"]').toArray();
  if (bodies.length === 1 && bodies[0] && holdsText(bodies[0])) return bodies[0];
  const articles = $('article')
    .toArray()
    .filter((node) => $(node).parents('article').length === 0);
  return articles.length === 1 && articles[0] && holdsText(articles[0]) ? articles[0] : null;
}

/**
 * Readability-style scores: each paragraph of 25+ characters credits its parent, grandparent and great-grandparent
 * (commas and length earn more); tag and class/id hints set the starting score; the total is scaled down by link
 * density and for blocks of short blurbs (teaser lists).
 */
export function scoreCandidates(input: { $: CheerioAPI; stats: Map<DomNode, TextStats>; within: DomNode | null }): Map<DomNode, number> {
  const { $, stats, within } = input;
  const tallies = new Map<DomNode, Tally>();
  const scope = within ? $(within) : $.root();
  const paragraphs = [...scope.find(PARAGRAPHS).toArray(), ...scope.find('div').toArray().filter(hasOwnProse)];
  for (const paragraph of paragraphs) {
    const text = collapseWhitespace(nodeText(paragraph));
    if (text.length < MIN_PARAGRAPH || isTeaser($, stats, paragraph)) continue;
    const points = text.split(/[,，、]/).length + Math.min(Math.floor(text.length / 100), 3);
    let ancestor = paragraph.parent;
    for (let level = 0; ancestor && level < 3 && ancestor.type !== 'root'; level += 1) {
      const tally = tallies.get(ancestor) ?? { score: baseScore($, ancestor), paragraphs: 0, chars: 0 };
      tally.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      tally.paragraphs += 1;
      tally.chars += text.length;
      tallies.set(ancestor, tally);
      if (ancestor === within) break;
      ancestor = ancestor.parent;
    }
  }
  const scores = new Map<DomNode, number>();
  for (const [node, { score, paragraphs: count, chars }] of tallies) {
    const prose = Math.min(1, Math.max(0.3, chars / count / PROSE_PARAGRAPH));
    scores.set(node, score * (1 - linkDensity(stats, node)) * prose);
  }
  return scores;
}

/** The highest-scoring element, or null when no paragraph was long enough to score. */
export function bestCandidate(scores: Map<DomNode, number>): DomNode | null {
  let best: DomNode | null = null;
  let bestScore = -Infinity;
  for (const [node, score] of scores) {
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}
