import { describe, expect, it } from 'vitest';
import { copyNote, durationText, saysOf } from '../../src/compare/wording.ts';

describe('breakdown wording shared by the adapters', () => {
  it.each([
    [0, '0 min'],
    [59, '59 min'],
    [60, '1 h'],
    [47 * 60, '47 h'],
    [48 * 60, '2 days'],
    [10 * 1440, '10 days'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  it('marks copies, naming the agency when known', () => {
    expect(copyNote({ independent: true, agency: 'AP' })).toBe('');
    expect(copyNote({ independent: false, agency: 'AP' })).toBe(' · copy of AP');
    expect(copyNote({ independent: false, agency: null })).toBe(' · copy');
    // Without an agency, the outlet whose report it copies is named; an agency named in the text comes first.
    expect(copyNote({ independent: false, agency: null }, 'Harbour Ledger')).toBe(' · copy of Harbour Ledger');
    expect(copyNote({ independent: false, agency: 'AP' }, 'Harbour Ledger')).toBe(' · copy of AP');
    expect(copyNote({ independent: true, agency: null }, 'Harbour Ledger')).toBe('');
  });
});

describe('saysOf: the verb agrees with the party', () => {
  const v = (attribution: string | null, outlets = ['A']) => ({ attribution, outlets });
  it('says for one party or outlet, say for plural parties and several outlets', () => {
    expect(saysOf(v('regional hospital'))).toBe('says');
    expect(saysOf(v("Russia's defence ministry"))).toBe('says');
    expect(saysOf(v('Reuters'))).toBe('says');
    expect(saysOf(v('Police in Marrow Creek'))).toBe('say');
    expect(saysOf(v('Ukrainian officials'))).toBe('say');
    expect(saysOf(v('local residents'))).toBe('say');
    expect(saysOf(v('the ministry and the army'))).toBe('say');
    expect(saysOf(v(null, ['A', 'B']))).toBe('say');
    expect(saysOf(v(null, ['A']))).toBe('says');
  });
});
