import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.ts';

describe('detectLanguage', () => {
  it('trusts a declared language, region tags included', () => {
    expect(detectLanguage({ text: 'Der Bürgermeister sagte am Montag', declared: 'en-GB' })).toBe('en');
  });

  it('tells Ukrainian from Russian by their letters', () => {
    expect(detectLanguage({ text: 'Землетрус у Львові' })).toBe('uk');
    expect(detectLanguage({ text: 'Землетрясение в Сибири' })).toBe('ru');
  });

  it('detects supported Latin-script languages with franc limited to them', () => {
    expect(detectLanguage({ text: 'Der Bürgermeister sagte am Montag, dass die Schulen wegen des Hochwassers geschlossen bleiben.' })).toBe(
      'de',
    );
    expect(detectLanguage({ text: 'Le maire a déclaré lundi que les écoles resteraient fermées à cause des inondations.' })).toBe('fr');
    expect(detectLanguage({ text: 'El alcalde dijo el lunes que las escuelas seguirán cerradas por las inundaciones.' })).toBe('es');
  });

  it('falls back for texts too short to judge', () => {
    expect(detectLanguage({ text: 'Storm hits', fallback: 'de' })).toBe('de');
  });

  it('recognises scripts that decide the language alone', () => {
    expect(detectLanguage({ text: 'زلزال قوي يضرب المدينة' })).toBe('ar');
    expect(detectLanguage({ text: '東京で地震がありました' })).toBe('ja');
  });
});
