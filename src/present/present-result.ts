import { clipAtWord } from '../text/clip.ts';
import type { CommandResult, CommandSummary, StoryLine } from '../../commands/command.ts';
import type { Source } from '../domain/source.ts';
import { STORY_WINDOW_DAYS } from '../domain/story.ts';
import type { Subscription } from '../domain/subscription.ts';
import { code, message, plain, quiet, strong, type Line, type Presentation } from './presentation.ts';
import { ownershipLabel } from './present-breakdown.ts';
import { subscriptionLine } from './subscription-line.ts';

/** The results worded as richer blocks (present-breakdown.ts, present-briefing.ts) that each platform pages its own way. */
export type RichResult = Extract<CommandResult, { kind: 'breakdown' | 'briefing' }>;
/** Every other result: presented here once, serialised by each adapter. */
export type PlainResult = Exclude<CommandResult, RichResult>;

/** Whether a result is a breakdown or a briefing, presented by presentBreakdown or presentBriefing. */
export function isRich(result: CommandResult): result is RichResult {
  return result.kind === 'breakdown' || result.kind === 'briefing';
}

/** The one wording of every plain result, whatever the platform. */
export function presentResult(result: PlainResult): Presentation {
  switch (result.kind) {
    case 'sources':
      return presentSources(result.sources, result.total, result.filter);
    case 'stories':
      return presentStories(result.stories, result.from ?? 1, result.total, result.next);
    case 'subscribed':
      return {
        tone: 'info',
        heading: result.created ? 'Subscribed' : 'Updated',
        lines: [subscriptionLine(result.subscription), ...whenPosted(result.subscription, result.created)],
        list: false,
        more: null,
      };
    case 'unsubscribed':
      return result.removed.length === 0
        ? message('Nothing to remove: no subscription here matches.')
        : {
            tone: 'info',
            heading: 'Removed',
            lines: [
              // A topic taken out of a subscription that goes on is named alone: its id is the one still followed.
              ...result.removed.map((s): Line =>
                (result.kept ?? []).some((k) => k.id === s.id) ? [strong(`"${s.topics.join('", "')}"`)] : subscriptionLine(s),
              ),
              ...(result.kept ?? []).map((s): Line => [plain('Still followed: '), ...subscriptionLine(s)]),
            ],
            list: true,
            more: null,
          };
    case 'unsubscribe-which':
      return result.subscriptions.length === 0
        ? message('This channel follows nothing, so there is nothing to remove.')
        : {
            tone: 'info',
            heading:
              result.unmatched === undefined
                ? 'Nothing removed; this channel follows'
                : `Nothing removed: no topic or id here is "${result.unmatched}"; this channel follows`,
            lines: [
              ...result.subscriptions.map(subscriptionLine),
              [
                plain('Type '),
                code('/unsubscribe <topic or id>'),
                plain(' for one, or '),
                code('/unsubscribe all'),
                plain(' for every one.'),
              ],
            ],
            list: true,
            more: '{count} more not shown.',
          };
    case 'subscriptions':
      return result.subscriptions.length === 0
        ? message('This channel follows nothing yet. Try /subscribe <topic>.')
        : {
            tone: 'info',
            heading: result.changed === 'paused' ? 'Paused' : result.changed === 'resumed' ? 'Resumed' : 'What this channel follows',
            lines: result.subscriptions.map(subscriptionLine),
            list: true,
            more: '{count} more not shown.',
          };
    case 'help':
      return presentHelp(result.commands, result.configureRight);
    case 'text':
      return message(result.text);
    case 'refused':
      return message(result.message, 'refusal', 'Not allowed');
    case 'error':
      return message(result.message, 'error');
  }
}

function presentSources(sources: Source[], total: number, filter: string | null): Presentation {
  if (sources.length === 0) return message(`No outlets${filter ? ` for ${filter}` : ''} (of ${total}).`);
  const heading = `${sources.length} outlet${sources.length === 1 ? '' : 's'}${filter ? ` for ${filter}` : ''}${sources.length < total ? ` (of ${total})` : ''}`;
  const lines = sources.map((s): Line => [
    strong(s.name, s.homepage ?? null),
    plain(` — ${[s.country, s.language, ownershipLabel(s.ownership)].filter(Boolean).join(', ') || 'no details'}`),
  ]);
  return {
    tone: 'info',
    heading,
    lines,
    list: true,
    more: '{count} more not shown. Narrow the list with the country or language options.',
  };
}

/** Most characters of a headline in a list line: a page whose title is its lede has a 300-character one. */
const LIST_HEADLINE_CHARS = 120;

function presentStories(stories: StoryLine[], from: number, total: number | undefined, nextPage: string | undefined): Presentation {
  // Said both before the first ingestion has found anything and once every story has expired: it had said "ingestion
  // has not found any articles" of a store holding 836, whose stories had all expired.
  if (stories.length === 0)
    return message(
      `No current stories: no report in the last ${STORY_WINDOW_DAYS} days, or the first reading of the feeds has not finished yet.`,
    );
  // The command with the id is copied as it stands (a tap on Telegram), so /compare <id> opens exactly this story.
  const lines = stories.map((s): Line => [
    plain(clipAtWord(s.headline, LIST_HEADLINE_CHARS)),
    plain(' — '),
    quiet(`${count(s.outlets, 'outlet')}, ${count(s.articles, 'article')}`),
    plain(' · '),
    code(`/compare ${s.id}`),
  ]);
  const to = from + stories.length - 1;
  // "Current stories 16–30 of 81 (next: /stories page=3)": how far the list goes, and how to see the rest. In
  // brackets, so that no platform's colon after a heading sticks to the command ("page=2:" is no page).
  const shown = from === to ? `${from}` : `${from}–${to}`;
  const span = total !== undefined && (from > 1 || total > to) ? ` ${shown} of ${total}` : '';
  const next = nextPage !== undefined ? ` (next: ${nextPage})` : '';
  return {
    tone: 'info',
    heading: `Current stories${span}${next}`,
    lines,
    list: true,
    more: "{count} more not shown. Use /compare with a story's id, or with a topic.",
  };
}

function presentHelp(summaries: CommandSummary[], configureRight: string): Presentation {
  const lines = summaries.map((c): Line => [
    strong(`/${c.name}`),
    plain(`${c.usage} — ${c.description}`),
    // "· moderators only" rather than a second parenthesis after a description that may end in one.
    ...(c.configures ? [plain(' · '), quiet(`${configureRight} only`)] : []),
  ]);
  const detail = summaries.length === 1 ? summaries[0]!.options : undefined;
  if (detail !== undefined) return presentCommandHelp(summaries[0]!, detail, lines[0]!);
  return { tone: 'info', heading: 'Commands', lines, list: true, more: '{count} more: type /help again in a larger window.' };
}

/** One command explained (/help subscribe): how to type it over what it does, then each option and what it takes. */
function presentCommandHelp(c: CommandSummary, options: NonNullable<CommandSummary['options']>, line: Line): Presentation {
  const [, , ...rights] = line;
  const optionLines = options.map((o): Line => [
    strong(o.name),
    plain(` — ${o.description}`),
    ...(o.required ? [quiet(' · required')] : []),
  ]);
  // usageOf writes an optional option beside a required one as name=…; say so in words once.
  const optional = options.find((o) => !o.required);
  const named = optional !== undefined && options.some((o) => o.required);
  return {
    tone: 'info',
    heading: `/${c.name}${c.usage}`,
    lines: [
      [plain(c.description), ...rights],
      ...(options.length === 0 ? [[plain('It takes no options.')]] : optionLines),
      ...(named ? [[quiet(`Type the optional ones as name=value, e.g. ${optional.name}=${optional.example ?? '…'}`)]] : []),
    ],
    list: true,
    more: null,
  };
}

/**
 * What a new live subscription posts, and when: a story already reported is posted when it next grows, so a moderator
 * who sees nothing at once is told where to look (the briefing lists what matches now).
 */
function whenPosted(s: Subscription, created: boolean): Line[] {
  if (!created || s.mode !== 'live') return [];
  return [
    [
      quiet(
        `Stories are posted here as new reports come in, once they have ${count(s.minOutlets, 'independent outlet')}; what matches now is in `,
      ),
      code('/briefing'),
      quiet('.'),
    ],
  ];
}

/** "1 outlet", "4 outlets". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
