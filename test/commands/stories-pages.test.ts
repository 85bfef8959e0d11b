import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { runCommand } from '../../commands/run-command.ts';
import type { StoryLine } from '../../src/domain/story.ts';
import type { CommandResult } from '../../commands/index.ts';
import { presentResult as present } from '../../src/present/present-result.ts';
import { lineText } from '../../src/present/presentation.ts';
import { testContext } from '../support/command-context.ts';

const stories = findCommand('stories')!;
const presentResult = (result: CommandResult) => {
  if (result.kind !== 'stories') throw new Error(result.kind);
  return present(result);
};

const lines: StoryLine[] = Array.from({ length: 40 }, (_, i) => ({
  id: `s-${String(i).padStart(12, '0')}`,
  headline: i === 0 ? `Harbour ${'council '.repeat(40)}votes` : `Story ${i + 1} of the day`,
  articles: 3,
  outlets: 2,
  lastUpdated: '2026-12-03T10:00:00Z',
}));

function context() {
  return testContext({ stories: async (limit) => lines.slice(0, limit), storyCount: () => lines.length });
}

describe('/stories pages', () => {
  it('says how far the list goes and how to see the rest, and lists each page', async () => {
    const first = presentResult(await runCommand(stories, context().ctx, {}));
    expect(first.heading).toBe('Current stories 1–15 of 40 (next: /stories page=2)');
    const third = await runCommand(stories, context().ctx, { page: 3 });
    expect(third.kind === 'stories' && third.stories.map((s) => s.headline)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Story ${i + 31} of the day`),
    );
    expect(presentResult(third).heading).toBe('Current stories 31–40 of 40');
    expect(presentResult(await runCommand(stories, context().ctx, { limit: 1, page: 40 })).heading).toBe('Current stories 40 of 40');
    expect(presentResult(await runCommand(stories, context().ctx, { limit: 20 })).heading).toBe(
      'Current stories 1–20 of 40 (next: /stories 20 page=2)',
    );
  });

  it('says with no current story that none has a recent report, not that ingestion found nothing', async () => {
    const none = testContext({ stories: async () => [], storyCount: () => 0 });
    const shown = presentResult(await runCommand(stories, none.ctx, {}));
    const text = [shown.heading, ...shown.lines.map(lineText)].join(' ');
    expect(text).toMatch(/No current stories: no report in the last 4 days/u);
    expect(text).not.toMatch(/not found any articles/u);
  });

  it('says a page past the end holds none, and clips a headline that is a whole paragraph', async () => {
    expect(await runCommand(stories, context().ctx, { page: 4 })).toEqual({
      kind: 'text',
      text: 'There are 40 current stories, 15 a page: page 4 is past the end. Type /stories for the first page.',
    });
    const first = presentResult(await runCommand(stories, context().ctx, { limit: 1 }));
    const text = lineText(first.lines[0]!);
    expect(text).toMatch(/^Harbour council council .*… — 2 outlets, 3 articles · \/compare s-000000000000$/u);
    expect(text.indexOf(' — ')).toBeLessThanOrEqual(121);
  });
});
