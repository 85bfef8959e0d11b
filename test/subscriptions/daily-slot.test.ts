import { describe, expect, it } from 'vitest';
import { isValidTimezone, lastSlotAtOrBefore, nextSlotAfter, zonedInstant } from '../../src/subscriptions/daily-slot.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('daily slots in a timezone', () => {
  it('places a local time on the right UTC instant in winter and summer', () => {
    expect(iso(zonedInstant({ y: 2026, m: 1, d: 15, h: 8, mi: 0 }, 'Europe/Berlin'))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(zonedInstant({ y: 2026, m: 7, d: 15, h: 8, mi: 0 }, 'Europe/Berlin'))).toBe('2026-07-15T06:00:00.000Z');
    expect(iso(zonedInstant({ y: 2026, m: 7, d: 15, h: 8, mi: 0 }, 'America/New_York'))).toBe('2026-07-15T12:00:00.000Z');
  });

  it('moves a time skipped by spring-forward to the end of the gap', () => {
    expect(iso(zonedInstant({ y: 2026, m: 3, d: 29, h: 2, mi: 30 }, 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedInstant({ y: 2026, m: 3, d: 8, h: 2, mi: 30 }, 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('takes the first of a time that happens twice on fall-back day', () => {
    expect(iso(zonedInstant({ y: 2026, m: 10, d: 25, h: 2, mi: 30 }, 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant({ y: 2026, m: 11, d: 1, h: 1, mi: 30 }, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('finds the last and next slots across a daylight-saving change', () => {
    const timeZone = 'Europe/Berlin';
    expect(iso(lastSlotAtOrBefore({ now: Date.parse('2026-03-29T05:59:00Z'), time: '08:00', timeZone }))).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(lastSlotAtOrBefore({ now: Date.parse('2026-03-29T06:00:00Z'), time: '08:00', timeZone }))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(nextSlotAfter({ after: Date.parse('2026-03-28T07:00:00Z'), time: '08:00', timeZone }))).toBe('2026-03-29T06:00:00.000Z');
  });

  it('knows IANA names and refuses others', () => {
    expect(isValidTimezone('Europe/Kyiv')).toBe(true);
    expect(isValidTimezone('UTC')).toBe(true);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
  });
});
