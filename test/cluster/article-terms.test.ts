import { describe, expect, it } from 'vitest';
import { articleTerms, ENTITY, NUMBER } from '../../src/cluster/article-terms.ts';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.ts';
import { renewTableIfFull } from '../../src/cluster/term-table.ts';
import { Vocabulary } from '../../src/cluster/vocabulary.ts';

function terms(title: string, body = '', language: string | null = 'en', url: string | null = null): Map<string, number> {
  return articleTerms({ article: { title, body, language, url }, vocabulary: new Vocabulary(), options: DEFAULT_CLUSTER_OPTIONS }).counts;
}

describe('articleTerms', () => {
  it('marks mid-sentence capitalised words and acronyms as entities, with pairs for names', () => {
    const t = terms('Flood hits Tarsk', 'Rescuers said Governor Ilsa Brandt asked the UN for boats.');
    expect(t.has(`${ENTITY}ilsa`)).toBe(true);
    expect(t.has(`${ENTITY}brandt`)).toBe(true);
    expect(t.has(`${ENTITY}ilsa_brandt`)).toBe(true);
    expect(t.has(`${ENTITY}un`)).toBe(true);
    expect(t.has(`${ENTITY}rescuer`)).toBe(false);
    expect(t.has(`${ENTITY}flood`)).toBe(false);
  });

  it('lists the names the headline gives, not those only the body gives', () => {
    const { headlineNames } = articleTerms({
      article: {
        title: 'Gulls lineman Bram Lestan arrested',
        body: 'Police said Lestan was stopped a month after receiver Dane Korr.',
        language: 'en',
        url: null,
      },
      vocabulary: new Vocabulary(),
      options: DEFAULT_CLUSTER_OPTIONS,
    });
    expect(headlineNames).toEqual(expect.arrayContaining([`${ENTITY}bram`, `${ENTITY}lestan`, `${ENTITY}bram_lestan`]));
    expect(headlineNames).not.toContain(`${ENTITY}korr`);
  });

  it('gives a headline naming a place by its adjective the place itself, as a name', () => {
    const a = terms('Iranian quake levels villages on Qeshm');
    const b = terms('Powerful quake in Iran kills ten');
    expect(a.has(`${ENTITY}iran`)).toBe(true);
    expect(b.has(`${ENTITY}iran`)).toBe(true);
    expect(a.has(`${ENTITY}iranian`)).toBe(false);
    expect(terms('Police say Greeks rallied', '', 'en').has(`${ENTITY}greec`)).toBe(true);
    expect(terms('Flood hits Tarsk', 'Crews came to polish the hall.').has('polish')).toBe(true);
  });

  it('reads a dateline headline as its year only, so two datelines share no word and no day', () => {
    const t = terms('9 September 2031 Last updated at 14:39 GMT');
    expect([...t.keys()]).toEqual([`${NUMBER}2031`]);
    const u = terms('Posted: Nov 27, 2031 8:20 AM ET Last Updated: Nov 27, 2031 8:10 PM ET');
    expect([...u.keys()]).toEqual([`${NUMBER}2031`]);
    expect([...terms('Posted 11 / 27 / 2031 7:21 AM').keys()]).toEqual([`${NUMBER}2031`]);
    expect([...terms('APR 28').keys()]).toEqual([]);
  });

  it('drops the date from a headline but keeps its tolls, magnitudes and scores', () => {
    const t = terms('Tarsk quake of 5.6 magnitude, 3 dead, 20 march in protest – Sunday, March 17, 2031 | 5:00 PM');
    expect(t.has(`${NUMBER}5.6`)).toBe(true);
    expect(t.has(`${NUMBER}3`)).toBe(true);
    expect(t.has(`${NUMBER}20`)).toBe(true);
    expect(t.has(`${NUMBER}17`)).toBe(false);
    expect(t.has(`${NUMBER}2031`)).toBe(true);
  });

  it('drops dates and weekdays of other languages from headlines', () => {
    expect([...terms('Наводнение в Заречье, 28 ноября 2031 г.', '', 'ru').keys()].filter((k) => k.startsWith(NUMBER))).toEqual([
      `${NUMBER}2031`,
    ]);
    expect(terms('Hochwasser in Tarsk am 28. November 2031', '', 'de').has(`${NUMBER}28`)).toBe(false);
    expect(terms('Inondation à Tarsk, vendredi 28 novembre', '', 'fr').size).toBe(terms('Inondation à Tarsk', '', 'fr').size);
    expect(terms('Inundación en Tarsk el 28 de noviembre de 2031', '', 'es').has(`${NUMBER}28`)).toBe(false);
  });

  it('reads the headline slug of the address when the title is a dateline, but not section names or ids', () => {
    const t = terms(
      '9 September 2031 Last updated at 14:39 GMT',
      '',
      'en',
      'https://news.example/world/2031/09/09/ferry-sinks-off-tarsk-coast-482913.html?ref=rss',
    );
    expect(t.get('ferri')).toBe(1);
    expect(t.has('tarsk')).toBe(true);
    expect(t.has('world')).toBe(false);
    expect(t.has(`${NUMBER}482913`)).toBe(false);
    const plain = terms('Ferry sinks off Tarsk coast', '', 'en', 'https://news.example/world/2031/09/09/ferry-sinks-off-tarsk-coast/');
    expect(plain.get('ferri')).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
    expect(terms('Ferry sinks', '', 'en', 'not a url').get('ferri')).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
  });

  it('weights the headline above the body and keeps numbers', () => {
    const t = terms('Quake kills 37', 'The quake struck at dawn.');
    expect(t.get('quak')! > 0 || t.get('quake')! > 0).toBe(true);
    expect(t.get(`${NUMBER}37`)).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
    expect(t.get('kill')).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
    expect(t.get('dawn')).toBe(1);
  });

  it('counts a headline name of a text with a body as one lead mention, its word as a headline word', () => {
    // The body names whom the report is about again; doubling the headline's names as well made them outweigh the event words.
    const t = terms('Governor Ilsa Brandt resigns', 'Officials said the governor left on Friday.');
    expect(t.get('brandt')).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
    expect(t.get(`${ENTITY}brandt`)).toBe(1);
    expect(t.get(`${ENTITY}ilsa_brandt`)).toBe(1);
    const headline = terms('Ilsa Brandt resigns');
    expect(headline.get(`${ENTITY}brandt`)).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight);
  });

  it('keeps a stop word the article writes as a name', () => {
    const t = terms('Former official dies', 'The family of Mark Felt said on Friday that Felt died at home.');
    expect(t.has(`${ENTITY}felt`)).toBe(true);
  });

  it('reads which words an article writes as names from that article alone, not from the one read before', () => {
    const asName = 'The family of Mark Felt said on Friday that Felt died at home.';
    // Here "Felt" only opens a sentence, which says nothing about its case.
    const asWord = 'Felt hats sold out across the county.';
    expect(terms('Former official dies', asName).has(`${ENTITY}felt`)).toBe(true);
    expect(terms('Hat sales', asWord).has(`${ENTITY}felt`)).toBe(false);
    expect(terms('Former official dies', asName).has(`${ENTITY}felt`)).toBe(true);
  });

  it('does not read Title Case or ALL CAPS headline words as names when the body does not', () => {
    const t = terms('STORM CUTS POWER TO Velmora Homes', 'A storm cut power to homes in Velmora on Monday.');
    expect(t.has(`${ENTITY}storm`)).toBe(false);
    expect(t.has(`${ENTITY}power`)).toBe(false);
    expect(t.has(`${ENTITY}velmora`)).toBe(true);
  });

  it('guesses the unseen capitalised words of a headline-only item as names, its first word too', () => {
    const t = terms('Dane Korr arrested after crash in Meldon');
    expect(t.has(`${ENTITY}dane`)).toBe(true);
    expect(t.has(`${ENTITY}korr`)).toBe(true);
    expect(t.has(`${ENTITY}dane_korr`)).toBe(true);
    expect(t.has(`${ENTITY}meldon`)).toBe(true);
    expect(t.has(`${ENTITY}crash`)).toBe(false);
    expect(terms('Dane Korr arrested', 'Police stopped a driver.').has(`${ENTITY}dane`)).toBe(false);
  });

  it('does not take weekdays, months or clock abbreviations for names', () => {
    const t = terms('Strike ends', 'Workers said on Tuesday, 4 PM GMT, that the strike ended in March.');
    expect([...t.keys()].filter((k) => k.startsWith(ENTITY))).toEqual([]);
  });

  it('stems Russian words in the detected language', () => {
    const a = terms('Наводнение в Заречье', 'Губернатор Волкова заявила о наводнении.', null);
    expect(a.get('наводнен')).toBe(DEFAULT_CLUSTER_OPTIONS.titleWeight + 1);
  });

  it('counts every term in the order first met, summing its weights, name pairs and acronyms included', () => {
    const { titleWeight, titleNameWeight } = DEFAULT_CLUSTER_OPTIONS;
    const body = 'Rescuers said Ilsa Brandt asked the UN for 20 boats. Ilsa Brandt thanked the UN.';
    const expected: [string, number][] = [
      ['flood', titleWeight],
      ['hit', titleWeight],
      ['tarsk', titleWeight],
      [`${ENTITY}tarsk`, titleNameWeight],
      ['rescuer', 1],
      ['ilsa', 2],
      [`${ENTITY}ilsa`, 2],
      ['brandt', 2],
      [`${ENTITY}brandt`, 2],
      [`${ENTITY}ilsa_brandt`, 2],
      ['un', 2],
      [`${ENTITY}un`, 2],
      [`${NUMBER}20`, 1],
      ['boat', 1],
      ['thank', 1],
    ];
    expect([...terms('Flood hits Tarsk', body).entries()]).toEqual(expected);
    // A fresh term table renumbers every term (the memos of ids are emptied with it); the counts stay.
    renewTableIfFull(0);
    expect([...terms('Flood hits Tarsk', body).entries()]).toEqual(expected);
  });
});
