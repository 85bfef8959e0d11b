const ZONE_OFFSETS: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  BST: '+0100',
  IST: '+0530',
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  WET: '+0000',
  WEST: '+0100',
  MSK: '+0300',
  JST: '+0900',
  KST: '+0900',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  HKT: '+0800',
  SGT: '+0800',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** Dates without a zone are read as UTC, not as the server's local time, so results do not depend on where we run. */
function assumeUtc(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return `${text.replace(' ', 'T')}Z`;
  if (/^([A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?$/.test(text)) return `${text} +0000`;
  return text;
}

function toTime(raw: string): number {
  const text = assumeUtc(raw);
  const direct = Date.parse(text);
  if (!Number.isNaN(direct)) return direct;
  const zoned = text.replace(/\b([A-Z]{1,4})\s*$/, (zone) => ZONE_OFFSETS[zone.trim()] ?? zone);
  const withOffset = Date.parse(zoned);
  if (!Number.isNaN(withOffset)) return withOffset;
  return Date.parse(zoned.replace(/^[A-Za-z]{3,9},?\s*/, ''));
}

/**
 * An ISO 8601 time from a feed or page date (RFC 822, ISO 8601, common zone abbreviations),
 * or null when it is missing, unreadable, before 1990 or more than a day after `now`.
 */
export function parseDate({ value, now }: { value: unknown; now: number }): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (!text) return null;
  const time = toTime(text);
  if (Number.isNaN(time)) return null;
  if (time > now + DAY_MS || time < Date.UTC(1990, 0, 1)) return null;
  return new Date(time).toISOString();
}
