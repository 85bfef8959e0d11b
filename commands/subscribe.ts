import { z } from 'zod';
import { parseTime } from '../src/subscriptions/daily-slot.ts';
import { readTimezone } from '../src/subscriptions/timezone-input.ts';
import { MAX_SUBSCRIPTIONS_PER_CHANNEL, SubscriptionLimitError } from '../src/subscriptions/subscription-book.ts';
import { splitList, topicKey } from '../src/subscriptions/subscription-from-request.ts';
import { containsPhrase, phrase, words } from '../src/subscriptions/text-match.ts';
import { actorOf, defineCommand } from './command.ts';
import { MAX_TOPIC_LENGTH } from './compare.ts';
import type { SubscribeRequest } from './services.ts';

export { MAX_SUBSCRIPTIONS_PER_CHANNEL };

/** What clears a filter once set: "countries=any" follows outlets of every country again. */
const CLEARS = /^(?:any|all|none)$/iu;

/**
 * A comma list of codes, each of the pattern and known (`known`, told without a leading "-"); "any" (or "all",
 * "none") clears the filter: an empty list.
 */
const list = (pattern: RegExp, message: string, known: (code: string) => boolean = () => true, unknown = message) =>
  z
    .string()
    .transform((t) => (CLEARS.test(t.trim()) ? [] : splitList(t)))
    .pipe(
      z
        .array(z.string().regex(pattern, message))
        .max(50)
        .superRefine((codes, ctx) => {
          const wrong = codes.filter((c) => !known(c.replace(/^-/u, '')));
          if (wrong.length > 0) ctx.addIssue({ code: 'custom', message: `${wrong.join(', ')}: ${unknown}` });
        }),
    );

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Whether Intl names a code: it gives an unknown code back as it is ("XX"). */
const named = (names: Intl.DisplayNames, cased: string): boolean => {
  try {
    return names.of(cased) !== cased;
  } catch {
    return false;
  }
};

/** Whether an exclusion is held by the words of a topic, so that every story the topic finds is left out. */
function excludesTopic(topics: string[], exclude: string[]): boolean {
  const ruledOut = exclude.map(phrase).filter((p) => p !== null);
  return topics.some((t) => ruledOut.some((x) => containsPhrase(words(t), x)));
}

/** Splits "DE, FR, -RU" into what to include and, with a leading "-", what to exclude. */
function includeExclude(
  items: string[] | undefined,
  normalise: (s: string) => string,
): { include: string[]; exclude: string[] } | undefined {
  if (!items) return undefined;
  return {
    include: items.filter((i) => !i.startsWith('-')).map(normalise),
    exclude: items.filter((i) => i.startsWith('-')).map((i) => normalise(i.slice(1))),
  };
}

/** `/subscribe <topic> [mode] [time] [timezone] …`: follow a topic here, live or as a daily briefing. */
export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Follow a topic in this channel: live posts or a daily briefing',
  options: [
    {
      name: 'topic',
      description: 'Topics, comma-separated, e.g. "Iran earthquake, tsunami": stories about one, not in passing',
      type: 'string',
      required: true,
      maxLength: MAX_TOPIC_LENGTH,
    },
    { name: 'mode', description: 'live: post stories as they grow; daily: one briefing a day', type: 'string', choices: ['live', 'daily'] },
    { name: 'time', description: 'Daily briefing time, HH:MM (24-hour)', type: 'string', maxLength: 5 },
    {
      name: 'timezone',
      description: 'IANA timezone for the briefing, e.g. Europe/Berlin (or a city: Berlin)',
      type: 'string',
      maxLength: 64,
    },
    { name: 'min_outlets', description: 'Live posts wait for this many independent outlets (default 3)', type: 'integer' },
    {
      name: 'exclude',
      description: 'Leave out stories mentioning these, comma-separated ("none" clears)',
      type: 'string',
      maxLength: MAX_TOPIC_LENGTH,
    },
    {
      name: 'countries',
      description: 'Outlet countries, e.g. "DE, FR" or "-RU" to leave one out ("any" clears)',
      type: 'string',
      maxLength: 200,
    },
    { name: 'languages', description: 'Preferred languages, e.g. "en, uk" ("any" clears)', type: 'string', maxLength: 100 },
    { name: 'sources', description: 'Source ids to use, or "-id" to leave one out ("any" clears)', type: 'string', maxLength: 400 },
  ],
  schema: z
    .object({
      topic: z
        .string({ error: 'Give a topic, for example: /subscribe earthquake' })
        .transform((t) => t.replace(/\s+/g, ' ').trim())
        .pipe(
          z
            .string()
            .min(2, 'Give a topic of at least two characters.')
            .max(MAX_TOPIC_LENGTH, `Keep the topic under ${MAX_TOPIC_LENGTH} characters.`)
            // A topic of commas or signs alone ("/subscribe ,,") would be saved as "" and match nothing.
            .refine(
              (t) => splitList(t).some((p) => /[\p{L}\p{N}]/u.test(p)),
              'Give a topic with a word in it, for example: /subscribe earthquake',
            ),
        ),
      mode: z
        .string()
        .transform((m) => m.trim().toLowerCase())
        .pipe(z.enum(['live', 'daily'], { error: 'mode is "live" or "daily".' }))
        .optional(),
      time: z
        .string()
        .transform((t) => t.trim())
        .refine((t) => parseTime(t) !== null, 'time is a 24-hour HH:MM time, for example 07:30.')
        .optional(),
      timezone: z
        .string()
        .transform((t, ctx) => {
          const read = readTimezone(t);
          if ('zone' in read) return read.zone;
          ctx.addIssue({ code: 'custom', message: read.error });
          return z.NEVER;
        })
        .optional(),
      min_outlets: z.coerce
        .number({ error: 'min_outlets is a whole number from 1 to 20.' })
        .int('min_outlets is a whole number from 1 to 20.')
        .min(1, 'min_outlets is at least 1.')
        .max(20, 'min_outlets is at most 20.')
        .optional(),
      exclude: z
        .string()
        .transform((t) => (/^none$/iu.test(t.trim()) ? [] : splitList(t)))
        .optional(),
      countries: list(
        /^-?[a-zA-Z]{2}$/,
        'countries are two-letter codes such as DE, or -RU to leave one out.',
        (c) => c.toUpperCase() !== 'ZZ' && named(regionNames, c.toUpperCase()),
        'no such country code; countries are two-letter codes such as DE, or -RU to leave one out.',
      ).optional(),
      languages: list(
        /^[a-zA-Z]{2}$/,
        'languages are two-letter codes such as en or uk.',
        (l) => named(languageNames, l.toLowerCase()),
        'no such language code; languages are two-letter codes such as en or uk.',
      ).optional(),
      sources: list(/^-?[\w.:-]+$/, 'sources are source ids (see /sources), or -id to leave one out.').optional(),
    })
    .refine((o) => o.mode !== 'live' || (!o.time && !o.timezone), {
      message: 'time and timezone are for daily briefings: set mode to daily, or leave them out.',
    })
    // A briefing lists the day's stories however many outlets report them: min_outlets would be dropped unsaid.
    .refine((o) => o.mode !== 'daily' || o.min_outlets === undefined, {
      message: 'min_outlets is for live posts (a daily briefing lists every story of the day): leave it out, or set mode to live.',
    })
    // "/subscribe fire exclude=fire" would follow nothing, silently and for good: an exclusion the topic's own words
    // hold ("harbour fire" and "fire", "earthquake" and "earthquakes") rules out every story the topic finds.
    .refine((o) => !excludesTopic(splitList(o.topic), o.exclude ?? []), {
      message: 'exclude leaves out the stories the topic names: exclude other words than the topic.',
    }),
  preconditions: [],
  requires: 'configure',
  async run(ctx, o) {
    const existing = await ctx.services.subscriptions.list(ctx.channel);
    // Subscribing again to a topic changes what is typed and keeps the rest ("/subscribe quake countries=DE" leaves a
    // daily briefing daily).
    const same = existing.find((s) => topicKey(s.topics) === topicKey(splitList(o.topic)));
    const isNew = same === undefined;
    const mode = o.mode ?? (o.time || o.timezone ? 'daily' : (same?.mode ?? 'live'));
    if (isNew && existing.length >= MAX_SUBSCRIPTIONS_PER_CHANNEL) {
      return {
        kind: 'refused',
        message: new SubscriptionLimitError(existing.length).message,
      };
    }
    const known = ctx.services.sources();
    const catalog = new Set(known.map((source) => source.id));
    const unknownSources = (o.sources ?? []).map((id) => id.replace(/^-/u, '')).filter((id) => !catalog.has(id));
    if (unknownSources.length > 0)
      return { kind: 'error', message: `No source here has the id ${unknownSources.join(', ')}: /sources lists them.` };
    // Outlets give the United Kingdom's ISO code, GB; people write UK.
    const countries = includeExclude(o.countries, (c) => (c.toUpperCase() === 'UK' ? 'GB' : c.toUpperCase())) ?? same?.countries;
    // A country no outlet is from ("UN", "EU": Intl names them too) would leave a filter that follows nothing.
    const served = new Set(known.flatMap((source) => (source.country ? [source.country.toUpperCase()] : [])));
    if (o.countries && known.length > 0 && served.size === 0 && countries!.include.length > 0)
      return { kind: 'error', message: 'No outlet here gives its country, so a country filter would follow nothing: leave countries out.' };
    const unserved = o.countries ? [...countries!.include, ...countries!.exclude].filter((c) => served.size > 0 && !served.has(c)) : [];
    if (unserved.length > 0)
      return { kind: 'error', message: `No outlet here is from ${unserved.join(', ')}: /sources lists the outlets and their countries.` };
    const sources = includeExclude(o.sources, (s) => s) ?? same?.sources;
    const time = o.time ? o.time.padStart(5, '0') : mode === 'daily' ? same?.daily?.time : undefined;
    const timezone = o.timezone ?? (mode === 'daily' ? same?.daily?.timezone : undefined);
    const minOutlets = o.min_outlets ?? same?.minOutlets;
    const exclude = o.exclude ?? same?.exclude;
    const languages = o.languages ? o.languages.map((l) => l.toLowerCase()) : same?.languages;
    const request: SubscribeRequest = {
      topic: o.topic,
      mode,
      ...(time ? { time } : {}),
      ...(timezone ? { timezone } : {}),
      ...(minOutlets !== undefined ? { minOutlets } : {}),
      ...(exclude ? { exclude } : {}),
      ...(countries ? { countries } : {}),
      ...(sources ? { sources } : {}),
      ...(languages ? { languages } : {}),
    };
    const by = actorOf(ctx);
    try {
      // The book checks the cap again under the channel's lock: this early check alone let 50 parallel calls through.
      const { subscription, created } = await ctx.services.subscriptions.subscribe(ctx.channel, request, by);
      return { kind: 'subscribed', subscription, created };
    } catch (error) {
      if (error instanceof SubscriptionLimitError) return { kind: 'refused', message: error.message };
      throw error;
    }
  },
});
