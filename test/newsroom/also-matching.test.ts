import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { silentLogger } from '../../src/log.ts';
import { Newsroom } from '../../src/newsroom/newsroom.ts';
import { renderText } from '../../src/adapters/terminal/render-text.ts';
import { memoryStore } from '../support/delivery-store.ts';

const now = Date.parse('2026-11-28T12:00:00Z');

function article(id: string, title: string, body: string): Article {
  return {
    id,
    sourceId: id.split(':')[0]!,
    feedUrl: null,
    url: `https://${id.split(':')[0]}.example/${id.split(':')[1]}`,
    title,
    body,
    publishedAt: '2026-11-28T10:00:00Z',
    fetchedAt: '2026-11-28T10:00:00Z',
    language: 'en',
    author: null,
    publisher: null,
  };
}

/** A newsroom with no story yet, each source its own outlet. */
function emptyRoom(): Newsroom {
  return new Newsroom({
    store: memoryStore(),
    clock: { now: () => now },
    log: silentLogger,
    outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: null, ownership: null }),
  });
}

async function newsroom(): Promise<Newsroom> {
  const room = emptyRoom();
  await room.add([
    article('north:1', 'Tessel dam overflows and floods Marrow Creek', 'The Tessel dam overflowed on Friday and flooded Marrow Creek.'),
    article(
      'south:1',
      'Marrow Creek flooded as the Tessel dam overflows',
      'Marrow Creek was flooded when the Tessel dam overflowed on Friday.',
    ),
    article('east:1', 'Tessel dam flood: Marrow Creek under water', 'Water from the Tessel dam flooded Marrow Creek on Friday.'),
    article(
      'west:1',
      'Harbour fire destroys Velmora ferry terminal',
      'A fire destroyed the Velmora ferry terminal on Friday; floods of smoke closed the port.',
    ),
    article('north:2', 'Velmora ferry terminal burns in harbour fire', 'The Velmora ferry terminal burned on Friday in a harbour fire.'),
  ]);
  return room;
}

describe('/compare names the other stories its topic found', () => {
  it('opens the best story and lists the others with the command that opens each; an id opens one story alone', async () => {
    const room = await newsroom();
    const found = await room.compare('Friday', async () => {});
    expect(found?.alsoMatching).toHaveLength(1);
    const other = found!.alsoMatching![0]!;
    expect(other.id).not.toBe(found!.story.id);
    const text = renderText({ kind: 'breakdown', breakdown: found! });
    expect(text).toContain(`Also matching your topic:\n  ${other.headline} · /compare ${other.id}`);
    // A topic only one story covers names no other; an id names none.
    expect((await room.compare('Tessel dam', async () => {}))?.alsoMatching).toBeUndefined();
    expect((await room.breakdown(other.id))?.alsoMatching).toBeUndefined();
  });

  it('names another story only when it matches nearly as well as the one opened', async () => {
    const room = await newsroom();
    // Every dam report heads with its flood; one harbour report says "floods of smoke" in its text.
    const found = await room.compare('floods', async () => {});
    expect(found?.reports.map((r) => r.articleId)).toContain('north:1');
    expect(found?.alsoMatching).toBeUndefined();
  });

  it('names no story that gives the topic only in passing', async () => {
    const room = emptyRoom();
    const lead = 'A fire destroyed the Velmora ferry terminal on Friday. Crews fought the blaze for six hours. The port stays shut.';
    const fire = Array.from({ length: 12 }, (_, i) =>
      article(
        `paper${i}:1`,
        `Harbour fire destroys Velmora ferry terminal (${i + 1})`,
        // Two of twelve reports say "election", past their lead.
        i < 2 ? `${lead} Ferries run from Tarn instead. The harbour board's election is next month.` : lead,
      ),
    );
    await room.add([
      article('north:1', 'Glenholt holds snap election', 'Glenholt voted in a snap election on Friday after the mayor resigned.'),
      article('south:1', 'Glenholt mayor quits', 'The snap election in Glenholt on Friday follows the mayor resigning.'),
      ...fire,
    ]);
    const found = await room.compare('election', async () => {});
    expect(found?.reports.map((r) => r.articleId)).toContain('north:1');
    expect(found?.alsoMatching).toBeUndefined();
  });
});
