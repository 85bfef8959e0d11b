const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the IANA timezone name (e.g. "Europe/Kyiv"). */
export function isValidTimezone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
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
  const valid = offsets.map((off) => wall - off).filter((t) => {
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
