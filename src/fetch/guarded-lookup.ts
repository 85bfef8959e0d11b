import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { describeAddress } from './address-policy.ts';
import { FetchError } from './fetch-error.ts';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests can point names anywhere. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Decides whether the fetcher may connect to an IP address. */
export type AddressFilter = (address: string) => boolean;

/** The operating system's resolver (getaddrinfo), all addresses in resolver order. */
export const systemResolver: Resolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** The error for a host (or literal IP) whose address the policy refuses. */
export function blockedAddressError(params: { hostname: string; address: string; url?: string }): FetchError {
  const { hostname, address, url } = params;
  const what = hostname === address ? `${address} is` : `${hostname} resolves to ${address},`;
  return new FetchError({ code: 'blocked-address', message: `refused: ${what} ${describeAddress(address)}`, url });
}

function dnsError(hostname: string, cause: unknown, url?: string): FetchError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'no addresses';
  return new FetchError({ code: 'dns', message: `DNS lookup failed for ${hostname} (${code})`, url, cause });
}

/**
 * A `lookup` for `http.request` that resolves the name itself and refuses the connection if any address fails
 * the filter, so the address checked is the address connected to. `isAllowed: null` checks nothing.
 */
export function guardedLookup(params: { resolve: Resolver; isAllowed: AddressFilter | null; url?: string }): LookupFunction {
  const { resolve, isAllowed, url } = params;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (wanted.length === 0) return callback(dnsError(hostname, undefined, url), '', 4);
        const refused = isAllowed ? wanted.find((a) => !isAllowed(a.address)) : undefined;
        if (refused) return callback(blockedAddressError({ hostname, address: refused.address, url }), '', 4);
        if (options.all) return callback(null, wanted);
        const first = wanted[0]!;
        callback(null, first.address, first.family);
      },
      (error: unknown) => callback(dnsError(hostname, error, url), '', 4),
    );
  };
}
