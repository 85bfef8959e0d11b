/**
 * Text cut to at most `max` characters (UTF-16 units, what chat platforms count) with "…" when cut: at the last word
 * that fits when that keeps more than half, else mid-word; never inside a surrogate pair; no dangling space or
 * punctuation before the ellipsis ("…the storm," reads "…the storm…").
 * @example clipAtWord('The river rose two metres overnight', 20) // 'The river rose two…'
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return max === 1 ? '…' : '';
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2 && /\S/u.test(text[max - 1] ?? ' ')) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
