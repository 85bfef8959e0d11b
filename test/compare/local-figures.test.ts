import { describe, expect, it } from 'vitest';
import { localQuantities } from '../../src/text/local-quantities.ts';
import { findQuantities } from '../../src/text/quantity-mentions.ts';
import { figureOf } from '../../src/compare/figures.ts';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { articleOf, draftsOf, outletNamed } from './fixtures/make.ts';

const read = (sentence: string, language: string): [string, number, number | null][] =>
  localQuantities(sentence, language).map((m) => [m.quantity, m.min, m.max]);

describe('figures read in the report’s own language', () => {
  it('reads local number forms and currency words', () => {
    expect(read('Le club aurait offert au moins 160 millions de dollars au joueur.', 'fr')).toEqual([['money:USD', 160e6, null]]);
    expect(read('Il valore dell’accordo è di 3,2 milioni di dollari.', 'it')).toEqual([['money:USD', 3.2e6, 3.2e6]]);
    expect(read('O filme já arrecadou mais de US$ 363 milhões.', 'pt')).toEqual([['money:USD', 363e6 + 1, null]]);
    expect(read('Das Angebot liegt zwischen 60 und 70 Millionen Dollar.', 'de')).toEqual([['money:USD', 60e6, 70e6]]);
    expect(read('Ущерб оценили в 3,2 млн долларов.', 'ru')).toEqual([['money:USD', 3.2e6, 3.2e6]]);
  });

  it('reads counts with the language’s own words, in scripts without spaces too', () => {
    expect(read('Il crollo ha causato 1.200 morti e 300 feriti.', 'it')).toEqual([
      ['deaths', 1200, 1200],
      ['injured', 300, 300],
    ]);
    expect(read('Pelo menos 10 mortos foram confirmados.', 'pt')).toEqual([['deaths', 10, null]]);
    expect(read('地震造成10人死亡，30人受伤。', 'zh')).toEqual([
      ['deaths', 10, 10],
      ['injured', 30, 30],
    ]);
    expect(read('地震で15人が死亡した。', 'ja')).toEqual([['deaths', 15, 15]]);
    expect(read('أسفر الزلزال عن مقتل 10 أشخاص.', 'ar')).toEqual([['deaths', 10, 10]]);
    expect(read('Quelque 80 personnes ont également été blessées.', 'fr')).toEqual([['injured', 72, 88]]);
    expect(read('服务中断了80%。', 'zh')).toEqual([['percent', 80, 80]]);
  });

  it('reads a Chinese or Japanese count past the noun it counts, and gives each count its own word', () => {
    expect(read('海岸警卫队说，42名乘客获救。', 'zh')).toEqual([['rescued', 42, 42]]);
    expect(read('40人の乗客が救助された。', 'ja')).toEqual([['rescued', 40, 40]]);
    expect(read('3名警察和5名平民受伤。', 'zh')).toEqual([['injured', 5, 5]]);
    expect(read('42名乘客乘坐的渡轮搁浅。', 'zh')).toEqual([]);
  });

  it('keeps a qualifier that ends in "de" or "di", and reads a killing or wounding told by its verb first', () => {
    // "de" opens a range only when one follows ("de 140 à 150"); in "plus de 80" it is part of the qualifier.
    expect(read('Plus de 80 personnes ont été blessées.', 'fr')).toEqual([['injured', 81, null]]);
    expect(read('Cerca de 80 pessoas ficaram feridas.', 'pt')).toEqual([['injured', 72, 88]]);
    expect(read('Più di 80 persone sono rimaste ferite.', 'it')).toEqual([['injured', 81, null]]);
    expect(read('Il sisma ha ucciso almeno 12 persone.', 'it')).toEqual([['deaths', 12, null]]);
    expect(read('O sismo matou 12 pessoas e feriu 40.', 'pt')).toEqual([
      ['deaths', 12, 12],
      ['injured', 40, 40],
    ]);
  });

  it('reads verbs, phrases and magnitudes of other languages as the English reader does', () => {
    const pick = (sentence: string, language: string) => findQuantities(sentence, language).map((m) => [m.quantity, m.min, m.max]);
    expect(pick('El sismo mató al menos a 12 personas.', 'es')).toEqual([['deaths', 12, null]]);
    expect(pick('Das Beben tötete zwölf Menschen.', 'de')).toEqual([['deaths', 12, 12]]);
    expect(pick('Близько 1 200 людей дістали поранень.', 'uk')).toEqual([['injured', 1080, 1320]]);
    expect(pick('Un terremoto di magnitudo 6,1 ha colpito l’isola.', 'it')).toEqual([['magnitude', 6.1, 6.1]]);
  });

  it('shows a vague amount in another language as the English word for it, not as the interval it stands for', () => {
    const [dozens] = findQuantities('Dutzende weitere wurden verletzt.', 'de');
    expect(figureOf('injured', dozens!)).toBe('dozens');
    const [hundreds] = findQuantities('Des centaines de personnes ont été blessées.', 'fr');
    expect(figureOf('injured', hundreds!)).toBe('hundreds');
  });

  it('takes a person’s age between commas for no count of what follows', () => {
    expect(read('Guillermo Herrera, 20 anni, e Carlos Vell, 24, sono stati arrestati.', 'it')).toEqual([]);
    expect(read('Pelo menos 10 mortos foram confirmados, 24, segundo a polícia.', 'pt')).toEqual([['deaths', 10, null]]);
  });

  it('takes no dates, clock times or years for counts, and leaves English to the English reader', () => {
    expect(read('2013年9月17日 21:29，15 日发布。', 'zh')).toEqual([]);
    expect(read('Le séisme de 2005 a frappé à 13:53.', 'fr')).toEqual([]);
    expect(read('At least 10 people were killed.', 'en')).toEqual([]);
  });

  it('sets a foreign report’s figure against English ones, and shows its words in its own language', () => {
    const drafts = draftsOf([
      { outlet: 'north', body: 'At least 10 people were killed in the Valdris quake, officials said.' },
      { outlet: 'south', body: 'Ten people were killed in the Valdris quake.' },
      { outlet: 'nord', language: 'it', body: 'Il terremoto di Valdris ha causato 14 morti, secondo la protezione civile.' },
    ]);
    const [deaths] = numberDivergences(drafts);
    expect(deaths?.quantity).toBe('deaths');
    expect(deaths?.variants.map((v) => [v.figure, v.outlets])).toEqual([
      ['10', ['north', 'south']],
      ['14', ['nord']],
    ]);
    expect(deaths?.variants[1]?.text).toBe('14 morti');

    const articles = [
      articleOf({ outlet: 'north', body: 'At least 10 people were killed in the Valdris quake, officials said.' }, 1),
      articleOf(
        {
          outlet: 'nord',
          language: 'it',
          title: 'Terremoto a Valdris',
          body: 'Il terremoto di Valdris ha causato 14 morti, secondo la protezione civile.',
        },
        2,
      ),
    ];
    const b = buildBreakdown({
      story: { id: 's', articleIds: ['north:1', 'nord:2'], firstSeen: '', lastUpdated: '' },
      articles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    const italian = b.reports.find((r) => r.outlet === 'nord');
    expect(italian?.language).toBe('it');
    expect(italian?.summary).toEqual(['Il terremoto di Valdris ha causato 14 morti, secondo la protezione civile.']);
  });
});
