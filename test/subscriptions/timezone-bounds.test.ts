import { describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run-command.ts';
import { subscribe } from '../../commands/subscribe.ts';
import { cachedFormatterCount, canonicalTimezone, isValidTimezone, lastSlotAtOrBefore } from '../../src/subscriptions/daily-slot.ts';
import { testContext } from '../support/command-context.ts';

/** Every upper/lower-case spelling of a name, up to `max` of them. */
function spellings(name: string, max: number): string[] {
  const letters = [...name].map((c, i) => ({ c, i })).filter(({ c }) => c.toLowerCase() !== c.toUpperCase());
  const out: string[] = [];
  for (let mask = 0; mask < 2 ** letters.length && out.length < max; mask++) {
    const chars = [...name];
    letters.forEach(({ c, i }, bit) => (chars[i] = mask & (1 << bit) ? c.toUpperCase() : c.toLowerCase()));
    out.push(chars.join(''));
  }
  return out;
}

describe('timezones', () => {
  it('resolves any spelling to the canonical name', () => {
    expect(canonicalTimezone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimezone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimezone('Mars/Olympus')).toBeNull();
    // Current names stay as written, though Node 20's ICU knows them as links to older ones.
    expect(canonicalTimezone('europe/kyiv')).toBe('Europe/Kyiv');
    expect(canonicalTimezone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('keeps one formatter per zone however many spellings are used', () => {
    const before = cachedFormatterCount();
    const variants = spellings('America/Argentina/ComodRivadavia', 1500);
    expect(variants.length).toBe(1500);
    for (const tz of variants) {
      expect(isValidTimezone(tz)).toBe(true);
      lastSlotAtOrBefore({ now: Date.parse('2026-03-02T12:00:00Z'), time: '07:30', timeZone: tz });
    }
    expect(cachedFormatterCount() - before).toBeLessThanOrEqual(1);
  });

  it('stores the canonical spelling a user gave', async () => {
    const requests: unknown[] = [];
    const { ctx } = testContext(
      {
        subscriptions: {
          list: async () => [],
          subscribe: async (_c: unknown, request: unknown) => (requests.push(request), { subscription: {} as never, created: true }),
        } as never,
      },
      { moderator: true },
    );
    await runCommand(subscribe, ctx, { topic: 'harbour fire', timezone: 'europe/BERLIN', time: '07:30' });
    expect(requests).toEqual([expect.objectContaining({ timezone: 'Europe/Berlin' })]);
  });

  it('checks who may configure before validating options: a non-moderator gets the refusal, not a timezone error', async () => {
    const { ctx } = testContext({}, { moderator: false });
    const before = cachedFormatterCount();
    const result = await runCommand(subscribe, ctx, { topic: 'x', timezone: 'Not/A_Zone', time: '99:99' });
    expect(result).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Only moderators/) });
    expect(cachedFormatterCount()).toBe(before);
  });
});
