import type { CommandResult } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import { configures, usageOf } from '../../commands/command.ts';
import type { Source } from '../../src/domain/source.ts';
import { breakdown as bigBreakdown } from '../discord/breakdown-fixture.ts';
import { briefing, subscription } from '../telegram/fixtures.ts';

const long = (n: number, word = 'harbour') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function source(i: number): Source {
  return {
    id: `outlet-${i}`,
    name: `Outlet ${i} ${long(6, 'Name')}`,
    homepage: `https://outlet${i}.example/`,
    country: 'DE',
    language: 'de',
    ownership: 'private',
    feeds: [`https://outlet${i}.example/rss`],
  };
}

/**
 * Results of every kind a command returns, each at its ordinary size and at the largest the commands allow (150
 * outlets, 50 stories, 50 subscriptions with long topics, a breakdown of 30 outlets with long summaries), with the
 * hostile characters each platform's markup must escape. A new result kind fails to compile until it has samples.
 */
export const RESULT_SAMPLES: { [Kind in CommandResult['kind']]: Extract<CommandResult, { kind: Kind }>[] } = {
  breakdown: [
    { kind: 'breakdown', breakdown: bigBreakdown({ outlets: 3 }) },
    { kind: 'breakdown', breakdown: bigBreakdown({ outlets: 30, sentences: 4, words: 60 }) },
  ],
  sources: [
    { kind: 'sources', sources: [source(1)], total: 150, filter: 'country DE' },
    { kind: 'sources', sources: Array.from({ length: 150 }, (_, i) => source(i)), total: 150, filter: null },
    { kind: 'sources', sources: [], total: 150, filter: 'language xx' },
  ],
  stories: [
    {
      kind: 'stories',
      stories: Array.from({ length: 50 }, (_, i) => ({
        id: `s-${String(i).padStart(12, '0')}`,
        headline: `<b>*Story*</b> ${long(40)}`,
        articles: 9,
        outlets: 5,
        lastUpdated: '2026-11-29T08:00:00Z',
      })),
    },
    { kind: 'stories', stories: [] },
  ],
  subscribed: [
    { kind: 'subscribed', subscription: subscription({ topics: ['harbour fire', '`<i>`'], exclude: ['sport'] }), created: true },
  ],
  unsubscribed: [
    { kind: 'unsubscribed', removed: [] },
    { kind: 'unsubscribed', removed: Array.from({ length: 50 }, (_, i) => subscription({ id: `sub-${i}`, topics: [long(20)] })) },
  ],
  subscriptions: [
    { kind: 'subscriptions', subscriptions: [] },
    {
      kind: 'subscriptions',
      subscriptions: Array.from({ length: 50 }, (_, i) =>
        subscription({ id: `sub-${i}`, topics: [long(25)], paused: { at: '2026-11-29T00:00:00Z', reason: long(10, 'kicked'), by: null } }),
      ),
    },
  ],
  briefing: [
    { kind: 'briefing', briefing: briefing() },
    { kind: 'briefing', briefing: { ...briefing(), items: [] } },
  ],
  help: [
    {
      kind: 'help',
      commands: commands.map((c) => ({ name: c.name, usage: usageOf(c), description: c.description, configures: configures(c) })),
      configureRight: 'moderators',
    },
  ],
  text: [
    { kind: 'text', text: 'No outlet has reported on "x" yet.' },
    { kind: 'text', text: long(900) },
  ],
  refused: [{ kind: 'refused', message: 'Only moderators can change what this channel follows.' }],
  error: [{ kind: 'error', message: '/compare failed: <script>. Please try again later.' }],
};

/** Every sample, with a name for the test title. */
export function allSamples(): { name: string; result: CommandResult }[] {
  return Object.entries(RESULT_SAMPLES).flatMap(([kind, list]) =>
    (list as CommandResult[]).map((result, i) => ({ name: `${kind} #${i + 1}`, result })),
  );
}
