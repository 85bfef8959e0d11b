import type { CommandResult } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import { configures, usageOf } from '../../commands/command.ts';
import type { Breakdown, NumberDivergence } from '../../src/domain/breakdown.ts';
import type { Briefing } from '../../src/domain/delivery.ts';
import type { Source } from '../../src/domain/source.ts';
import { breakdown as bigBreakdown, report } from '../discord/breakdown-fixture.ts';
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

/** What each platform's markup must escape or refuse: HTML, Discord markdown and mentions, a script link. */
const HOSTILE = '<b>*bold*</b> __under__ `tick` @everyone <@&123> [link](javascript:alert(1)) & "quotes" #heading ||spoiler||';

/**
 * A breakdown as hostile as a feed can make one: markup and mentions in every text, script and over-long links, a
 * 600-word sentence, 150 outlets with long names, 120 figures that differ, claims and single-outlet facts.
 */
function hostileBreakdown(): Breakdown {
  const b = bigBreakdown({ outlets: 150, sentences: 5, words: 40, headline: `${HOSTILE} ${long(80)}`, id: 's-00000000beef' });
  b.reports = b.reports.map((r, i) => ({
    ...r,
    outlet: `${HOSTILE} Outlet ${i} ${long(12, 'Gazette')}`,
    title: `${HOSTILE} ${long(60)}`,
    url: i % 3 === 0 ? 'javascript:alert(1)' : i % 3 === 1 ? `https://outlet${i}.example/${'x'.repeat(3000)}` : r.url,
    summary: i === 0 ? [long(600)] : r.summary.map((t) => `${HOSTILE} ${t}`),
  }));
  const names = b.reports.map((r) => r.outlet);
  const figure = (k: number, n: number, attribution: string | null) => ({
    text: `${n} ${HOSTILE}`,
    figure: `${n} ${HOSTILE}`,
    min: n,
    max: n,
    attribution,
    firstReportedAt: '2026-11-29T10:00:00Z',
    quotes: [],
    outlets: names.slice(k, k + 40),
  });
  b.divergences.numbers = Array.from({ length: 120 }, (_, k): NumberDivergence => ({
    quantity: `q${k}`,
    label: `${HOSTILE} measure ${k}`,
    kind: k % 2 ? 'conflict' : 'update',
    change:
      k % 2
        ? null
        : {
            from: { figure: `${k}`, at: '2026-11-29T09:00:00Z', outlets: names.slice(0, 3) },
            to: { figure: `${k * 3}`, at: null, outlets: [] },
          },
    variants: [figure(k, k, `${HOSTILE} officials`), figure(k + 1, k * 3, null)],
  }));
  b.divergences.claims = Array.from({ length: 20 }, (_, k) => ({
    topic: `${HOSTILE} topic ${k}`,
    sides: [
      { party: HOSTILE, claim: long(80), quotes: [], outlets: names.slice(k, k + 30) },
      { party: 'crews', claim: long(80, 'ferry'), quotes: [], outlets: names.slice(k + 30, k + 60) },
    ],
  }));
  b.consensus = Array.from({ length: 12 }, (_, k) => ({
    statement: `${HOSTILE} ${long(120)}`,
    quotes: [],
    outlets: names.slice(0, 100 + k),
  }));
  b.unique = Array.from({ length: 30 }, (_, k) => ({
    statement: `${HOSTILE} ${long(90)}`,
    quote: { articleId: 'a0', outlet: names[k]!, sentence: '' },
    outlet: names[k]!,
  }));
  b.coverage = {
    ...b.coverage,
    byLanguage: { en: 100, de: 30, ja: 20 },
    byCountry: Object.fromEntries(Array.from({ length: 60 }, (_, k) => [`C${k}`, k + 1])),
  };
  return b;
}

/** A breakdown with nothing but its headline: no reports, no consensus, no divergences, no dates. */
function emptyBreakdown(): Breakdown {
  const b = bigBreakdown({ reports: [report(0, { url: null })] });
  return {
    ...b,
    story: { ...b.story, headline: '' },
    reports: [],
    consensus: [],
    divergences: { numbers: [], claims: [] },
    unique: [],
    coverage: { ...b.coverage, reports: 0, independentReports: 0, outlets: 0, byCountry: {}, byLanguage: {}, spanMinutes: null },
  };
}

/** A briefing of 50 stories with hostile, over-long headlines, agreements and differences. */
function longBriefing(): Briefing {
  return {
    ...briefing(),
    title: `${HOSTILE} ${long(60)}`,
    items: Array.from({ length: 50 }, (_, i) => ({
      storyId: `s-${String(i).padStart(12, '0')}`,
      headline: `${HOSTILE} ${long(70)}`,
      consensus: `${HOSTILE} ${long(150)}`,
      divergence: `${HOSTILE} ${long(150, 'figure')}`,
      outlets: 150,
      independentOutlets: 120,
      countries: Array.from({ length: 40 }, (_, k) => `C${k}`),
      url: i % 2 ? 'javascript:alert(1)' : `https://example.org/${'y'.repeat(2500)}`,
    })),
  };
}

/**
 * Results of every kind a command returns, each at its ordinary size and at the largest the commands allow (150
 * outlets, 50 stories, 50 subscriptions with long topics, a breakdown of 30 outlets with long summaries), with the
 * hostile characters each platform's markup must escape; breakdowns and briefings also at their most hostile (150
 * outlets, 120 differing figures, script and 3,000-character links, a 600-word sentence) and at their emptiest. A new
 * result kind fails to compile until it has samples.
 */
export const RESULT_SAMPLES: { [Kind in CommandResult['kind']]: Extract<CommandResult, { kind: Kind }>[] } = {
  breakdown: [
    { kind: 'breakdown', breakdown: bigBreakdown({ outlets: 3 }) },
    { kind: 'breakdown', breakdown: bigBreakdown({ outlets: 30, sentences: 4, words: 60 }) },
    { kind: 'breakdown', breakdown: hostileBreakdown() },
    { kind: 'breakdown', breakdown: emptyBreakdown() },
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
  'unsubscribe-which': [
    { kind: 'unsubscribe-which', subscriptions: [] },
    {
      kind: 'unsubscribe-which',
      subscriptions: Array.from({ length: 50 }, (_, i) => subscription({ id: `sub-${i}`, topics: [long(20)] })),
    },
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
    { kind: 'briefing', briefing: { ...briefing(), since: null, items: [] } },
    { kind: 'briefing', briefing: longBriefing() },
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
