import { describe, expect, it } from 'vitest';
import { placesIn } from '../../src/text/place-names.ts';

const keys = (text: string, language: string, query = false): string[] => placesIn(text, language, { query }).map((p) => p.key);

describe('placesIn', () => {
  it('reads one country in every script and grammar of the catalog', () => {
    expect(keys('A quake struck Iran on Sunday.', 'en')).toEqual(['^IR']);
    expect(keys('Землетрясение на юге Ирана.', 'ru')).toEqual(['^IR']);
    expect(keys('Землетрус в Ірані.', 'uk')).toEqual(['^IR']);
    expect(keys('Der Süden Irans wurde erschüttert.', 'de')).toEqual(['^IR']);
    expect(keys('伊朗南部发生地震。', 'zh')).toEqual(['^IR']);
    expect(keys('イラン南部で地震。', 'ja')).toEqual(['^IR']);
    expect(keys('이란에서 지진이 발생했다.', 'ko')).toEqual(['^IR']);
    expect(keys('زلزال قوي ولإيران جيران.', 'ar')).toEqual(['^IR']);
    expect(keys('רעידת אדמה באיראן.', 'he')).toEqual(['^IR']);
  });

  it('gives a declined name the place it shares most letters with', () => {
    expect(keys('на юге Ирана', 'ru')).toEqual(['^IR']);
    expect(keys('на юге Ирака', 'ru')).toEqual(['^IQ']);
    expect(keys('в Турции', 'ru')).toEqual(['^TR']);
  });

  it('reads the longest name and not a shorter one inside it', () => {
    expect(keys('Flooding in Nigeria and Niger.', 'en')).toEqual(['^NG', '^NE']);
    expect(keys('インドネシアとインド', 'ja')).toEqual(['^ID', '^IN']);
    expect(keys('Storms in Indiana.', 'en')).toEqual([]);
    expect(keys('Соединенных Штатов', 'ru')).toEqual(['^US']);
    expect(keys('The U.S. and the United States', 'en')).toEqual(['^US', '^US']);
  });

  it('reads a Chinese or Japanese name only where a word starts', () => {
    expect(keys('这是一个好方法国家应该采用', 'zh')).toEqual([]);
    expect(keys('他们用的方法国际上少见', 'zh')).toEqual([]);
    expect(keys('法国人认为', 'zh')).toEqual(['^FR']);
    expect(keys('英国籍男子', 'zh')).toEqual(['^GB']);
    expect(keys('中国人観光客が増えた', 'ja')).toEqual(['^CN']);
    expect(keys('法国', 'zh', true)).toEqual(['^FR']);
  });

  it('does not read a katakana name inside a longer katakana word', () => {
    expect(keys('マリアが来た', 'ja')).toEqual([]);
    expect(keys('マリで選挙', 'ja')).toEqual(['^ML']);
  });

  it('reads a place written with a capital in running text, and as typed in a query', () => {
    expect(keys('a chad of paper', 'en')).toEqual([]);
    expect(keys('Troops left Chad.', 'en')).toEqual(['^TD']);
    expect(keys('iran earthquake', 'en', true)).toEqual(['^IR']);
  });

  it('reads an English adjective as its place, and cities by their local names', () => {
    expect(keys('Iranian officials said', 'en')).toEqual(['^IR']);
    expect(keys('温哥华和德黑兰', 'zh')).toEqual(['^vancouver', '^tehran']);
    expect(keys('Snow in Vancouver', 'en')).toEqual(['^vancouver']);
  });

  it("reads a text with its own language's names", () => {
    expect(keys('Ferry to Staten Island', 'en')).toEqual([]);
    expect(keys('Vulkanausbruch auf Island', 'de')).toEqual(['^IS']);
    expect(keys('Snow closed roads near Easter Island', 'en')).toEqual(['^easter']);
    expect(keys('Easter services were held', 'en')).toEqual([]);
    expect(keys('Research at Casey station', 'en')).toEqual([]);
  });

  it('says where each name is written', () => {
    const text = 'Quake in Iran';
    const [p] = placesIn(text, 'en');
    expect(text.slice(p!.start, p!.end)).toBe('Iran');
  });
});
