import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';

describe('tokenize', () => {
  it('marks sentence starts, capitals and acronyms', () => {
    const t = tokenize('Rescuers reached Velora. The UN said Mira Tolan spoke.');
    expect(t.map((x) => x.text)).toEqual(['Rescuers', 'reached', 'Velora', 'The', 'UN', 'said', 'Mira', 'Tolan', 'spoke']);
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['Rescuers', 'The']);
    expect(t.filter((x) => x.acronym).map((x) => x.text)).toEqual(['UN']);
    expect(t.find((x) => x.text === 'Velora')?.capitalised).toBe(true);
  });

  it('normalises numbers with thousands separators and decimal commas', () => {
    const t = tokenize('1,200 homes, magnitude 6,1 and 2.500 people');
    expect(t.filter((x) => x.numeric).map((x) => x.text)).toEqual(['1200', '6.1', '2500']);
  });

  it('skips clock times, which name no event', () => {
    expect(tokenize('Updated 9:53 AM, 22 July').map((x) => x.text)).toEqual(['Updated', 'AM', '22', 'July']);
  });

  it('drops possessives and elisions', () => {
    expect(tokenize("the mayor's office, l'hôpital").map((x) => x.lower)).toEqual(['the', 'mayor', 'office', 'hôpital']);
  });

  it('reads Cyrillic words and their case', () => {
    const t = tokenize('Вчера в Києві Олена Петренко сказала.');
    expect(t.map((x) => x.lower)).toEqual(['вчера', 'в', 'києві', 'олена', 'петренко', 'сказала']);
    expect(t.filter((x) => x.capitalised && !x.sentenceStart).map((x) => x.text)).toEqual(['Києві', 'Олена', 'Петренко']);
  });

  it('splits Han runs into character bigrams', () => {
    expect(tokenize('地震发生').map((x) => x.text)).toEqual(['地震', '震发', '发生']);
  });
});
