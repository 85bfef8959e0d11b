import type { Subscription } from '../domain/subscription.ts';
import { code, plain, quiet, strong, type Line } from './presentation.ts';

/** A subscription in one line, on every platform: its topics, what it leaves out, its mode, whether it is paused, its id. */
export function subscriptionLine(s: Subscription): Line {
  const when =
    s.mode === 'daily' && s.daily
      ? `daily briefing at ${s.daily.time} ${s.daily.timezone}`
      : `live, from ${s.minOutlets} independent outlet${s.minOutlets === 1 ? '' : 's'}`;
  const without = s.exclude.length > 0 ? ` without ${s.exclude.join(', ')}` : '';
  // The filters set, so a briefing that leaves stories out says why: "· outlets from DE, FR, not RU".
  const filters = [
    choice('outlets from', s.countries, 'outlets not from'),
    choice('sources', s.sources, 'sources but'),
    (s.languages ?? []).length > 0 ? `preferring ${s.languages.join(', ')}` : '',
  ].filter(Boolean);
  return [
    strong(`"${s.topics.join('", "')}"`),
    plain(`${without} — ${when}${filters.map((f) => ` · ${f}`).join('')}`),
    // A moderator's pause reads "paused by Alice"; Parallax's own gives its reason ("paused: Parallax cannot post here…").
    ...(s.paused ? [plain(' — '), quiet(/^paused\b/u.test(s.paused.reason) ? s.paused.reason : `paused: ${s.paused.reason}`)] : []),
    plain(' · id '),
    code(s.id),
  ];
}

/**
 * "outlets from DE, FR, not RU"; with exclusions alone `onlyExcluded`, "outlets not from US" ("outlets from not US"
 * had read as a slip); empty when the list includes and excludes nothing.
 */
function choice(label: string, list: { include: string[]; exclude: string[] } | undefined, onlyExcluded: string): string {
  // Subscriptions saved before a filter existed have none.
  const include = list?.include ?? [];
  const exclude = list?.exclude ?? [];
  if (include.length === 0) return exclude.length > 0 ? `${onlyExcluded} ${exclude.join(', ')}` : '';
  return `${label} ${[...include, ...exclude.map((x) => `not ${x}`)].join(', ')}`;
}
