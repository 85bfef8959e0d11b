/** Escapes text for Telegram HTML: `&`, `<`, `>` and `"` (so the same text is safe in attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Bold text. */
export const bold = (text: string): string => `<b>${escapeHtml(text)}</b>`;

/** Italic text. */
export const italic = (text: string): string => `<i>${escapeHtml(text)}</i>`;

/** Monospace text. */
export const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

/** A link when the URL is http(s); otherwise just the escaped text, so no other scheme reaches a message. */
export function link(url: string | null, text: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}
