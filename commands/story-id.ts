/**
 * Whether typed text has the shape of a story id: "s-" and 12 hex digits (see newStory in
 * src/cluster/story-state.ts). `/stories` shows these ids and `/compare` suggestions carry them.
 * The shape alone does not make it a current story.
 */
export function looksLikeStoryId(text: string): boolean {
  return /^s-[0-9a-f]{12}$/i.test(text);
}

const ID = /(?<![\p{L}\p{N}_-])s-[0-9a-f]{12}(?![\p{L}\p{N}_-])/giu;

/**
 * The story id typed text means, lower case, or null when it means a topic. Besides an id alone, what users paste:
 * the id with a full stop after it, its 12 digits without "s-", the line a breakdown ends with ("/compare s-… opens
 * this story again"), "/compare s-…" typed into Discord's /compare box, a whole `/stories` line. An id beside other
 * words ("s-… harbour") is a topic: nothing says which was meant.
 */
export function storyIdIn(text: string): string | null {
  const t = text.trim();
  if (/^[0-9a-f]{12}$/iu.test(t) && /\d/u.test(t) && /[a-f]/iu.test(t)) return `s-${t.toLowerCase()}`;
  const ids = [...new Set([...t.matchAll(ID)].map((m) => m[0].toLowerCase()))];
  if (ids.length !== 1) return null;
  const id = ids[0]!;
  if (new RegExp(`/compare\\s+${id}`, 'iu').test(t)) return id;
  const rest = t
    .replace(ID, ' ')
    .replace(/\/compare\b/giu, ' ')
    .replace(/\bopens this story again\b/giu, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : id;
}

/**
 * Whether typed text is meant as a story id but is not one: "s-" and hex digits, too few or too many ("s-831430ef1a4",
 * one dropped in copying). No news search finds anything for it.
 */
export function looksLikeMistypedStoryId(text: string): boolean {
  const t = text.replace(/[.,;:!?]+$/u, '');
  return /^s-[0-9a-f]{4,}$/i.test(t) && !looksLikeStoryId(t);
}

/**
 * The web address typed text is, alone, or null: `/compare` opens the story holding that report and searches no news
 * for it. Pasted as chat apps and sentences leave it: in angle brackets ("<https://…>"), with a full stop or comma
 * after it, or without its scheme ("www.example.org/…").
 */
export function addressIn(text: string): string | null {
  const t = text
    .trim()
    .replace(/^<(.*)>$/u, '$1')
    .replace(/[.,;:!?)]+$/u, '');
  if (/^https?:\/\/\S+$/iu.test(t)) return t;
  return /^www\.[^\s/]+\.[a-z]{2,}(?:\/\S*)?$/iu.test(t) ? `http://${t}` : null;
}
