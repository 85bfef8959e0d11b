import { describe, expect, it } from 'vitest';
import { hasNegativeHint, hintWeight, isBoilerplateLine } from '../../src/extract/boilerplate.ts';

describe('isBoilerplateLine', () => {
  it.each([
    'Advertisement',
    'Read more: How the bridge was built',
    'Sign up for our morning newsletter',
    '© 2026 The Gazette',
    'Copyright 2026 Ledger Media. All rights reserved.',
    'Photo credit: Staff',
    'The quay at dawn. Photograph: Ledger archive',
    'Share this article',
    'We use cookies to improve your experience; accept our cookie policy',
    'Getty Images',
    'Skip to content',
  ])('drops %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'The council said it would read more submissions before deciding.',
    'Officials asked drivers to sign the petition for a new bridge.',
    'Photographers gathered at the harbour on Sunday morning.',
    `${'A long paragraph that mentions advertisement and cookies in passing. '.repeat(4)}`,
  ])('keeps %j', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe('class and id hints', () => {
  it('weighs positive and negative tokens by word, not substring', () => {
    expect(hintWeight('article-body main')).toBeGreaterThan(0);
    expect(hintWeight('ad-slot share-bar')).toBeLessThan(0);
    expect(hasNegativeHint('shadow header-load')).toBe(false);
    expect(hasNegativeHint('relatedLinks')).toBe(true);
  });
});
