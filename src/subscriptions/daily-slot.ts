/** A map that forgets its least recently used entry beyond `max` entries. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
}

/**
 * Formatters by the zone ICU resolves a name to ("europe/berlin" and "Europe/Berlin" share one). Bounded:
 * a user typing a new spelling of a zone on every command once made a new formatter each time (60,000
 * spellings, +836 MB). There are about 600 zones, so real names never reach the bound.
 */
const formatters = new Lru<string, Intl.DateTimeFormat>(700);
/** Spellings seen → their zone (null: not a zone), bounded the same way. */
const spellings = new Lru<string, { name: string; icu: string } | null>(1000);

/**
 * Current names ICU (Node 20) knows only as links to older ones (it resolves Europe/Kyiv to Europe/Kiev):
 * spelled as the user would expect, never rewritten to the old name.
 */
const CURRENT_NAMES = [
  'Europe/Kyiv',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Yangon',
  'Asia/Ho_Chi_Minh',
  'America/Nuuk',
  'Pacific/Kanton',
  'Atlantic/Faroe',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  'Asia/Thimphu',
  'Asia/Dhaka',
  'America/Argentina/Buenos_Aires',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
];

/** Proper spellings by lower case: every zone Intl lists, UTC, and the current names above. */
export const ZONE_NAMES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC', ...CURRENT_NAMES];

const PROPER = new Map<string, string>(ZONE_NAMES.map((name) => [name.toLowerCase(), name]));

function resolveZone(timeZone: string): { name: string; icu: string } | null {
  const known = spellings.get(timeZone);
  if (known !== undefined) return known;
  let zone: { name: string; icu: string } | null;
  try {
    const icu = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    zone = { name: PROPER.get(timeZone.toLowerCase()) ?? timeZone, icu };
  } catch {
    zone = null;
  }
  spellings.set(timeZone, zone);
  return zone;
}

/**
 * The proper spelling of a timezone name ("europe/berlin" → "Europe/Berlin"; "Europe/Kyiv" stays Europe/Kyiv),
 * or null when Intl does not know it.
 */
export function canonicalTimezone(timeZone: string): string | null {
  return resolveZone(timeZone)?.name ?? null;
}

/** How many formatters are cached (for tests of the bound). */
export function cachedFormatterCount(): number {
  return formatters.size;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  const zone = resolveZone(timeZone);
  if (!zone) throw new RangeError(`unknown timezone: ${timeZone}`);
  const canonical = zone.icu;
  let f = formatters.get(canonical);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: canonical,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(canonical, f);
  }
  return f;
}

/** Whether Intl knows the IANA timezone name (e.g. "Europe/Kyiv"), in any spelling. */
export function isValidTimezone(timeZone: string): boolean {
  return canonicalTimezone(timeZone) !== null;
}

/** The local wall-clock parts of an instant in a timezone. */
function localParts(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour!, mi: parts.minute! };
}

/** The timezone's offset from UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi) - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant a local date and time happens in a timezone. A time that happens twice (autumn) gives
 * the first; a time skipped by a spring-forward gap gives the first valid instant after it, the end of the gap.
 */
export function zonedInstant({ y, m, d, h, mi }: { y: number; m: number; d: number; h: number; mi: number }, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const offsets = [...new Set([offsetAt(wall - 86_400_000, timeZone), offsetAt(wall, timeZone), offsetAt(wall + 86_400_000, timeZone)])];
  const valid = offsets
    .map((off) => wall - off)
    .filter((t) => {
      const p = localParts(t, timeZone);
      return p.y === y && p.m === m && p.d === d && p.h === h && p.mi === mi;
    });
  if (valid.length > 0) return Math.min(...valid);
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  const before = offsetAt(lo, timeZone);
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Parses "HH:MM" (24-hour); null when not a valid time. */
export function parseTime(time: string): { h: number; mi: number } | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return match ? { h: Number(match[1]), mi: Number(match[2]) } : null;
}

/** The latest daily slot (local `time` in `timeZone`) at or before `now`. */
export function lastSlotAtOrBefore({ now, time, timeZone }: { now: number; time: string; timeZone: string }): number {
  const t = parseTime(time);
  if (!t) throw new Error(`not a time of day: "${time}" (use HH:MM)`);
  const today = localParts(now, timeZone);
  for (let back = 0; back < 3; back++) {
    const day = new Date(Date.UTC(today.y, today.m - 1, today.d - back));
    const slot = zonedInstant({ y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), ...t }, timeZone);
    if (slot <= now) return slot;
  }
  throw new Error(`no daily slot found for ${time} ${timeZone}`);
}

/** The next daily slot strictly after `after`. */
export function nextSlotAfter({ after, time, timeZone }: { after: number; time: string; timeZone: string }): number {
  const t = parseTime(time);
  if (!t) throw new Error(`not a time of day: "${time}" (use HH:MM)`);
  const start = localParts(after, timeZone);
  for (let ahead = 0; ahead < 3; ahead++) {
    const day = new Date(Date.UTC(start.y, start.m - 1, start.d + ahead));
    const slot = zonedInstant({ y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), ...t }, timeZone);
    if (slot > after) return slot;
  }
  throw new Error(`no daily slot found for ${time} ${timeZone}`);
}
