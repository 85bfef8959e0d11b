import { LIMITS } from './limits.ts';

/** What a paging button shows: a page of outlets, or a page of all divergences. */
export type PageKind = 'out' | 'div';

/** The state a button carries in its custom_id. */
export interface PageRef {
  kind: PageKind;
  storyId: string;
  page: number;
}

/** Encodes a page as a custom_id `px:<kind>:<storyId>:<page>`; null when it would exceed 100 characters. */
export function pageId(ref: PageRef): string | null {
  const id = `px:${ref.kind}:${ref.storyId}:${ref.page}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** Decodes a custom_id made by pageId; null for anything else. */
export function parsePageId(customId: string): PageRef | null {
  const match = /^px:(out|div):(.+):(\d{1,4})$/.exec(customId);
  if (!match) return null;
  return { kind: match[1] as PageKind, storyId: match[2]!, page: Number(match[3]) };
}

/** The page a button asks for among `pages`: clamped, so a stale button (the breakdown has shrunk) shows the last. */
export function pageAt<T>(pages: readonly T[], requested: number): T {
  return pages[Math.min(Math.max(requested, 0), pages.length - 1)]!;
}
