import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/parse/parse-date.ts';

const now = Date.parse('2026-11-29T12:00:00Z');

describe('parseDate', () => {
  it('reads RFC 822 and ISO 8601 dates with offsets', () => {
    expect(parseDate({ value: 'Sun, 29 Nov 2026 08:15:00 +0100', now })).toBe('2026-11-29T07:15:00.000Z');
    expect(parseDate({ value: '2026-11-29T09:30:00+01:00', now })).toBe('2026-11-29T08:30:00.000Z');
    expect(parseDate({ value: ' Sat, 28 Nov 2026 07:00:00 PST ', now })).toBe('2026-11-28T15:00:00.000Z');
  });

  it('maps zone abbreviations that Date.parse does not know', () => {
    expect(parseDate({ value: 'Sat, 28 Nov 2026 10:00:00 CEST', now })).toBe('2026-11-28T08:00:00.000Z');
    expect(parseDate({ value: 'Sat, 28 Nov 2026 10:00:00 BST', now })).toBe('2026-11-28T09:00:00.000Z');
  });

  it('returns null for missing, unreadable, far-future and implausibly old dates', () => {
    expect(parseDate({ value: undefined, now })).toBeNull();
    expect(parseDate({ value: '', now })).toBeNull();
    expect(parseDate({ value: 'not a date at all', now })).toBeNull();
    expect(parseDate({ value: '2026-12-01T12:00:00Z', now })).toBeNull();
    expect(parseDate({ value: '1970-01-01T00:00:00Z', now })).toBeNull();
  });

  it('reads dates without a zone as UTC', () => {
    expect(parseDate({ value: '2026-11-28 10:30:00', now })).toBe('2026-11-28T10:30:00.000Z');
    expect(parseDate({ value: '2026-11-28T10:30', now })).toBe('2026-11-28T10:30:00.000Z');
    expect(parseDate({ value: 'Sat, 28 Nov 2026 10:30:00', now })).toBe('2026-11-28T10:30:00.000Z');
  });

  it('accepts dates up to a day ahead (clock skew)', () => {
    expect(parseDate({ value: '2026-11-30T06:00:00Z', now })).toBe('2026-11-30T06:00:00.000Z');
  });
});
