import { createHash } from 'node:crypto';

/** What an item is identified by, strongest first; empty strings count as absent. */
export interface ArticleIdentity {
  guid?: string | null;
  atomId?: string | null;
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
}

/** The identity text hashed into an id: guid, else Atom id, else canonical link, else `title|date`. */
export function identityKey(identity: ArticleIdentity): string {
  const first = [identity.guid, identity.atomId, identity.url].map((v) => v?.trim()).find((v) => v);
  return first ?? `${identity.title?.trim() ?? ''}|${identity.publishedAt ?? ''}`;
}

/** Stable article id `<sourceId>:<16 hex of sha1(identity)>`, equal across re-fetches of the same item. */
export function articleId({ sourceId, identity }: { sourceId: string; identity: ArticleIdentity }): string {
  const hash = createHash('sha1').update(identityKey(identity)).digest('hex').slice(0, 16);
  return `${sourceId}:${hash}`;
}
