import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { runCommand } from '../../commands/run-command.ts';
import type { Breakdown } from '../../src/domain/breakdown.ts';
import type { StoryLine } from '../../src/domain/story.ts';
import { breakdown } from '../discord/breakdown-fixture.ts';
import { testContext } from '../support/command-context.ts';

const compare = findCommand('compare')!;

/** Two current stories whose headlines share most words: a search for one headline could land on the other. */
const ferry = breakdown({ id: 's-aaaaaaaaaaa1', headline: 'Lantern Harbour ferry inspection finds cracked hull' });
const reopening = breakdown({ id: 's-bbbbbbbbbbb2', headline: 'Lantern Harbour ferry inspection ends, harbour reopens' });
const lines: StoryLine[] = [ferry, reopening].map((b) => ({
  id: b.story.id,
  headline: b.story.headline,
  articles: 4,
  outlets: 3,
  lastUpdated: '2026-11-29T12:00:00Z',
}));

function services() {
  const searched: string[] = [];
  const opened: string[] = [];
  const byId = new Map<string, Breakdown>([ferry, reopening].map((b) => [b.story.id, b]));
  const { ctx } = testContext({
    stories: async (limit) => lines.slice(0, limit),
    breakdown: async (id) => (opened.push(id), byId.get(id) ?? null),
    // The search always prefers the reopening story, as a search for the shared words may.
    compare: async (topic) => (searched.push(topic), /lantern|harbour/i.test(topic) ? reopening : null),
  });
  return { ctx, searched, opened };
}

describe('/compare with a story id', () => {
  it('suggests current stories by headline with the story id as the value, and picking one opens exactly that story', async () => {
    const { ctx, searched } = services();
    const suggestions = await compare.suggest!(ctx, 'topic', 'ferry inspection');
    expect(suggestions.map((s) => s.value)).toEqual(['s-aaaaaaaaaaa1', 's-bbbbbbbbbbb2']);
    expect(suggestions[0]!.name).toBe('Lantern Harbour ferry inspection finds cracked hull (3 outlets)');
    for (const suggestion of suggestions) {
      const result = await runCommand(compare, ctx, { topic: suggestion.value });
      expect(result.kind === 'breakdown' && result.breakdown.story.id).toBe(suggestion.value);
    }
    expect(searched).toEqual([]);
    expect((await compare.suggest!(ctx, 'topic', 's-aaa')).map((s) => s.value)).toEqual(['s-aaaaaaaaaaa1']);
  });

  it('still searches a typed topic, and text that holds an id among other words', async () => {
    const { ctx, searched, opened } = services();
    const typed = await runCommand(compare, ctx, { topic: 'Lantern Harbour ferry inspection finds cracked hull' });
    expect(typed.kind === 'breakdown' && typed.breakdown.story.id).toBe('s-bbbbbbbbbbb2');
    expect(opened).toEqual([]);
    const lookalike = await runCommand(compare, ctx, { topic: 's-ccccccccccc3 harbour' });
    expect(lookalike.kind).toBe('breakdown');
    expect(searched).toEqual(['Lantern Harbour ferry inspection finds cracked hull', 's-ccccccccccc3 harbour']);
  });

  it('opens the story an id pasted with its surroundings names: a full stop, the closing line, a /stories line, its digits alone', async () => {
    const pasted = [
      's-aaaaaaaaaaa1.',
      '/compare s-aaaaaaaaaaa1 opens this story again',
      '/compare s-aaaaaaaaaaa1',
      'Lantern Harbour ferry inspection finds cracked hull — 3 outlets, 4 articles · /compare s-aaaaaaaaaaa1',
      'aaaaaaaaaaa1',
      '"S-AAAAAAAAAAA1"',
    ];
    for (const topic of pasted) {
      const { ctx, searched, opened } = services();
      const result = await runCommand(compare, ctx, { topic });
      expect(result.kind === 'breakdown' && result.breakdown.story.id, topic).toBe('s-aaaaaaaaaaa1');
      expect(opened).toEqual(['s-aaaaaaaaaaa1']);
      expect(searched).toEqual([]);
    }
  });

  it('says of an address that is no report of a current story that it is none, rather than that no outlet reported it', async () => {
    const { ctx } = services();
    expect(await runCommand(compare, ctx, { topic: 'https://example.org/news/ferry-hull' })).toEqual({
      kind: 'text',
      text: 'That address is no report of a current story. /compare takes a topic ("earthquake Turkey") or a story id from /stories.',
    });
  });

  it('says plainly that an unknown id has expired or is mistyped, without searching the news for it', async () => {
    const { ctx, searched, opened } = services();
    const result = await runCommand(compare, ctx, { topic: ' S-CCCCCCCCCCC3 ' });
    expect(opened).toEqual(['s-ccccccccccc3']);
    expect(searched).toEqual([]);
    expect(result).toEqual({
      kind: 'text',
      text: 'No current story has the id s-ccccccccccc3: it has expired (stories expire a few days after their last report), or it is mistyped. Type /stories for the current ones, or /compare <topic> to search.',
    });
  });

  it('says an id with a digit too few or too many is no id, without searching the news for it', async () => {
    const { ctx, searched } = services();
    const result = await runCommand(compare, ctx, { topic: 's-831430ef1a4' });
    expect(searched).toEqual([]);
    expect(result).toEqual({
      kind: 'text',
      text: 's-831430ef1a4 is no story id: an id is "s-" and 12 letters and digits, as /stories shows them. Type /stories for the current ones, or /compare <topic> to search.',
    });
  });
});

describe('/compare with no word in its topic', () => {
  it('refuses signs or emoji alone without searching the news', async () => {
    const { ctx, searched } = services();
    for (const topic of ['???!!!', '🌍🔥']) {
      expect(await runCommand(compare, ctx, { topic })).toEqual({
        kind: 'error',
        message: 'Give a topic with a word in it, for example: /compare earthquake Turkey',
      });
    }
    expect(searched).toEqual([]);
  });
});
