import { isIP } from 'node:net';
import { FetchError } from './fetch-error.ts';
import type { AddressFilter } from './guarded-lookup.ts';
import { blockedAddressError } from './guarded-lookup.ts';

/** Parses a URL the client may fetch: http or https only, else 'bad-url' / 'bad-scheme'. */
export function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new FetchError({ code: 'bad-url', message: `not a valid URL: ${raw}`, url: raw, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError({
      code: 'bad-scheme',
      message: `refused: only http and https URLs can be fetched, not ${url.protocol}`,
      url: raw,
    });
  return url;
}

/** Refuses a URL whose host is a literal IP the filter rejects (such hosts never reach the guarded lookup). */
export function checkLiteralHost(url: URL, isAllowed: AddressFilter | null): void {
  const bare = url.hostname.replace(/^\[|\]$/g, '');
  if (isAllowed && isIP(bare) && !isAllowed(bare)) throw blockedAddressError({ hostname: bare, address: bare, url: url.href });
}
