/** The most characters one Telegram message may hold. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

type Token = { kind: 'open'; name: string; raw: string } | { kind: 'close'; name: string; raw: string } | { kind: 'text'; raw: string };
type Cut = { at: number; rank: number; used: number; stack: Token[] };

/**
 * Splits Telegram HTML into messages of at most `limit` characters (markup included, so the visible text
 * is always within Telegram's limit). Cuts prefer paragraph breaks, then line breaks, then spaces, and never
 * fall inside a tag, an entity or a surrogate pair; tags open at a cut are closed and re-opened, so every
 * part is valid HTML on its own.
 */
export function splitHtml(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html.trim());
  const parts: string[] = [];
  let start = 0;
  let stack: Token[] = [];
  while (start < tokens.length) {
    while (start < tokens.length && isSpace(tokens[start]!)) start++;
    if (start >= tokens.length) break;
    const prefix = stack.map((t) => t.raw).join('');
    const result = fill({ tokens, start, stack, prefix, limit });
    const body =
      prefix +
      tokens
        .slice(start, result.end)
        .map((t) => t.raw)
        .join('');
    const part = (body.trimEnd() + closing(result.stack)).trim();
    if (visible(part)) parts.push(part);
    start = result.end;
    stack = result.stack;
  }
  return parts;
}

function fill({
  tokens,
  start,
  stack: initial,
  prefix,
  limit,
}: {
  tokens: Token[];
  start: number;
  stack: Token[];
  prefix: string;
  limit: number;
}): { end: number; stack: Token[] } {
  const stack = [...initial];
  let length = prefix.length;
  let seenText = false;
  const latest: (Cut | undefined)[] = [];
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    const after = token.kind === 'open' ? [...stack, token] : token.kind === 'close' ? stack.slice(0, -1) : stack;
    if (length + token.raw.length + closing(after).length > limit && seenText) {
      const cut = chooseCut(latest, (limit - prefix.length) / 3);
      return cut ? { end: cut.at, stack: cut.stack } : { end: i, stack };
    }
    if (token.kind === 'text' && seenText && (token.raw === '\n' || token.raw === ' ')) {
      const rank = token.raw === ' ' ? 0 : tokens[i - 1]?.raw === '\n' ? 2 : 1;
      for (let r = 0; r <= rank; r++) latest[r] = { at: i, rank, used: length - prefix.length, stack: [...stack] };
    }
    if (token.kind === 'open') stack.push(token);
    if (token.kind === 'close') stack.pop();
    if (token.kind === 'text' && !isSpace(token)) seenText = true;
    length += token.raw.length;
  }
  return { end: tokens.length, stack };
}

/** The latest paragraph break that keeps the part at least `floor` long, else a line break, else a space. */
function chooseCut(latest: (Cut | undefined)[], floor: number): Cut | undefined {
  for (let rank = 2; rank >= 0; rank--) {
    const cut = latest[rank];
    if (cut && cut.used >= floor) return cut;
  }
  return latest[0];
}

function closing(stack: Token[]): string {
  return [...stack]
    .reverse()
    .map((t) => `</${(t as { name: string }).name}>`)
    .join('');
}

function isSpace(token: Token): boolean {
  return token.kind === 'text' && /^\s$/.test(token.raw);
}

function visible(part: string): boolean {
  return part.replace(/<[^>]*>/g, '').trim() !== '';
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<\/([a-z-]+)\s*>|<([a-z-]+)(?:\s[^>]*)?>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/giy;
  for (const m of html.matchAll(pattern)) {
    if (m[1]) tokens.push({ kind: 'close', name: m[1].toLowerCase(), raw: m[0] });
    else if (m[2]) tokens.push({ kind: 'open', name: m[2].toLowerCase(), raw: m[0] });
    else tokens.push({ kind: 'text', raw: m[0] });
  }
  return tokens;
}
