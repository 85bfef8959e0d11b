import { describe, expect, it } from 'vitest';
import { copyNote, durationText } from '../../src/compare/wording.ts';

describe('breakdown wording shared by the adapters', () => {
  it.each([[0, '0 min'], [59, '59 min'], [60, '1 h'], [47 * 60, '47 h'], [48 * 60, '2 days'], [10 * 1440, '10 days']])('%d minutes → %s', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  it('marks copies, naming the agency when known', () => {
    expect(copyNote({ independent: true, agency: 'AP' })).toBe('');
    expect(copyNote({ independent: false, agency: 'AP' })).toBe(' · copy of AP');
    expect(copyNote({ independent: false, agency: null })).toBe(' · copy');
  });
});
