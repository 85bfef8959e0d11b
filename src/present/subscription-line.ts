import type { Subscription } from '../domain/subscription.ts';
import { code, plain, quiet, strong, type Line } from './presentation.ts';

/** A subscription in one line, on every platform: its topics, what it leaves out, its mode, whether it is paused, its id. */
export function subscriptionLine(s: Subscription): Line {
  const when =
    s.mode === 'daily' && s.daily
      ? `daily briefing at ${s.daily.time} ${s.daily.timezone}`
      : `live, from ${s.minOutlets} independent outlets`;
  const without = s.exclude.length > 0 ? ` without ${s.exclude.join(', ')}` : '';
  return [
    strong(`"${s.topics.join('", "')}"`),
    plain(`${without} — ${when}`),
    ...(s.paused ? [plain(' — '), quiet(`paused: ${s.paused.reason}`)] : []),
    plain(' '),
    code(s.id),
  ];
}
