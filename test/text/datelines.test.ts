import { describe, expect, it } from 'vitest';
import { isStamp, withoutStamp } from '../../src/text/datelines.ts';

describe('date stamps and datelines', () => {
  it.each([
    'Tuesday, July 2nd, 2013',
    '04 / 28 / 09 07:35 PM ET',
    'WASHINGTON, DC, April 28, 2009',
    'November 28th, 2005, 09:11 GMT',
    'Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET',
    'Friday, Sep 10, 2010 | Updated 8:52 PM EDT',
    'POSTED: 1052 GMT (1852 HKT), April 10, 2007',
    'Mumbai, Nov 11 -',
    'Kalvik Bay, March 10, 2026 (NNA)',
    'End of Watch: Friday, June 24, 2005',
    'Originally published 09 / 14 / 2026 at 6:05 PM EDT',
    'Wed., Oct. 7, 2026 11:45 AM PDT',
    'Article posted on 08.07.2026',
    'Page last updated at 14:39 GMT, Monday, 9 March 2026',
    'Norland City, Jan 13, 2026 / 02:00 pm (NNA)',
    'PUBLISHED FRIDAY, MARCH 6, 2026 AT 12:46 PM / UPDATED AT 12:48 PM',
  ])('%s is a stamp', (text) => {
    expect(isStamp(text)).toBe(true);
  });

  it.each([
    'Police said 12 people died on Tuesday.',
    'Ten people are killed and about 50 hurt.',
    'March 3 was the day the ship sank, officials said.',
    'Four men rammed their car into a store.',
    'Originally, the council published its plan in May.',
    'The article posted on Monday named the mayor as its source.',
    'Monday / Tuesday night storms closed 12 roads, the county said.',
  ])('%s is not', (text) => {
    expect(isStamp(text)).toBe(false);
    expect(withoutStamp(text)).toBe(text);
  });

  it.each([
    'Zuletzt aktualisiert: Dienstag, 3. März 2026, 14:05 Uhr MEZ',
    'Mis à jour le 4 mars 2026 à 08:15',
    '4 de marzo de 2026. Última actualización: 17:50 GMT',
    'Aggiornato il 4 marzo 2026 alle 10:15',
    'Atualizado em 4 de março de 2026 às 10h15',
    '4 марта 2026 года, последнее обновление в 11:11 GMT',
    'СЕРЕДА, 4 БЕРЕЗНЯ 2026 РОКУ',
    '更新时间：2026年3月4日 20:09（北京时间）',
    '2026年3月4日 10時15分',
    '公開：2026年3月4日22時07分（GMT） 更新：2026年3月4日22時40分（GMT）',
    '最終更新：2026年3月4日19時04分（インド標準時）',
    '最后更新：2026年3月4日 10时15分',
    '最终更新：2026年3月4日 10时15分',
    '最後更新：2026年3月4日 10時15分',
    'الأربعاء 4 مارس 2026',
    'نُشر في: 4 مارس/آذار 2026، الساعة 11:10 صباحاً بتوقيت شرق الولايات المتحدة.',
    '7 أبريل (نيسان) 2026، الساعة 12:30 ظهرًا بتوقيت غرينتش.',
  ])('%s, a stamp in another language, is a stamp', (text) => {
    expect(isStamp(text)).toBe(true);
  });

  it('strips a whole Arabic stamp written with vowel marks before a sentence, leaving no piece of it', () => {
    expect(withoutStamp('7 أبريل (نيسان) 2026، الساعة 12:30 ظهرًا بتوقيت شرق الولايات المتحدة. أفادت تقارير بأن المجلس أغلق الجسر.')).toBe(
      'أفادت تقارير بأن المجلس أغلق الجسر.',
    );
  });

  it('keeps an Arabic sentence that gives a date or a time of day', () => {
    expect(isStamp('قال المسؤولون إن عشرة أشخاص قتلوا في 2 آب.')).toBe(false);
    expect(isStamp('وقع الزلزال الساعة 11:10 صباحاً بتوقيت غرينتش وقتل عشرة أشخاص.')).toBe(false);
  });

  it('keeps a sentence in another language that opens with its date, and strips a stamp before one', () => {
    expect(withoutStamp('Il 4 marzo 2026 il consiglio comunale ha chiuso il ponte.')).toBe(
      'Il 4 marzo 2026 il consiglio comunale ha chiuso il ponte.',
    );
    expect(isStamp('Am 4. März 2026 schloss die Stadt die Brücke.')).toBe(false);
    expect(withoutStamp('2026年3月4日 08:15 暴雨导致河水上涨，三座桥梁被关闭。')).toBe('暴雨导致河水上涨，三座桥梁被关闭。');
    expect(withoutStamp('公開：2026年3月4日22時07分（GMT） 更新：2026年3月4日22時07分（GMT） 大雨で川が増水し、橋が閉鎖された。')).toBe(
      '大雨で川が増水し、橋が閉鎖された。',
    );
  });

  it('strips stamps and wire datelines that open a sentence, keeping the sentence', () => {
    expect(withoutStamp('Addis Ababa, June 2, 2025 (ENA)— Ukraine carried out drone strikes on Russian air bases.')).toBe(
      'Ukraine carried out drone strikes on Russian air bases.',
    );
    expect(withoutStamp("06/01/2025 June 1, 2025 Ukraine's security service said its drones struck 41 jets.")).toBe(
      "Ukraine's security service said its drones struck 41 jets.",
    );
    expect(withoutStamp('KALVIK, Norland (AP) — Ten people died in the flood.')).toBe('Ten people died in the flood.');
    expect(withoutStamp('26 September 2026, 10:00 (GMT+05:00) The council set the election for December.')).toBe(
      'The council set the election for December.',
    );
    expect(withoutStamp('June 1, 2025')).toBe('June 1, 2025');
    expect(withoutStamp('Posted on March 3, 2026 Police said 12 people died.')).toBe('Police said 12 people died.');
  });

  it.each([
    'On October 1-2 Valdria hosts a seminar on its electoral law.',
    'October 1-2 Valdria hosts a seminar on its electoral law.',
    'El 16 de diciembre, el Gobierno de Valdria permitió a las agencias decidir.',
    'On July 8, the mayor named Ana Ruiz as head of the port.',
  ])('keeps %s whole: its date is the sentence’s own', (text) => {
    expect(withoutStamp(text)).toBe(text);
  });
});
