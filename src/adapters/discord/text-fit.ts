/** Escapes Discord markdown and mention syntax in text that came from feeds, so it shows as written. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>#]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Shortens text to at most `max` characters at a word boundary, with "…" when shortened.
 * Never cuts inside a word; a first word longer than `max` is dropped rather than cut (result "…").
 */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  const room = text.slice(0, max);
  const cut = room.lastIndexOf(' ');
  if (cut <= 0) return '…';
  const kept = room.slice(0, cut).replace(/[\s\\]+$/, '');
  return `${kept}…`;
}

/**
 * Packs lines into chunks of at most `max` characters (joined by newlines), keeping each line whole;
 * a line longer than `max` on its own is shortened with fitWords.
 */
export function packLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? fitWords(raw, max) : raw;
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= max) current = next;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** A safe masked link: only http(s) URLs, with parentheses encoded so the link cannot break out. */
export function link(label: string, url: string | null): string | null {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return null;
  return `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
