import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, findCommand } from '../../commands/index.ts';
import { canConfigureChannel } from '../../commands/preconditions.ts';
import { runCommand } from '../../commands/run-command.ts';
import type { Source } from '../../src/domain/source.ts';
import { testContext } from '../support/command-context.ts';

const catalog: Source[] = [
  { id: 'a', name: 'Alpha', country: 'DE', language: 'de', feeds: ['https://a.example/rss'] },
  { id: 'b', name: 'Beta', country: 'UA', language: 'uk', feeds: ['https://b.example/rss'] },
  { id: 'c', name: 'Gamma', country: 'DE', language: 'en', feeds: ['https://c.example/rss'] },
];

describe('runCommand', () => {
  it('refuses an option the command does not have, naming it and the ones it has', async () => {
    const { ctx } = testContext({ sources: () => catalog });
    const result = await runCommand(findCommand('sources')!, ctx, { colour: 'red' });
    expect(result).toEqual({ kind: 'error', message: '/sources has no option "colour". Options: country, language.' });
  });

  it('filters sources by country and language, normalising case', async () => {
    const { ctx } = testContext({ sources: () => catalog });
    const result = await runCommand(findCommand('/Sources')!, ctx, { country: 'de', language: 'EN' });
    expect(result.kind).toBe('sources');
    if (result.kind !== 'sources') return;
    expect(result.sources.map((s) => s.id)).toEqual(['c']);
    expect(result.total).toBe(3);
    expect(result.filter).toBe('country DE, language en');
  });

  it('points a language code typed where the country goes to language=', async () => {
    const { ctx } = testContext({ sources: () => catalog });
    expect(await runCommand(findCommand('sources')!, ctx, { country: 'en' })).toEqual({
      kind: 'text',
      text: 'No outlets for country EN (of 3). For outlets writing in "en", type /sources language=en.',
    });
    // A country code that is no outlet's language stays a plain empty answer.
    expect(await runCommand(findCommand('sources')!, ctx, { country: 'fr' })).toMatchObject({ kind: 'sources', sources: [] });
  });

  it('explains a bad option value', async () => {
    const { ctx } = testContext({ sources: () => catalog });
    const result = await runCommand(findCommand('sources')!, ctx, { country: 'Germany' });
    expect(result).toEqual({ kind: 'error', message: 'country must be a two-letter code such as DE' });
  });

  it('names the value given and what the option wants when the schema only says it is invalid', async () => {
    const { ctx } = testContext({});
    expect(await runCommand(findCommand('stories')!, ctx, { limit: 'abc' })).toEqual({
      kind: 'error',
      message: '/stories: "abc" is not a valid limit — how many a page lists (1–50, default 15).',
    });
    expect(await runCommand(findCommand('stories')!, ctx, { limit: '500' })).toEqual({
      kind: 'error',
      message: '/stories: "500" is not a valid limit — how many a page lists (1–50, default 15).',
    });
  });

  it('asks for a topic when /compare has none, and refuses an oversize one', async () => {
    const { ctx } = testContext({});
    expect(await runCommand(findCommand('compare')!, ctx, {})).toEqual({
      kind: 'error',
      message: 'Give a topic, for example: /compare earthquake Turkey',
    });
    const long = await runCommand(findCommand('compare')!, ctx, { topic: 'x'.repeat(5000) });
    expect(long).toMatchObject({ kind: 'error', message: expect.stringMatching(/under 200 characters/) });
  });

  it('says so when no outlet reports on a topic', async () => {
    const asked: string[] = [];
    const { ctx } = testContext({ compare: async (topic) => (asked.push(topic), null) });
    const result = await runCommand(findCommand('compare')!, ctx, { topic: '  quiet   village  ' });
    expect(asked).toEqual(['quiet village']);
    expect(result).toEqual({ kind: 'text', text: 'No outlet has reported on "quiet village" yet. Try fewer or different words.' });
  });

  it('turns a handler failure into an error result instead of throwing', async () => {
    const { ctx } = testContext({
      compare: async () => {
        throw new Error('store unavailable');
      },
    });
    const result = await runCommand(findCommand('compare')!, ctx, { topic: 'flood' });
    expect(result).toEqual({ kind: 'error', message: '/compare failed: store unavailable. Please try again later.' });
  });

  it('runs preconditions before the handler: a non-moderator is refused and the handler never runs', async () => {
    let ran = false;
    const configure = defineCommand({
      name: 'configure',
      description: 'test',
      options: [],
      schema: z.object({}),
      preconditions: [canConfigureChannel],
      run: async () => ((ran = true), { kind: 'text', text: 'done' }),
    });
    const member = testContext({}, { moderator: false });
    expect(await runCommand(configure, member.ctx, {})).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/Only moderators/),
    });
    expect(ran).toBe(false);
    const moderator = testContext({}, { moderator: true });
    expect(await runCommand(configure, moderator.ctx, {})).toEqual({ kind: 'text', text: 'done' });
    expect(ran).toBe(true);
  });

  it('suggests at most 25 current stories matching what was typed, each valued by its story id', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      headline: `Flood in town ${i}`,
      articles: 3,
      outlets: 2,
      lastUpdated: '2026-01-01T00:00:00Z',
    }));
    const { ctx } = testContext({
      stories: async () => [
        ...lines,
        { id: 's-00000000000f', headline: 'Quake hits coast', articles: 5, outlets: 4, lastUpdated: '2026-01-01T00:00:00Z' },
      ],
    });
    const compare = findCommand('compare')!;
    expect(await compare.suggest!(ctx, 'topic', 'quake')).toEqual([{ name: 'Quake hits coast (4 outlets)', value: 's-00000000000f' }]);
    expect(await compare.suggest!(ctx, 'topic', 'flood')).toHaveLength(25);
  });
});
