import { describe, expect, it } from 'vitest';
import { coverageLine } from '../../src/adapters/discord/render-summary.ts';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown } from '../../src/adapters/terminal/render-text.ts';
import { languageSpread } from '../../src/compare/wording.ts';
import { breakdown } from '../discord/breakdown-fixture.ts';

describe('coverage by language', () => {
  it('names the languages, most reports first, only when there are several', () => {
    expect(languageSpread({ ru: 1, en: 4, ja: 1 })).toBe('English 4, Japanese 1, Russian 1');
    expect(languageSpread({ en: 6 })).toBeNull();
    expect(languageSpread({})).toBeNull();
    // A story told only in another language says so.
    expect(languageSpread({ ru: 2 })).toBe('Russian 2');
  });

  it('shows on Discord, Telegram and the terminal when a story is reported in several languages, and not otherwise', () => {
    const mixed = breakdown();
    mixed.coverage = { ...mixed.coverage, byLanguage: { en: 3, uk: 2 } };
    const english = breakdown();
    english.coverage = { ...english.coverage, byLanguage: { en: 5 } };
    expect(coverageLine(mixed)).toContain('in English 3, Ukrainian 2');
    expect(breakdownPages(mixed)[0]!.html).toContain('🗣 English 3, Ukrainian 2');
    expect(renderBreakdown(mixed)).toContain('In English 3, Ukrainian 2');
    expect(coverageLine(english)).not.toContain('English');
    expect(breakdownPages(english)[0]!.html).not.toContain('🗣');
    expect(renderBreakdown(english)).not.toMatch(/^In English/m);
  });
});
