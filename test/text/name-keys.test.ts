import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../../src/text/name-candidates.ts';
import { nameKey, nameKeys, nameKeysByScript, searchKeys, soundLikeness, soundsInOtherScript } from '../../src/text/name-keys.ts';
import { writtenIn } from '../../src/text/language.ts';
import { numberKeys } from '../../src/text/number-keys.ts';

describe('nameKey: one key for a name in every script', () => {
  it.each([
    ['London', 'Лондон', 'ロンドン', '伦敦', 'لندن'],
    ['Microsoft', 'Майкрософт', 'マイクロソフト'],
    ['Jackson', 'Джексон', 'ジャクソン', '杰克逊', 'جاكسون'],
    ['Wellington', 'Веллингтон'],
    ['Ortiz', 'أورتيز'],
    ['Angeles', 'Анджелес', 'أنجلوس'],
  ])('%s and its transcriptions share a key', (...spellings) => {
    const keys = spellings.map((s) => nameKey(s));
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size, JSON.stringify(keys)).toBe(1);
  });

  it('gives a Latin x both its readings, so Teixeira meets Тейшейра and テシェイラ', () => {
    expect(nameKeys('Teixeira')).toContain(nameKey('Тейшейра'));
    expect(nameKeys('Teixeira')).toContain(nameKey('テシェイラ'));
    expect(nameKeys('Teixeira')).toContain(nameKey('Teixeira'));
    expect(nameKeys('London')).toEqual([nameKey('London')]);
  });

  it('reads a Chinese transcription syllable by syllable: a closing n before m writes one m, a closing ng may be an n', () => {
    // 廉姆 writes the "liam" of Williams and 汉姆 the "ham" of Beckham; 登 the "den" of Biden, 朗 the "rown" of Brown.
    expect(nameKeys('威廉姆斯')).toContain(nameKey('Williams'));
    expect(nameKeys('贝克汉姆')).toContain(nameKey('Beckham'));
    expect(nameKeys('拜登')).toContain(nameKey('Biden'));
    // A closing n before another consonant, and an ng that is one, stay: 克林顿 Clinton, 詹宁斯 Jennings.
    expect(nameKeys('克林顿')).toContain(nameKey('Clinton'));
    expect(nameKeys('詹宁斯')).toContain(nameKey('Jennings'));
    expect(nameKeys('杰克逊')).not.toContain(nameKey('Johnson'));
  });

  it('romanises kana as Hepburn does where any-ascii does not: ウィ is "wi", ン before p, b or m is "m"', () => {
    expect(nameKeys('ウィリアムズ')).toContain(nameKey('Williams'));
    expect(nameKeys('ウィルソン')).toContain(nameKey('Wilson'));
    expect(nameKeys('トンプソン')).toContain(nameKey('Thompson'));
    expect(nameKeys('トランプ')).toContain(nameKey('Trump'));
    // An n before other letters stays: ロンドン London.
    expect(nameKeys('ロンドン')).toContain(nameKey('London'));
  });

  it('reads the English W that Russian writes "Уи"/"Уо" and Arabic an opening waw before a long vowel', () => {
    expect(nameKeys('Уильямс')).toContain(nameKey('Williams'));
    expect(nameKeys('Уилсон')).toContain(nameKey('Wilson'));
    expect(nameKeys('ويليامز')).toContain(nameKey('Williams'));
    expect(nameKeys('ويلسون')).toContain(nameKey('Wilson'));
    // A waw before a consonant is mostly the clitic "and": "وزير" ("and a minister") gives no W.
    expect(nameKeys('وزير')).toEqual([]);
  });

  it('reads a Hebrew name by its consonants: vav and yod as vowels, a double vav opening it as W, a geresh as j', () => {
    expect(nameKeys('לונדון')).toContain(nameKey('London'));
    expect(nameKeys('קלינטון')).toContain(nameKey('Clinton'));
    expect(nameKeys('וושינגטון')).toContain(nameKey('Washington'));
    expect(nameKeys("ג'קסון")).toContain(nameKey('Jackson'));
    expect(nameKeys('ג׳קסון')).toContain(nameKey('Jackson'));
  });

  it('keeps different names apart and drops names too short to tell anything', () => {
    expect(nameKey('London')).not.toBe(nameKey('Lisbon'));
    expect(nameKey('Jackson')).not.toBe(nameKey('Johnson'));
    expect(nameKey('Ali')).toBeNull();
    expect(nameKey('Rio')).toBeNull();
  });
});

describe('nameCandidates: words that may be names, by script', () => {
  it('takes capitalised words but not stop words in cased scripts', () => {
    expect(nameCandidates('The mayor of Velmora met Ilsa Brandt.', 'en')).toEqual(['Velmora', 'Ilsa', 'Brandt']);
    expect(nameCandidates('В Лондоне выступил Борис Джонсон.', 'ru')).toEqual(['Лондоне', 'Борис', 'Джонсон']);
  });

  it('takes katakana runs in Japanese and transcription runs in Chinese, split at the name dot', () => {
    expect(nameCandidates('バンクーバー警察のティム・ファニング巡査は', 'ja')).toEqual(['バンクーバー', 'ティム', 'ファニング']);
    expect(nameCandidates('温哥华警察局警员蒂姆·范宁在新闻发布会上说', 'zh')).toEqual(expect.arrayContaining(['蒂姆', '范宁']));
  });

  it('reads a name with and without a following 因 ("because") or 于 ("at"), which the table holds too', () => {
    expect(nameCandidates('约翰逊因涉嫌酒驾被捕', 'zh')).toEqual(expect.arrayContaining(['约翰逊因', '约翰逊']));
    expect(nameCandidates('克林顿于周日抵达', 'zh')).toEqual(expect.arrayContaining(['克林顿']));
    // A name that ends in 因 keeps it: 侯赛因, Hussein.
    expect(nameCandidates('侯赛因发表讲话', 'zh')).toEqual(expect.arrayContaining(['侯赛因']));
  });

  it('knows the less frequent characters of the transcription table too', () => {
    // 翰 and 逊 (Johnson), 施 (Schmidt), 罕 (Muhammad), 汀 (Justin), 黛 (Diana), 廉 (Williams).
    expect(nameCandidates('约翰逊周二与施密特、穆罕默德和贾斯汀会面，黛安娜与威廉姆斯未出席', 'zh')).toEqual(
      expect.arrayContaining(['约翰逊', '施密特', '穆罕默德', '贾斯汀', '黛安娜', '威廉姆斯']),
    );
  });

  it('reads words with apostrophes, hyphens, marks and letters past the BMP whole, and splits at anything else', () => {
    expect(nameCandidates("O'Brien met Jean-Luc Ab’Cd at X-Men; Zoe\u0301 saw Mc2Ray and 𝐀bcd'", 'en')).toEqual([
      "O'Brien",
      'Jean-Luc',
      'Jean',
      'Luc',
      'Ab’Cd',
      'X-Men',
      'Men',
      'Zoe\u0301',
      'Ray',
    ]);
    // An upper-case letter past the BMP is read as its lone surrogate, which has no lower case: no name.
    expect(nameCandidates('𝐀bcd Ëlise ÉTAT İzmir', 'tr')).toEqual(['Ëlise', 'ÉTAT', 'İzmir']);
  });

  it('reads a Hebrew word also without the one or two prefixes Hebrew writes onto it, and across a geresh', () => {
    expect(nameCandidates('ג׳קסון נחת אתמול ובלונדון', 'he')).toEqual(expect.arrayContaining(['ג׳קסון', 'בלונדון', 'לונדון']));
  });

  it('reads Korean words as names, also without the particle written onto them, but no verb', () => {
    const names = nameCandidates('클린턴이 런던에서 톰프슨을 만났으며 윌리엄스와 회담했다', 'ko');
    expect(names).toEqual(expect.arrayContaining(['클린턴', '런던', '톰프슨', '윌리엄스']));
    expect(names).not.toContain('만났으며');
    expect(names).not.toContain('회담했다');
    expect(nameKeys('윌리엄스')).toContain(nameKey('Williams'));
    expect(nameKeys('톰프슨')).toContain(nameKey('Thompson'));
  });

  it('strips the article and clitics from Arabic words', () => {
    expect(nameCandidates('وصل جاكسون إلى لندن', 'ar')).toEqual(expect.arrayContaining(['جاكسون', 'لندن']));
  });
});

describe('numberKeys: numbers in local forms', () => {
  it('reads amounts with their multipliers in many languages as one key', () => {
    const keys = [
      numberKeys('a $3.2 million deal', 'en'),
      numberKeys('сделка на 3,2 млн долларов', 'ru'),
      numberKeys('ein Geschäft über 3,2 Millionen Dollar', 'de'),
      numberKeys('320万美元的交易', 'zh'),
    ];
    for (const k of keys) expect(k).toEqual(['#3200000']);
  });

  it('keeps counts and years exact, reads thousands separators by language, and reads Arabic-Indic digits', () => {
    expect(numberKeys('in 2008, 61 people', 'en')).toEqual(['#2008', '#61']);
    expect(numberKeys('1.600 Menschen', 'de')).toEqual(['#1600']);
    expect(numberKeys('1,600 people', 'en')).toEqual(['#1600']);
    expect(numberKeys('قتل ٣٧ شخصا', 'ar')).toEqual(['#37']);
  });

  it('reads a Chinese or Japanese number written against the word before it, a month as no number (as its name elsewhere), and no code of a letter and digits', () => {
    expect(numberKeys('埃及的互联网服务中断了80%，通信在12月31日之前无法恢复。', 'zh')).toEqual(['#80', '#31']);
    expect(numberKeys('少なくとも37人が死亡した。', 'ja')).toEqual(['#37']);
    expect(numberKeys('An A380 landed', 'en')).toEqual([]);
  });

  it('reads a time of day as one key however a language writes it, not as two small numbers', () => {
    expect(numberKeys('The quake struck at 1:53 p.m., killing 45', 'en')).toEqual(['@13:53', '#45']);
    expect(numberKeys('Das Beben ereignete sich um 13.53 Uhr', 'de')).toEqual(['@13:53']);
    expect(numberKeys('Le séisme a frappé à 13h53', 'fr')).toEqual(['@13:53']);
    expect(numberKeys('2013年9月17日 13:53 发生地震', 'zh')).toEqual(['#2013', '#17', '@13:53']);
    expect(numberKeys('周四上午9时25分，军舰发现了可疑船只', 'zh')).toEqual(['@9:25']);
    expect(numberKeys('地震は午後3時05分に発生した', 'ja')).toEqual(['@15:05']);
    // A score or a ratio with one digit after the colon is no time.
    expect(numberKeys('won 2:1', 'en')).toEqual(['#2', '#1']);
  });
});

describe('soundsInOtherScript: one typed word against the names of texts in other scripts', () => {
  const sounds = (word: string, texts: { text: string; language: string }[]) =>
    soundsInOtherScript(word, searchKeys(word), writtenIn(word), nameKeysByScript(texts));

  it('meets a name spelled nearly alike, in an alphabet or in a syllabic transcription', () => {
    expect(sounds('Палин', [{ text: 'Governor Sarah Palin visited Wasilla on Friday.', language: 'en' }])).toBe(true);
    expect(sounds('Jackson', [{ text: 'Марк Джексон согласился на контракт.', language: 'ru' }])).toBe(true);
    expect(sounds('Teixeira', [{ text: '特谢拉同意了八年的合同。', language: 'zh' }])).toBe(true);
    expect(sounds('Teixeira', [{ text: 'テシェイラが8年契約に合意した。', language: 'ja' }])).toBe(true);
    expect(sounds('Williams', [{ text: '윌리엄스가 기자들에게 말했다.', language: 'ko' }])).toBe(true);
  });

  it('does not take a name that only shares the coarse sound key for the word', () => {
    // Николс shares NKRS with "English", Лохан RKN with "Oregon", Палин PRN with "Berlin" and "Brian".
    expect(sounds('Николс', [{ text: 'The English coach Brian Varna spoke in Berlin on Friday.', language: 'en' }])).toBe(false);
    expect(sounds('Лохан', [{ text: 'A bank in Oregon was evacuated on Friday.', language: 'en' }])).toBe(false);
    expect(sounds('Палин', [{ text: 'The English coach Brian Varna spoke in Berlin on Friday.', language: 'en' }])).toBe(false);
    // "Braun" and "Brian" differ in two letters of five: two names.
    expect(sounds('Браун', [{ text: 'The English coach Brian Varna spoke in Berlin on Friday.', language: 'en' }])).toBe(false);
    expect(sounds('Браун', [{ text: 'Coach Werner Braun resigned on Friday.', language: 'en' }])).toBe(true);
  });

  it("hears another script's spelling of a Latin name's sounds: a kh for its h, a tsh for its tsch, a hard g", () => {
    const text = [{ text: 'Lindsay Lohan left. Wladimir Klitschko won.', language: 'en' }];
    expect(sounds('Лохан', text)).toBe(true);
    expect(sounds('كليتشكو', text)).toBe(true);
    expect(searchKeys('Ватергейт')).toEqual(searchKeys('Watergate'));
    // Typed in Latin letters, a soft g stays soft: "Gerald" is not "Kerald".
    expect(sounds('Джеральд', [{ text: 'Gerald Varna spoke on Friday.', language: 'en' }])).toBe(true);
    // Arabic writes no short vowels: "أوباما" is Obama ("wbm"), not Ibima ("ybym").
    expect(sounds('أوباما', [{ text: 'President Barack Obama restored the rule.', language: 'en' }])).toBe(true);
    expect(sounds('أوباما', [{ text: 'Governor Ibima Pauls restored the rule.', language: 'en' }])).toBe(false);
    // Clustering keeps its keys: the looser reading met more names of other events in its bridge.
    expect(nameKey('Лохан')).toBe('RKN');
  });

  it('meets a short name (two consonant classes) only when it is spelled nearly the same', () => {
    const obama = [{ text: 'President Barack Obama restored the rule on Tuesday.', language: 'en' }];
    expect(sounds('Обама', obama)).toBe(true);
    expect(sounds('Обамы', obama)).toBe(true);
    expect(sounds('Буш', [{ text: 'The rule was issued under George W. Bush in December.', language: 'en' }])).toBe(true);
    // A short word typed in Latin letters is a word: "fire" meets no name in another script that sounds alike.
    expect(searchKeys('fire')).toEqual([]);
    expect(sounds('fire', [{ text: 'Лікар Фаєр очолить службу.', language: 'uk' }])).toBe(false);
    // "Ibima" shares Obama's two classes, not his spelling.
    expect(sounds('Обама', [{ text: 'Governor Ibima Pauls restored the rule.', language: 'en' }])).toBe(false);
  });

  it('meets a name of one consonant class the same way: "Hiller" is h, then l and r, one class', () => {
    const hiller = [{ text: 'Police said Yvonne Hiller shot two co-workers on Thursday.', language: 'en' }];
    expect(sounds('Хиллер', hiller)).toBe(true);
    // One class is shared by many names: only a spelling nearly the same meets it.
    expect(sounds('Хиллер', [{ text: 'Police said Yvonne Lowell shot two co-workers on Thursday.', language: 'en' }])).toBe(false);
    expect(sounds('Хиллер', [{ text: 'Police said Yvonne Heller shot two co-workers on Thursday.', language: 'en' }])).toBe(false);
  });

  it('reads no two-character Chinese word as a transcribed name: it is mostly an ordinary word', () => {
    // 苹果 (apple) is "pingguo", 布朗 (Brown) "bulang": keyed, but a word of two characters names no one by sound.
    expect(sounds('苹果', [{ text: 'Police in Palermo arrested a man on Friday.', language: 'en' }])).toBe(false);
    expect(sounds('布朗', [{ text: 'Coach Brian Varna spoke on Friday.', language: 'en' }])).toBe(false);
    expect(sounds('特谢拉', [{ text: 'Mark Teixeira agreed to an eight-year deal.', language: 'en' }])).toBe(true);
    // Nor a longer word written by meaning, not in the characters names are transcribed with: 小马队 ("little horse
    // team", the Colts) is "xiaomadui", not French "Samedi".
    expect(sounds('小马队', [{ text: 'Samedi, le maire Varna a parlé aux habitants.', language: 'fr' }])).toBe(false);
    expect(sounds('奥巴马', [{ text: 'President Barack Obama spoke on Friday.', language: 'en' }])).toBe(true);
  });
});

describe('soundLikeness: a short typed name against an abjad', () => {
  it('does not meet a word an abjad writes with two consonants, and still meets a name it writes with three', () => {
    // "إثر" (following) is "tr" as Arabic writes it, as "Тара" is: no name of the text.
    const following = nameKeysByScript([{ text: 'وقعت الحادثة إثر خلاف بين الرجلين', language: 'ar' }]);
    expect(soundLikeness('Тара', searchKeys('Тара'), 'cyrillic', following)).toBe(0);
    const obama = nameKeysByScript([{ text: 'قال الرئيس أوباما إن الاقتصاد يتحسن', language: 'ar' }]);
    expect(soundLikeness('Обама', searchKeys('Обама'), 'cyrillic', obama)).toBeGreaterThan(0.5);
  });
});
