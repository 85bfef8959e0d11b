import { canonicalTimezone, ZONE_NAMES } from './daily-slot.ts';

/**
 * A timezone as a moderator types it, read into an IANA name: "Europe/Berlin" in any case, UTC, or a city alone
 * ("berlin", "new york", "Sao_Paulo") when exactly one zone is named after it. Abbreviations and offsets are refused,
 * though Intl takes some of them: "BST" is Bangladesh to Intl and British Summer Time to a Londoner, "IST" India,
 * Ireland or Israel, and "EST" a fixed UTC-5 with no summer time, an hour off New York for half the year.
 */
export function readTimezone(typed: string): { zone: string } | { error: string } {
  const text = typed.trim();
  if (text.includes('/') || /^(?:utc|gmt|etc\/.*)$/i.test(text)) {
    const zone = canonicalTimezone(text);
    if (zone) return { zone };
  }
  const city = byCity.get(cityKey(text));
  if (city) return { zone: city };
  if (/^(?:utc|gmt)\s*[+-−]/i.test(text)) {
    return {
      error: `timezone "${text}" is an offset, which has no summer time: give the IANA name of a city in it, such as Europe/Berlin.`,
    };
  }
  if (/^[a-z]{2,5}$/i.test(text) && canonicalTimezone(text.toUpperCase()) !== null) {
    return {
      error: `timezone "${text}" is an abbreviation, which can mean several places or ignore summer time: give the IANA name of a city in it, such as America/New_York or Europe/London.`,
    };
  }
  return { error: 'timezone must be an IANA name such as Europe/Berlin, America/New_York or UTC, or a city such as Berlin.' };
}

/** "New York", "new_york" and "New-York" alike. */
function cityKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '_');
}

/**
 * Each zone under the city it is named after ("new_york" → America/New_York). Two names of one zone under one city
 * (America/Indianapolis, America/Indiana/Indianapolis) give the later, current one; a city two zones share is left out.
 */
const byCity: ReadonlyMap<string, string> = (() => {
  const zones = new Map<string, string | null>();
  for (const name of ZONE_NAMES) {
    if (!name.includes('/')) continue;
    const key = cityKey(name.slice(name.lastIndexOf('/') + 1));
    const seen = zones.get(key);
    zones.set(key, seen === undefined ? name : seen !== null && sameZone(seen, name) ? name : null);
  }
  return new Map([...zones].filter((e): e is [string, string] => e[1] !== null));
})();

function sameZone(a: string, b: string): boolean {
  const icu = (z: string) => new Intl.DateTimeFormat('en-US', { timeZone: z }).resolvedOptions().timeZone;
  return icu(a) === icu(b);
}
