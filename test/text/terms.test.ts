import { describe, expect, it } from 'vitest';
import { stemmerFor } from '../../src/text/stem.ts';
import { contentTerms } from '../../src/text/terms.ts';

describe('contentTerms (one pipeline for clustering and comparison)', () => {
  it('reads Chinese and Japanese word by word, not a whole clause as one term', () => {
    expect(contentTerms('塔尔斯克市中心一家银行遭到抢劫', 'zh')).toEqual(expect.arrayContaining(['银行', '抢劫']));
    expect(contentTerms('マイクロソフトは緊急修正を公開した', 'ja')).toEqual(
      expect.arrayContaining(['マイクロソフト', '緊急', '修正', '公開']),
    );
  });

  it('keeps English "war" and "die", which a merged German stop list dropped', () => {
    const terms = contentTerms('Many soldiers die in the war', 'en');
    expect(terms).toContain('war');
    expect(terms).toContain('die');
  });

  it('reads numbers written as digits or words as one term, and drops reporting verbs', () => {
    expect(contentTerms('Ten people died, police said', 'en')).toEqual(['#10', 'peopl', 'die', 'polic']);
    expect(contentTerms('10 people died', 'en')).toContain('#10');
  });

  it('stems Ukrainian with the Ukrainian stemmer clustering uses, not the Russian one', () => {
    const uk = stemmerFor('uk');
    expect(contentTerms('Рятувальники працювали', 'uk')).toEqual([uk('рятувальники'), uk('працювали')]);
  });
});
