/** Tags the Bot API accepts in `parse_mode: 'HTML'`, with the attributes each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  ins: [],
  s: [],
  strike: [],
  del: [],
  a: ['href'],
  code: ['class'],
  pre: [],
  blockquote: ['expandable'],
  'tg-spoiler': [],
  span: ['class'],
  'tg-emoji': ['emoji-id'],
};
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** The outcome of parsing a message as Telegram would: its visible text, or the Bot API's complaint. */
export type HtmlCheck = { ok: true; text: string } | { ok: false; error: string };

/**
 * Parses Telegram HTML strictly, as the Bot API does: only supported tags, balanced and properly nested,
 * every `<`, `>` and `&` that is not markup escaped. Returns the visible text (what the 4,096 limit counts).
 */
export function checkTelegramHtml(html: string): HtmlCheck {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return fail(`unclosed start tag at byte offset ${i}`);
      const tag = parseTag(html.slice(i + 1, end));
      if (!tag) return fail(`unsupported start tag "${html.slice(i, end + 1)}" at byte offset ${i}`);
      if (tag.closing) {
        if (stack.pop() !== tag.name) return fail(`unmatched end tag </${tag.name}> at byte offset ${i}`);
      } else {
        stack.push(tag.name);
      }
      i = end + 1;
    } else if (ch === '>') {
      return fail(`unescaped ">" at byte offset ${i}`);
    } else if (ch === '&') {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12));
      const value = m ? decodeEntity(m[1]!) : null;
      if (value === null) return fail(`unsupported or unescaped entity at byte offset ${i}`);
      text += value;
      i += m![0].length;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (stack.length > 0) return fail(`can't find end tag corresponding to start tag "${stack.at(-1)}"`);
  if (text.trim() === '') return { ok: false, error: 'Bad Request: message text is empty' };
  return { ok: true, text };
}

function parseTag(inner: string): { name: string; closing: boolean } | null {
  const m = /^(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*"|='[^'<>]*')?)*)\s*$/i.exec(inner);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const allowed = ALLOWED[name];
  if (!allowed) return null;
  const closing = m[1] === '/';
  const attrs = [...m[3]!.matchAll(/([a-z-]+)(?:=("[^"]*"|'[^']*'))?/gi)];
  if (closing && attrs.length > 0) return null;
  if (attrs.some((a) => !allowed.includes(a[1]!.toLowerCase()))) return null;
  if (attrs.some((a) => a[2] !== undefined && /&(?!(#x[0-9a-f]+|#\d+|lt|gt|amp|quot);)/i.test(a[2]))) return null;
  return { name, closing };
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function fail(reason: string): HtmlCheck {
  return { ok: false, error: `Bad Request: can't parse entities: ${reason}` };
}
