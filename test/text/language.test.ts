import { describe, expect, it } from 'vitest';
import { checkedLanguage, detectLanguage, recordedLanguage } from '../../src/text/language.ts';

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

  it('reads Chinese that writes a foreign name with a middle dot or a long vowel sign as Chinese, and kana as Japanese', () => {
    expect(detectLanguage({ text: '瓦伦市市长唐纳德・佩恩周二表示，洪水冲毁了河上的旧桥。' })).toBe('zh');
    expect(detectLanguage({ text: '瓦伦市的卡拉OKー厅周二因洪水关闭，市长表示将重建旧桥。' })).toBe('zh');
    expect(detectLanguage({ text: 'ヴァレン市長は火曜日、洪水で古い橋が流されたと述べた。' })).toBe('ja');
  });

  it('gives way when the text is in a script the declared language is not written in', () => {
    const arabic = 'قالت السلطات إن زلزالا قويا ضرب جنوب البلاد صباح اليوم';
    expect(detectLanguage({ text: arabic, declared: 'en-US' })).toBe('ar');
    expect(
      detectLanguage({ text: 'The mayor said on Monday that the schools would stay closed because of the floods.', declared: 'ar' }),
    ).toBe('en');
    expect(detectLanguage({ text: '서울에서 강한 지진이 발생해 여러 건물이 흔들렸다고 당국이 밝혔다', declared: 'en' })).toBe('ko');
  });

  it('keeps a declaration between languages of one script, and when the text is too short to say', () => {
    expect(checkedLanguage('es', 'O prefeito disse na segunda-feira que as escolas vão continuar fechadas.')).toBe('es');
    expect(checkedLanguage('ru', 'Землетрус у Львові зруйнував кілька будинків')).toBe('ru');
    expect(checkedLanguage('en', '东京地震')).toBe('en');
    expect(checkedLanguage('en-GB', 'زلزال قوي يضرب جنوب البلاد صباح اليوم')).toBeNull();
    expect(checkedLanguage(null, 'Storm hits the coast')).toBeNull();
    expect(checkedLanguage('sr', 'Zemljotres je pogodio jug zemlje u nedelju ujutru')).toBe('sr');
    expect(checkedLanguage('sr', 'Земљотрес је погодио југ земље у недељу ујутру')).toBe('sr');
  });

  it('records what a long enough Latin-script text shows between the languages it can tell apart, else the declaration', () => {
    const german =
      'Der Bürgermeister sagte am Montag, dass die Schulen wegen des Hochwassers bis zum Ende der Woche geschlossen bleiben. ' +
      'Die Feuerwehr hat in der Nacht mehr als zweihundert Menschen aus ihren Häusern in der Altstadt gebracht, und die ' +
      'Bahnstrecke nach Norden bleibt gesperrt, bis das Wasser zurückgeht und die Brücken geprüft worden sind.';
    expect(recordedLanguage('en-US', german)).toBe('de');
    expect(recordedLanguage('de', german)).toBe('de');
    expect(recordedLanguage('en', 'Der Bürgermeister sagte am Montag')).toBe('en');
    expect(recordedLanguage('sv', german)).toBe('sv');
    expect(recordedLanguage(null, german)).toBeNull();
  });
});
