import { describe, expect, it } from 'vitest';
import { languageCode } from '../../src/parse/language-code.ts';

describe('languageCode', () => {
  it('normalises declared tags to ISO 639-1', () => {
    expect(languageCode('en-us')).toBe('en');
    expect(languageCode('EN_GB')).toBe('en');
    expect(languageCode(' de-AT ')).toBe('de');
    expect(languageCode('fra')).toBe('fr');
    expect(languageCode('ger')).toBe('de');
  });

  it('returns null for unusable values', () => {
    expect(languageCode('')).toBeNull();
    expect(languageCode(null)).toBeNull();
    expect(languageCode('x-klingon')).toBeNull();
    expect(languageCode('english')).toBeNull();
  });
});
