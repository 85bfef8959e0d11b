import { describe, expect, it } from 'vitest';
import { splitSentences, wordCount } from '../../src/text/sentences.ts';

describe('splitSentences', () => {
  it.each([
    [
      'en',
      'Mr. Hale met Dr. Ross at the U.S. embassy. The quake measured 6.1 on Tuesday. "We are safe." Then they left!',
      ['Mr. Hale met Dr. Ross at the U.S. embassy.', 'The quake measured 6.1 on Tuesday.', '"We are safe."', 'Then they left!'],
    ],
    ['en', 'J. K. Lorne wrote the report (in full.) Officials agreed.', ['J. K. Lorne wrote the report (in full.)', 'Officials agreed.']],
    [
      'de',
      'Der Pegel stieg z.B. am 3. März auf 4,5 Meter. Die Polizei sprach von elf Toten. Dr. Weber bestätigte das.',
      ['Der Pegel stieg z.B. am 3. März auf 4,5 Meter.', 'Die Polizei sprach von elf Toten.', 'Dr. Weber bestätigte das.'],
    ],
    [
      'fr',
      "Selon M. Dupont, la crue a fait 12 morts. «C'est terrible.» Les secours sont arrivés.",
      ['Selon M. Dupont, la crue a fait 12 morts.', "«C'est terrible.»", 'Les secours sont arrivés.'],
    ],
    [
      'es',
      '¿Qué pasó? La Sra. López dijo que hubo 12 muertos. Llegaron los rescatistas.',
      ['¿Qué pasó?', 'La Sra. López dijo que hubo 12 muertos.', 'Llegaron los rescatistas.'],
    ],
    [
      'ru',
      '«Мы не знаем», сказал он. Это т.е. неважно. В 2020 г. было иначе. Погибли 12 человек.',
      ['«Мы не знаем», сказал он.', 'Это т.е. неважно.', 'В 2020 г. было иначе.', 'Погибли 12 человек.'],
    ],
    [
      'uk',
      'Рятувальники прибули вранці. За словами мера, загинули 12 людей. Вода спадає.',
      ['Рятувальники прибули вранці.', 'За словами мера, загинули 12 людей.', 'Вода спадає.'],
    ],
    ['ja', '町で洪水が起きた。被害は不明。', ['町で洪水が起きた。', '被害は不明。']],
  ])('splits %s text at sentence ends only', (language, text, expected) => {
    expect(splitSentences(text, language)).toEqual(expected);
  });

  it('always splits at paragraph breaks, even without a period', () => {
    expect(splitSentences('BRENMOOR (AP) —\nThe river rose\n\nPolice said so.')).toEqual([
      'BRENMOOR (AP) —',
      'The river rose',
      'Police said so.',
    ]);
  });

  it('splits a heading run into the sentence under it, where a capitalised article follows a word with no stop', () => {
    expect(splitSentences('Le pont de Varenne cède, deux blessés La crue a emporté une pile du pont mardi.', 'fr')).toEqual([
      'Le pont de Varenne cède, deux blessés',
      'La crue a emporté une pile du pont mardi.',
    ]);
    expect(splitSentences('Brücke in Varenne eingestürzt Ein schweres Hochwasser hat am Dienstag die Brücke zerstört.', 'de')).toEqual([
      'Brücke in Varenne eingestürzt',
      'Ein schweres Hochwasser hat am Dienstag die Brücke zerstört.',
    ]);
    expect(splitSentences('„Wir hatten Angst“ Die Feuerwehr war nach einer Stunde vor Ort.', 'de')).toEqual([
      '„Wir hatten Angst“',
      'Die Feuerwehr war nach einer Stunde vor Ort.',
    ]);
  });

  it('leaves a capitalised article that opens a name, or follows a quotation in English, in its sentence', () => {
    expect(splitSentences('Selon Le Monde la crue a emporté le pont.', 'fr')).toEqual(['Selon Le Monde la crue a emporté le pont.']);
    expect(splitSentences('Laut Die Zeit wurde die Brücke zerstört.', 'de')).toEqual(['Laut Die Zeit wurde die Brücke zerstört.']);
    expect(splitSentences('“The bridge is gone,” The Varenne Courier reported.', 'en')).toEqual([
      '“The bridge is gone,” The Varenne Courier reported.',
    ]);
    expect(splitSentences('Plan A is to rebuild the bridge.', 'en')).toEqual(['Plan A is to rebuild the bridge.']);
    expect(splitSentences('Deputy mayor Nguyen Van An said the bridge would reopen.', 'en')).toHaveLength(1);
  });

  it('reads a lost heading only at the opening of a text, and never before the title of a work', () => {
    expect(splitSentences('Camus publia en 1947 le roman La peste chez Gallimard.', 'fr')).toHaveLength(1);
    expect(splitSentences('Ende lasen wir den Roman Die unendliche Geschichte vor.', 'de')).toHaveLength(1);
    expect(splitSentences('Il pubblico ha amato il film La vita è bella di Benigni.', 'it')).toHaveLength(1);
    expect(splitSentences('La crue a emporté le pont.\nLe maire cite souvent la chanson La mer de Trenet.', 'fr')).toEqual([
      'La crue a emporté le pont.',
      'Le maire cite souvent la chanson La mer de Trenet.',
    ]);
    expect(splitSentences('La crue a emporté le pont.\nLes habitants du quartier des Tanneurs La plupart ont fui.', 'fr')).toEqual([
      'La crue a emporté le pont.',
      'Les habitants du quartier des Tanneurs La plupart ont fui.',
    ]);
  });

  it('ends a German sentence at its closing quotation mark', () => {
    expect(splitSentences('„Die Brücke ist weg.“ Der Bürgermeister rief den Notstand aus.', 'de')).toEqual([
      '„Die Brücke ist weg.“',
      'Der Bürgermeister rief den Notstand aus.',
    ]);
    expect(splitSentences('Die Brücke ist eingestürzt. „Wir hatten Glück“, sagte ein Anwohner.', 'de')).toEqual([
      'Die Brücke ist eingestürzt.',
      '„Wir hatten Glück“, sagte ein Anwohner.',
    ]);
  });

  it('does not split before a lower-case word or inside a decimal', () => {
    expect(splitSentences('A 5.9 quake hit at 3 a.m. local time. Nobody was hurt.', 'en')).toEqual([
      'A 5.9 quake hit at 3 a.m. local time.',
      'Nobody was hurt.',
    ]);
  });

  it('keeps a month and its day together, but ends a sentence at a month before a capital', () => {
    expect(
      splitSentences('Tue., Sept. 15, 2026 9:10 AM PDT\nThe vote was moved to Oct. 2. It was set for May. Voters were told.', 'en'),
    ).toEqual(['Tue., Sept. 15, 2026 9:10 AM PDT', 'The vote was moved to Oct. 2.', 'It was set for May.', 'Voters were told.']);
  });

  it('splits Chinese and Japanese at a space between two of their characters, a line break the markup lost', () => {
    expect(splitSentences('暴雨导致河水上涨 周四，三座桥梁被关闭。这是今年第二次。', 'zh')).toEqual([
      '暴雨导致河水上涨',
      '周四，三座桥梁被关闭。',
      '这是今年第二次。',
    ]);
    expect(splitSentences('微软 Windows 系统更新。', 'zh')).toEqual(['微软 Windows 系统更新。']);
  });

  it('splits Arabic, whose letters have no capitals, and ends a sentence at the Arabic question mark', () => {
    expect(splitSentences('قال المسؤولون إن عشرة أشخاص قتلوا. وأصيب ثمانون آخرون في الزلزال؟ نعم، هذا ما حدث.', 'ar')).toEqual([
      'قال المسؤولون إن عشرة أشخاص قتلوا.',
      'وأصيب ثمانون آخرون في الزلزال؟',
      'نعم، هذا ما حدث.',
    ]);
  });

  it('ends a sentence after the guillemet that closes its quotation, spaced as French writes it', () => {
    expect(splitSentences('« Ils en ont le droit. » Les autres équipes restent prudentes. Elle a dit « non ».', 'fr')).toEqual([
      '« Ils en ont le droit. »',
      'Les autres équipes restent prudentes.',
      'Elle a dit « non ».',
    ]);
  });

  it('reads initials after a slash, and a letter abbreviating a unit after a number, as no sentence end', () => {
    expect(splitSentences('Assistants Ivo Brand/P.J. Varga will stay on. They said so.', 'en')).toEqual([
      'Assistants Ivo Brand/P.J. Varga will stay on.',
      'They said so.',
    ]);
    expect(splitSentences('The port got loans of 110 b. Euro from the bank. Then it rained.', 'en')).toEqual([
      'The port got loans of 110 b. Euro from the bank.',
      'Then it rained.',
    ]);
  });

  it('keeps a Chinese or Japanese quotation whole, and the sentence that goes on after it', () => {
    expect(splitSentences('社長は「計画は順調だ。来年も続ける。」と述べた。株価は上がった。', 'ja')).toEqual([
      '社長は「計画は順調だ。来年も続ける。」と述べた。',
      '株価は上がった。',
    ]);
    expect(splitSentences('他说：“计划很顺利。明年继续。”股价上涨了。', 'zh')).toEqual(['他说：“计划很顺利。明年继续。”', '股价上涨了。']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n \n')).toEqual([]);
  });
});

describe('wordCount', () => {
  it('counts words between spaces, and about one word per two characters in scripts written without spaces', () => {
    expect(wordCount('A ferry ran aground — off Kalvik.')).toBe(6);
    expect(wordCount('周二，一艘渡轮在卡尔维克附近搁浅。')).toBe(8);
    expect(wordCount('火曜日、フェリーが座礁した。')).toBeGreaterThanOrEqual(5);
    expect(wordCount('海盗')).toBe(1);
  });
  it('does not end a sentence at an abbreviation closing a hyphened word, or at a stop after an opening bracket', () => {
    expect(splitSentences('Two climbers died in the Aoraki-Mt. Cook National Park this week. Police named them.', 'en')).toEqual([
      'Two climbers died in the Aoraki-Mt. Cook National Park this week.',
      'Police named them.',
    ]);
    expect(splitSentences('He posted a record of 182-158 (. 464) in five seasons. He left.', 'en')).toEqual([
      'He posted a record of 182-158 (. 464) in five seasons.',
      'He left.',
    ]);
  });
  it('does not end a sentence at a police, military or legal title before a name', () => {
    for (const title of ['Const.', 'Det.', 'Insp.', 'Supt.', 'Cpl.', 'Pvt.', 'Cmdr.', 'Atty.', 'Asst.'])
      expect(splitSentences(`"He came in and fired," Glenholt police ${title} Ana Vell said. The street was closed.`, 'en'), title).toEqual(
        [`"He came in and fired," Glenholt police ${title} Ana Vell said.`, 'The street was closed.'],
      );
  });
});
