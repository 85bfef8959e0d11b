import { describe, expect, it } from 'vitest';
import { classifyAddress, describeAddress, embeddedIPv4, isPublicAddress } from '../../src/fetch/address-policy.ts';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.254', 'shared'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(classifyAddress(address)).toBe('public');
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('treats host names as not-an-address rather than public', () => {
    expect(classifyAddress('feeds.example')).toBe('invalid');
    expect(isPublicAddress('feeds.example')).toBe(false);
  });
});

describe('embeddedIPv4', () => {
  it('unwraps dotted and hex IPv4-mapped forms and leaves other IPv6 alone', () => {
    expect(embeddedIPv4('::ffff:192.168.0.1')).toBe('192.168.0.1');
    expect(embeddedIPv4('::FFFF:c0a8:0001')).toBe('192.168.0.1');
    expect(embeddedIPv4('2001:db8::1')).toBeNull();
    expect(embeddedIPv4('::1')).toBeNull();
  });
});

describe('describeAddress', () => {
  it('names the range for moderator-facing messages', () => {
    expect(describeAddress('10.0.0.5')).toBe('a private address');
    expect(describeAddress('169.254.169.254')).toBe('a link-local address');
  });
});
