import { describe, expect, it } from 'vitest';
import { isJunk, matchesGold, shownLines, statesFact, summarise, type StoryScore } from '../../src/bench/breakdown-bench.ts';
import type { Breakdown } from '../../src/domain/breakdown.ts';
import type { NumberDivergence } from '../../src/domain/breakdown.ts';

const divergence = (quantity: string, values: [number, number | null][]): NumberDivergence => ({
  quantity,
  label: quantity,
  kind: 'conflict',
  change: null,
  variants: values.map(([min, max]) => ({
    text: String(min),
    figure: String(min),
    min,
    max,
    attribution: null,
    firstReportedAt: null,
    quotes: [],
    outlets: ['x'],
  })),
});

describe('breakdown bench matching', () => {
  it('matches an open count to gold by any one of the nouns its key names', () => {
    const gold = { quantity: 'inspectors', values: [2, 9], kind: 'conflict' as const };
    const values: [number, number | null][] = [
      [2, 2],
      [9, 9],
    ];
    expect(matchesGold(divergence('monitors or inspectors:sent', values), gold)).toBe(true);
    expect(matchesGold(divergence('monitors or experts:sent', values), gold)).toBe(false);
  });

  it('matches a divergence to gold by quantity and two covered values, half of its variants holding gold values', () => {
    const gold = { quantity: 'money', currency: 'USD', values: [13.2e9, 13.9e9], kind: 'conflict' as const };
    expect(
      matchesGold(
        divergence('money:USD', [
          [13.2e9, 13.2e9],
          [13.9e9, 13.9e9],
        ]),
        gold,
      ),
    ).toBe(true);
    expect(
      matchesGold(
        divergence('money:EUR', [
          [13.2e9, 13.2e9],
          [13.9e9, 13.9e9],
        ]),
        gold,
      ),
    ).toBe(false);
    expect(
      matchesGold(
        divergence('money:USD', [
          [75e6, 75e6],
          [13.9e9, 13.9e9],
        ]),
        gold,
      ),
    ).toBe(false);
    expect(
      matchesGold(
        divergence('money:USD', [
          [75e6, 75e6],
          [140e6, 150e6],
          [1e6, 1e6],
          [13.2e9, 13.2e9],
          [13.9e9, 13.9e9],
        ]),
        gold,
      ),
    ).toBe(false);
  });

  it('lets a vague gold value and a "more than" variant meet', () => {
    expect(
      matchesGold(
        divergence('aircraft', [
          [3, 9],
          [41, 41],
        ]),
        { quantity: 'aircraft', values: [41, [2, 9]], kind: 'conflict' },
      ),
    ).toBe(true);
    expect(
      matchesGold(
        divergence('arrests', [
          [201, null],
          [401, null],
        ]),
        { quantity: 'arrests', values: [200, 400], kind: 'update' },
      ),
    ).toBe(true);
  });

  it('states a fact when every word group occurs at a word start', () => {
    expect(statesFact('Ten people were killed in the quake.', ['10|ten', 'kill|dead'])).toBe(true);
    expect(statesFact('It happens often.', ['ten'])).toBe(false);
    // A hyphen between two words is a space: "one-million dollars" states "one million".
    expect(statesFact('Damage is estimated at one-million dollars.', ['one million', 'damage'])).toBe(true);
    expect(statesFact('Damage is estimated at one million dollars.', ['one-million'])).toBe(true);
  });

  it.each([
    'Tuesday, July 2nd, 2013',
    '04 / 28 / 09 07:35 PM ET',
    'WASHINGTON, DC, April 28, 2009',
    'Addis Ababa, June 2, 2025 (ENA)— Ukraine struck.',
    '06/01/2025 June 1, 2025 Drones struck.',
    'Read more: Ukraine war latest',
    'Photo: Lena Marsh/Harbour Press',
    'Video | Courtesy of City Hall',
    'Photo by Lena Marsh',
    'Norland City, Jan 13, 2026 / 02:00 pm (NNA)',
  ])('calls %s junk', (line) => {
    expect(isJunk(line)).toBe(true);
  });

  it.each([
    'killing 10',
    'Ten people died on Tuesday, police said.',
    'magnitude 6',
    'Video posted online showed a crowd shouting at officers.',
  ])('does not call %s junk', (line) => {
    expect(isJunk(line)).toBe(false);
  });

  it('judges a time of day as readers see it, under its label, and any other value as written', () => {
    const time = { ...divergence('time of day', [[1, 1]]), label: 'time of day' };
    time.variants[0] = { ...time.variants[0]!, text: 'at about 1:00 am', figure: 'about 1:00 a.m.' };
    const stamp = divergence('deaths', [[4, 4]]);
    stamp.variants[0] = { ...stamp.variants[0]!, text: '04 / 28 / 09 07:35 PM', figure: '4' };
    const b = { story: { headline: '' }, reports: [], consensus: [], divergences: { numbers: [time, stamp], claims: [] }, unique: [] };
    const lines = shownLines(b as unknown as Breakdown);
    expect(lines).toContain('time of day: about 1:00 a.m.');
    expect(lines.filter(isJunk)).toEqual(['04 / 28 / 09 07:35 PM']);
  });

  const score = (goldClaims: number, goldClaimsFound: number, claims: number, claimsRight: number): StoryScore => ({
    divergences: 0,
    divergencesRight: 0,
    gold: 0,
    goldFound: 0,
    kindsJudged: 0,
    kindsRight: 0,
    claims,
    claimsRight,
    goldClaims,
    goldClaimsFound,
    consensus: 0,
    consensusRight: 0,
    goldFacts: 0,
    goldFactsFound: 0,
    junk: [],
  });

  it('reports claim recall over the gold claim conflicts, beside claim precision over the listed ones', () => {
    const figures = summarise([score(2, 1, 1, 1), score(1, 0, 2, 0)], 1);
    expect(figures.claim_recall).toBe(0.333);
    expect(figures.claim_precision).toBe(0.333);
  });

  it('reports consensus recall over the gold facts and counts the stories that list none', () => {
    const agreed = (consensus: number, goldFacts: number, goldFactsFound: number): StoryScore => ({
      ...score(0, 0, 0, 0),
      consensus,
      consensusRight: goldFactsFound,
      goldFacts,
      goldFactsFound,
    });
    const figures = summarise([agreed(2, 4, 2), agreed(0, 3, 0), agreed(1, 3, 1)], 1);
    expect(figures.consensus_recall).toBe(0.3);
    expect(figures.stories_without_consensus).toBe(1);
  });

  it('leaves claim recall out when the gold has no claim conflict to find', () => {
    expect(summarise([score(0, 0, 1, 0)], 1)).not.toHaveProperty('claim_recall');
  });
});
