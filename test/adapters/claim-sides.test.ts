import { describe, expect, it } from 'vitest';
import { renderBreakdownPages } from '../../src/adapters/discord/render-breakdown.ts';
import { renderDivergencePages } from '../../src/adapters/discord/render-divergences.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { claimSideText } from '../../src/compare/wording.ts';
import { sharpestDivergence } from '../../src/subscriptions/briefing-item.ts';
import { breakdown } from '../discord/breakdown-fixture.ts';

/** A claim that already says who makes it is shown as written, never as "police: Police say …". */
describe('the sides of a conflicting claim', () => {
  const b = breakdown({ outlets: 4 });
  b.divergences.numbers = [];
  b.divergences.claims = [
    {
      topic: 'colour of the van',
      sides: [
        { party: 'police', claim: 'Police say the van that left the quay was white.', quotes: [], outlets: ['Outlet 0 Daily'] },
        { party: 'dock workers', claim: 'the van was dark blue', quotes: [], outlets: ['Outlet 2 Daily', 'Outlet 3 Daily'] },
      ],
    },
  ];

  it('names the party only when the claim does not', () => {
    expect(claimSideText({ party: 'the army', claim: 'The army denied shelling the bridge.' })).toBe(
      'The army denied shelling the bridge.',
    );
    expect(claimSideText({ party: 'the harbour authority', claim: 'an electrical fault' })).toBe(
      'the harbour authority: an electrical fault',
    );
    // A side whose party is the one outlet reporting it is shown by the outlet after the claim, not twice.
    expect(claimSideText({ party: 'Daily Post', claim: 'the ferry sailed on Friday', outlets: ['Daily Post'] })).toBe(
      'the ferry sailed on Friday',
    );
    expect(claimSideText({ party: 'Daily Post', claim: 'the ferry sailed on Friday', outlets: ['Daily Post', 'Evening Star'] })).toBe(
      'Daily Post: the ferry sailed on Friday',
    );
    // Nor when it is the several outlets reporting it, with no one quoted.
    expect(
      claimSideText({ party: 'Daily Post and Evening Star', claim: 'the ferry sailed on Friday', outlets: ['Daily Post', 'Evening Star'] }),
    ).toBe('the ferry sailed on Friday');
    // A party's name inside another word is not a mention of it.
    expect(claimSideText({ party: 'Ann', claim: 'Announcers said the match was delayed.' })).toBe(
      'Ann: Announcers said the match was delayed.',
    );
  });

  it('reads the same on Discord, Telegram, the terminal and in the briefing', () => {
    const discord = [...renderBreakdownPages(b), ...renderDivergencePages(b)].map((m) => m.embeds[0]!.description).join('\n');
    const telegram = breakdownPages(b)
      .map((p) => p.html.replace(/<[^>]+>/g, ''))
      .join('\n');
    const terminal = renderBreakdown(b);
    for (const text of [discord, telegram, terminal]) {
      expect(text).toContain('Police say the van that left the quay was white. — Outlet 0 Daily');
      expect(text).toContain('dock workers: the van was dark blue — Outlet 2 Daily, Outlet 3 Daily');
      expect(text).not.toMatch(/police: Police/i);
    }
    expect(sharpestDivergence(b)).toBe(
      'colour of the van: Police say the van that left the quay was white. (Outlet 0 Daily) / dock workers: the van was dark blue (Outlet 2 Daily, Outlet 3 Daily)',
    );
  });

  it('shows both sides in the briefing line, a long side by a shorter sentence of its reports', () => {
    const long = breakdown({ outlets: 4 });
    long.divergences.numbers = [];
    const first =
      'A long-serving harbour master who had warned of the quay for years and was later honoured by the port, Ilse Varga said the van that left the quay was white.';
    long.divergences.claims = [
      {
        topic: 'colour of the van',
        sides: [
          {
            party: 'Ilse Varga',
            claim: first,
            quotes: [
              { articleId: 'a0', outlet: 'Outlet 0 Daily', sentence: first },
              { articleId: 'a1', outlet: 'Outlet 1 Daily', sentence: 'Ilse Varga said the van was white.' },
            ],
            outlets: ['Outlet 0 Daily', 'Outlet 1 Daily'],
          },
          { party: 'dock workers', claim: 'the van was dark blue', quotes: [], outlets: ['Outlet 2 Daily'] },
        ],
      },
    ];
    const line = sharpestDivergence(long)!;
    expect(line.length).toBeLessThanOrEqual(220);
    expect(line).toBe(
      'colour of the van: Ilse Varga said the van was white. (Outlet 0 Daily, Outlet 1 Daily) / dock workers: the van was dark blue (Outlet 2 Daily)',
    );
  });

  it('cuts a long side around what the topic names, so the word the sides differ on stays in the briefing line', () => {
    const b = breakdown({ outlets: 4 });
    b.divergences.numbers = [];
    const witness =
      'Witnesses say 59-year-old Mara Lind was leaving her car on Dock Road in the old harbour district on Friday evening when she was hit by a silver delivery van and thrown into the air.';
    b.divergences.claims = [
      {
        topic: 'colour of the delivery van',
        sides: [
          {
            party: 'witnesses',
            claim: witness,
            quotes: [{ articleId: 'a0', outlet: 'Outlet 0 Daily', sentence: witness }],
            outlets: ['Outlet 0 Daily'],
          },
          {
            party: 'police',
            claim: 'Police say she was struck by a grey delivery van heading north.',
            quotes: [],
            outlets: ['Outlet 2 Daily'],
          },
        ],
      },
    ];
    const line = sharpestDivergence(b)!;
    expect(line.length).toBeLessThanOrEqual(220);
    expect(line).toContain('silver delivery van');
    expect(line).toContain('grey delivery van');
  });
});
