import { describe, expect, it } from 'vitest';
import { classifyAddress, embeddedIPv4s, isPublicAddress } from '../../src/fetch/address-policy.ts';

describe('IPv6 addresses that embed IPv4 are classified by the IPv4 they reach', () => {
  it.each([
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.1.2.3', 'private'],
    ['64:ff9b::c0a8:101', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a00:1::1', 'private'],
    ['2002:a9fe:a9fe:1::1', 'link-local'],
    ['2002:6440:1::', 'shared'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'], // Teredo, client 127.0.0.1 (inverted)
    ['2001:0:a00:1:8000:63bf:3fff:fdd2', 'private'], // Teredo server 10.0.0.1
    ['::ffff:0:10.0.0.1', 'private'],
    ['::10.0.0.1', 'private'],
    ['64:ff9b:1::a00:1', 'reserved'],
    ['3fff::1', 'reserved'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([['64:ff9b::8.8.8.8'], ['64:ff9b::808:808'], ['2002:808:808::1'], ['2606:4700::1111']])(
    '%s stays public when what it embeds is public',
    (address) => {
      expect(classifyAddress(address)).toBe('public');
    },
  );

  it('reads the embedded IPv4 of each form', () => {
    expect(embeddedIPv4s('64:ff9b::c000:221')).toEqual(['192.0.2.33']);
    expect(embeddedIPv4s('2002:c000:221::1')).toEqual(['192.0.2.33']);
    expect(embeddedIPv4s('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toEqual(['65.54.227.120', '192.0.2.45']);
    expect(embeddedIPv4s('2606:4700::1111')).toEqual([]);
    expect(embeddedIPv4s('::1')).toEqual([]);
    expect(embeddedIPv4s('::')).toEqual([]);
  });
});
