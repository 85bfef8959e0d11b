import { FetchError } from './fetch-error.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** True for the statuses we follow when a Location header is present. */
export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** Resolves a Location against the current URL and enforces the loop and hop limits; records the new URL in `visited`. */
export function followRedirect(params: {
  from: URL;
  location: string;
  visited: Set<string>;
  redirects: number;
  maxRedirects: number;
}): URL {
  const { from, location, visited, redirects, maxRedirects } = params;
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (cause) {
    throw new FetchError({ code: 'bad-url', message: `${from.href} redirects to an invalid URL: ${location}`, url: from.href, cause });
  }
  next.hash = '';
  if (visited.has(next.href))
    throw new FetchError({ code: 'redirect-loop', message: `redirect loop: ${from.href} leads back to ${next.href}`, url: from.href });
  if (redirects >= maxRedirects)
    throw new FetchError({
      code: 'too-many-redirects',
      message: `more than ${maxRedirects} redirects, last to ${next.href}`,
      url: from.href,
    });
  visited.add(next.href);
  return next;
}
