import type { Article } from '../domain/article.ts';
import { seededRandom } from './seeded-random.ts';

const KINDS = ['earthquake', 'election', 'flood', 'strike', 'trial', 'summit', 'wildfire', 'merger', 'protest', 'crash'];
const VERBS = ['hits', 'shakes', 'leaves', 'prompts', 'follows', 'ends', 'starts', 'reaches', 'blocks', 'raises'];
const FILLER = [
  'officials',
  'said',
  'on',
  'residents',
  'reported',
  'the',
  'region',
  'after',
  'police',
  'according',
  'to',
  'local',
  'media',
  'witnesses',
  'described',
  'scene',
  'government',
  'spokesman',
  'confirmed',
  'number',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'dan',
  'vi',
  'tor',
  'su',
  'ren',
  'bal',
  'ish',
  'gor',
  'mi',
  'ta',
  'zen',
  'ol',
  'ru',
  'pe',
  'nak',
  'shi',
  'bro',
  'vel',
  'im',
  'das',
  'fo',
  'ger',
  'ul',
  'tam',
  'ki',
  'nor',
  'ew',
  'zo',
  'lan',
];

/**
 * Streams `count` invented articles about many events: each event has its own kind, place, person
 * and numbers; most reports follow soon after the event, a few come hours later; times spread over
 * days (9 s apart, about 10 days for 100,000); about a quarter are headline-only. Same seed, same stream.
 */
export function* syntheticNews({ count, seed = 1 }: { count: number; seed?: number }): Generator<Article> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const name = (): string => {
    const n = 3 + Math.floor(rnd() * 2);
    const s = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const start = Date.parse('2026-01-01T00:00:00Z');
  const events: { kind: string; place: string; person: string; n: number; t: number }[] = [];
  for (let i = 0; i < count; i++) {
    const t = start + i * 9_000;
    if (events.length === 0 || rnd() < 0.08)
      events.push({ kind: pick(KINDS), place: name(), person: name(), n: Math.floor(rnd() * 900) + 2, t });
    const recent = events.slice(-400);
    const e = recent[recent.length - 1 - (Math.floor(Math.pow(rnd(), 3) * recent.length) % recent.length)]!;
    const title = `${e.kind[0]!.toUpperCase()}${e.kind.slice(1)} ${pick(VERBS)} ${e.place} as ${e.person} speaks`;
    const body =
      rnd() < 0.25
        ? ''
        : Array.from(
            { length: 6 },
            () =>
              `The ${e.kind} in ${e.place} ${pick(VERBS)} ${e.n} people, ${Array.from({ length: 8 }, () => pick(FILLER)).join(' ')} ${e.person}.`,
          ).join('\n');
    const at = new Date(Math.max(e.t, t - Math.floor(rnd() * 3_600_000))).toISOString();
    yield {
      id: `syn:${i}`,
      sourceId: `outlet-${i % 37}`,
      feedUrl: null,
      url: null,
      title,
      body,
      publishedAt: at,
      fetchedAt: at,
      language: 'en',
      author: null,
      publisher: null,
    };
  }
}
