import { describe, expect, it } from 'vitest';
import { fullestName, readerName, sameParty } from '../../src/compare/parties.ts';

describe('parties', () => {
  it.each([
    ['USGS', 'the U.S. Geological Survey'],
    ['USGS', 'the geological survey'],
    ['the geological survey', 'US Geological Survey'],
    ["Russia's defence ministry", 'the Russian Defense Ministry'],
    ['the ministry', 'the Russian Defense Ministry'],
    ['police', 'police in Marrow Creek'],
    ['Staatsmedien', 'state media'],
    ['полиции', 'the police'],
    ['la policía', 'police'],
    ['Минобороны', "Russia's defence ministry"],
  ])('%s and %s are one party', (a, b) => {
    expect(sameParty(a, b)).toBe(true);
  });

  it.each([
    ['the mayor', 'police'],
    ['rebels', 'the army'],
    ['the health ministry', 'the defence ministry'],
    ['SBU', 'the geological survey'],
    ['Polizei', 'the army'],
  ])('%s and %s are two', (a, b) => {
    expect(sameParty(a, b)).toBe(false);
  });

  it('names a party the most specific way', () => {
    expect(fullestName(['police', 'police in marrow creek'])).toBe('police in marrow creek');
  });

  it('names a party in English when a report in another language names it too', () => {
    expect(fullestName(['Staatsmedien', 'state media'])).toBe('state media');
    expect(fullestName(['полиции', 'police in marrow creek'])).toBe('police in marrow creek');
    expect(fullestName(['Staatsmedien'])).toBe('Staatsmedien');
  });

  it('shows a source named only in another language by its English name, and any other name as written', () => {
    expect(readerName('полиции')).toBe('police');
    expect(readerName('la policía')).toBe('police');
    expect(readerName('Staatsmedien')).toBe('state media');
    expect(readerName('Heidar Alishvandi')).toBe('Heidar Alishvandi');
    expect(readerName('police in Marrow Creek')).toBe('police in Marrow Creek');
    // A foreign word that is also an English one for something else is not translated.
    expect(readerName('Marine')).toBe('Marine');
  });
});
