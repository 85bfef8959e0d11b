import { BlockList, isIP } from 'node:net';

/** Why an address is or is not reachable by the fetcher. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

const RANGES: ReadonlyArray<[AddressClass, string, number, 'ipv4' | 'ipv6']> = [
  ['broadcast', '255.255.255.255', 32, 'ipv4'],
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['shared', '100.64.0.0', 10, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['reserved', '192.0.2.0', 24, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['reserved', '198.51.100.0', 24, 'ipv4'],
  ['reserved', '203.0.113.0', 24, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['reserved', '100::', 64, 'ipv6'],
  ['reserved', '2001:db8::', 32, 'ipv6'],
  ['reserved', '3fff::', 20, 'ipv6'],
  ['reserved', '2001:2::', 48, 'ipv6'],
  ['reserved', '2001:10::', 28, 'ipv6'],
  ['reserved', '2001:20::', 28, 'ipv6'],
  // Local-use NAT64 (RFC 8215): where the IPv4 sits depends on each site's prefix length, so the range is refused whole.
  ['reserved', '64:ff9b:1::', 48, 'ipv6'],
  ['unique-local', 'fc00::', 7, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['private', 'fec0::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6'],
];

const LISTS = new Map<AddressClass, BlockList>();
for (const [kind, network, prefix, family] of RANGES) {
  const list = LISTS.get(kind) ?? new BlockList();
  list.addSubnet(network, prefix, family);
  LISTS.set(kind, list);
}

/** The 16 bytes of an IPv6 literal (a dotted IPv4 tail allowed), or null when it is not one. */
export function ipv6Bytes(address: string): Uint8Array | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted?.[1]) {
    const [a, b, c, d] = dotted[1].split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8) return null;
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 255;
  });
  return bytes;
}

const quad = (b: Uint8Array, at: number, xor = 0) => [0, 1, 2, 3].map((i) => (b[at + i]! ^ xor) & 255).join('.');
const zero = (b: Uint8Array, from: number, to: number) => b.subarray(from, to).every((x) => x === 0);

/**
 * The IPv4 addresses an IPv6 address stands for, which is where a connection to it ends up:
 * IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96
 * (RFC 6052), 6to4 2002::/16 (the IPv4 in bits 16–47) and Teredo 2001::/32 (server in bits 32–63, client
 * in the last 32 bits, inverted). Empty for other addresses.
 */
export function embeddedIPv4s(address: string): string[] {
  const b = ipv6Bytes(address);
  if (!b) return [];
  const w = (i: number) => (b[i * 2]! << 8) | b[i * 2 + 1]!;
  if (zero(b, 0, 10) && w(5) === 0xffff) return [quad(b, 12)];
  if (zero(b, 0, 8) && w(4) === 0xffff && w(5) === 0) return [quad(b, 12)];
  if (zero(b, 0, 12) && !zero(b, 12, 16) && !(zero(b, 12, 15) && b[15] === 1)) return [quad(b, 12)];
  if (w(0) === 0x64 && w(1) === 0xff9b && zero(b, 4, 12)) return [quad(b, 12)];
  if (w(0) === 0x2002) return [quad(b, 2)];
  if (w(0) === 0x2001 && w(1) === 0) return [quad(b, 4), quad(b, 12, 0xff)];
  return [];
}

/** The IPv4 address inside an IPv4-embedding IPv6 address (see embeddedIPv4s), the first if several. */
export function embeddedIPv4(address: string): string | null {
  return embeddedIPv4s(address)[0] ?? null;
}

/** Classifies an IP literal (brackets allowed) into the range it belongs to; names that are not IPs are 'invalid'. */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'invalid';
  if (family === 6) {
    // An address that embeds IPv4 is as reachable as the worst IPv4 it reaches.
    const inner = embeddedIPv4s(bare)
      .map((v4) => classifyAddress(v4))
      .find((kind) => kind !== 'public');
    if (inner) return inner;
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [kind, list] of LISTS) if (list.check(bare, type)) return kind;
  return 'public';
}

/** True when the fetcher may connect to this IP address under the default (public-only) policy. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

const PHRASES: Record<AddressClass, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  shared: 'a carrier-grade NAT address',
  'unique-local': 'a unique-local address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
  invalid: 'not an IP address',
};

/** A phrase for messages, e.g. "a private address". */
export function describeAddress(address: string): string {
  return PHRASES[classifyAddress(address)];
}
