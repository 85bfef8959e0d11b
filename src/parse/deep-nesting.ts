/** Estimated nesting beyond which markup is treated as hostile; real pages stay well under 100. */
export const MAX_NESTING = 2000;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'rt',
  'rp',
]);

/** The deepest nesting the tags of `html` reach, counting only elements that do not close themselves. */
export function estimateNesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (NOT_NESTING.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * HTML parsing and CSS selection are quadratic in nesting depth (40,000 nested `<div>`s take seconds).
 * For markup nested beyond `MAX_NESTING`, keeps only paragraph and line breaks so the text survives, flat.
 */
export function defuseDeepNesting(html: string): string {
  if (estimateNesting(html) <= MAX_NESTING) return html;
  return html.replace(TAG, (_tag, closing: string, name: string) => (/^(p|br)$/i.test(name) ? `<${closing}${name.toLowerCase()}>` : ' '));
}
