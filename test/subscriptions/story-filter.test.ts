import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { isAbout } from '../../src/subscriptions/about-topic.ts';
import { compileFilter, passesCheapFilter } from '../../src/subscriptions/story-filter.ts';
import { subscription } from '../telegram/fixtures.ts';

const report = (id: string, language: string, title: string, body = ''): Article => ({
  id,
  sourceId: `outlet-${id}`,
  feedUrl: null,
  url: null,
  title,
  body,
  publishedAt: null,
  fetchedAt: '2026-12-01T10:00:00Z',
  language,
  author: null,
  publisher: null,
});

/** An invented wildfire reported only in Russian and Japanese. */
const FOREIGN_ONLY = [
  report('ru', 'ru', 'Лесной пожар у Пеллам-Ридж: эвакуированы три деревни', 'Пожарный начальник Дорэн Велл сообщил о 300 пожарных.'),
  report('ja', 'ja', 'ペラム・リッジで山火事、3村に避難指示', '消防署長のドーラン・ベルによると、300人の消防士が出動した。'),
];

const passes = (topics: string[], articles: Article[], exclude: string[] = []) =>
  passesCheapFilter({ filter: compileFilter(subscription({ topics, exclude })), articles, minOutlets: 1 });

describe('subscription topics across languages', () => {
  it('a topic of names typed in English follows a story reported only in other scripts', () => {
    expect(passes(['Pellam Ridge'], FOREIGN_ONLY)).toBe(true);
  });

  it('a topic with a word that is no name, or names the story does not give, does not', () => {
    expect(passes(['tuition'], FOREIGN_ONLY)).toBe(false);
    expect(passes(['Oskaria'], FOREIGN_ONLY)).toBe(false);
  });

  it('an event word typed in one language follows reports giving the event in their own words', () => {
    // "пожар" is a blaze; not a flood, nor an earthquake.
    expect(passes(['wildfire'], FOREIGN_ONLY)).toBe(true);
    expect(passes(['Pellam Ridge fire'], FOREIGN_ONLY)).toBe(true);
    expect(passes(['flood'], FOREIGN_ONLY)).toBe(false);
    expect(passes(['Pellam Ridge earthquake'], FOREIGN_ONLY)).toBe(false);
    // Typed in German, where a word alone reads as English, and the story told in English.
    const english = [report('en', 'en', 'Quake shakes Velmora, three villages evacuated', 'The earthquake struck at dawn.')];
    expect(passes(['Erdbeben'], english)).toBe(true);
    expect(passes(['землетрясение'], english)).toBe(true);
    expect(passes(['Hochwasser'], english)).toBe(false);
    // A word for an event is a looser match than a name: it must head a report, not be said once in a text.
    const inPassing = [report('en2', 'en', 'Velmora harbour toll plan goes to council', 'The plan follows a quake last year.')];
    expect(passes(['Erdbeben'], inPassing)).toBe(false);
  });

  it("a topic in another Latin language leaves out its own stop words and reads its event phrases whole; the English verb 'fire' is no blaze", () => {
    const english = [report('en', 'en', 'Quake shakes Velmora, three villages evacuated', 'The earthquake struck at dawn.')];
    expect(passes(['terremoto en Velmora'], english)).toBe(true);
    expect(passes(['tremblement de terre'], english)).toBe(true);
    expect(passes(['séisme en Oskaria'], english)).toBe(false);
    const blaze = [report('en3', 'en', 'Fire destroys Velmora depot', 'The fire broke out at night.')];
    const sacking = [report('en4', 'en', 'Velmora club fired its coach after six defeats', 'The board fired him on Monday.')];
    expect(passes(['пожежа'], blaze)).toBe(true);
    expect(passes(['incendio'], sacking)).toBe(false);
    // A stop word capitalised after a name is part of it: "Mark Felt" is not followed where only a Mark is named.
    const mark = [report('ru2', 'ru', 'Марк Пеллам подписал контракт с «Бостоном»', 'Марк Пеллам согласился на восьмилетний контракт.')];
    expect(passes(['Mark Pellam'], mark)).toBe(true);
    expect(passes(['Mark Felt'], mark)).toBe(false);
  });

  it('follows a name typed in another script where a headline gives it, not where a text holds a name that sounds alike', () => {
    const lohan = [report('en3', 'en', 'Lohan checks into rehab in Malibu', 'The actress checked in on Friday.')];
    const loan = [report('en4', 'en', 'Dairy building in Palmer destroyed by fire', 'Loan papers were lost in the fire, the owner said.')];
    expect(passes(['Лохан'], lohan)).toBe(true);
    expect(passes(['Лохан'], loan)).toBe(false);
  });

  it('reads no name from the case of a Title Case headline its text does not give as a name', () => {
    // "Worker" shares Паркер's sound key; every word of the headline is capitalised.
    const worker = [
      report('en5', 'en', 'Suspended Worker Kills Two Colleagues in Kalvik Factory Shooting', 'A suspended worker shot two colleagues.'),
    ];
    const parker = [report('en6', 'en', 'Deputy Anton Parker Shot Outside His Tarsk Home', 'Anton Parker was shot outside his house.')];
    expect(passes(['Паркер'], worker)).toBe(false);
    expect(passes(['Паркер'], parker)).toBe(true);
    // A headline with no text under it (a headline-only feed item) keeps the names its case gives.
    expect(passes(['Паркер'], [report('en7', 'en', 'Deputy Anton Parker Shot Outside His Tarsk Home')])).toBe(true);
  });

  it('follows a full name typed in another script only where one headline gives all of it', () => {
    const apart = [
      report('en8', 'en', 'Coach Tony Marnow hands out the Kalvik awards', 'The awards were handed out on Friday.'),
      report('en9', 'en', 'Kalvik awards handed out at Winston Park', 'The league gave the awards on Friday.'),
    ];
    expect(passes(['Тони Уинстон'], apart)).toBe(false);
    expect(passes(['Тони Уинстон'], [report('en10', 'en', 'Coach Tony Winston leaves Kalvik', 'He left on Friday.')])).toBe(true);
  });

  it('reads a topic in Chinese or Japanese as the words it holds, each found inside the text', () => {
    const chinese = [
      report('zh2', 'zh', '伊朗南部发生强烈地震', '地震袭击了伊朗南部的一个岛屿。'),
      report('zh3', 'zh', '微软紧急发布安全补丁', ''),
    ];
    expect(passes(['伊朗地震'], chinese)).toBe(true);
    expect(passes(['微软'], chinese)).toBe(true);
    expect(passes(['伊朗补丁'], chinese)).toBe(false);
  });

  it('in a script the topic shares, a name must be written as typed: a word is not a name that sounds alike', () => {
    const portuguese = [report('pt', 'pt', 'Variedades: festival de cinema abre em Velmora', 'O festival de Velmora abriu com 40 filmes.')];
    const german = [report('de', 'de', 'Erste Hilfe: Polizist rettet Kind in Velmora', 'Ein Polizist hat in Velmora ein Kind gerettet.')];
    expect(passes(['floods'], portuguese)).toBe(false);
    expect(passes(['Brexit'], german)).toBe(false);
    // Written the same, a name still matches in another language of its script.
    expect(passes(['Velmora'], portuguese)).toBe(true);
    // Both words in one report, in any order, as /compare finds a story.
    expect(passes(['velmora festival'], portuguese)).toBe(true);
    expect(passes(['velmora floods'], portuguese)).toBe(false);
  });

  it('a place typed in English follows reports that name it in their own words', () => {
    const chinese = [report('zh', 'zh', '英国南部暴雨引发洪水', '暴雨导致英国南部多条河流决堤，数百户家庭被迫撤离。')];
    const korean = [report('ko', 'ko', '미국 서부에 폭설', '미국 서부 산간 지역에 폭설이 내렸다.')];
    expect(passes(['United Kingdom'], chinese)).toBe(true);
    expect(passes(['UK'], chinese)).toBe(true);
    expect(passes(['United States'], korean)).toBe(true);
    expect(passes(['United States'], chinese)).toBe(false);
    // 洪水 is a flood; the Chinese report gives no earthquake.
    expect(passes(['UK floods'], chinese)).toBe(true);
    expect(passes(['UK earthquake'], chinese)).toBe(false);
  });

  it('finds the words of a topic in one report, in any order, as /compare does; not spread over two', () => {
    const english = [report('en', 'en', 'Ridge fire near Pellam spreads', 'Crews fought the blaze.')];
    expect(passes(['Pellam Ridge'], english)).toBe(true);
    expect(passes(['Pellam Ridge'], [report('en2', 'en', 'Fire at Pellam Ridge spreads')])).toBe(true);
    const apart = [report('en4', 'en', 'Fire near Pellam spreads'), report('en5', 'en', 'Ridge road reopens after storm')];
    expect(passes(['Pellam Ridge'], apart)).toBe(false);
  });

  it('an exclusion still wins', () => {
    expect(passes(['Pellam Ridge'], [...FOREIGN_ONLY, report('en3', 'en', 'Evacuation drill, not a real fire')], ['drill'])).toBe(false);
  });
});

describe('a story about the topic, not one that mentions it', () => {
  const about = (topics: string[], articles: Article[]) => isAbout(compileFilter(subscription({ topics })).topics, articles);
  const filler = 'The ceremony will be held in March. Tickets went on sale on Monday. The venue seats 3,000.';
  const awards = [
    report('a1', 'en', 'Talk show host to present the Varna Awards', `The academy named its host on Friday. ${filler}`),
    report(
      'a2',
      'en',
      'Varna Awards pick a host',
      `The host was chosen on Friday. ${filler} It comes after the election of the academy's new head.`,
    ),
    report('a3', 'en', 'Host named for the Varna Awards', `The academy announced its choice on Friday. ${filler}`),
    report('a4', 'en', 'Varna Awards host announced', `A host for the awards was named. ${filler}`),
  ];

  it('leaves a story that mentions the topic once, past the lead of one report of four', () => {
    expect(passes(['election'], awards)).toBe(true);
    expect(about(['election'], awards)).toBe(false);
    expect(about(['awards'], awards)).toBe(true);
  });

  it('takes a topic told in a quarter of the headlines or leads, or in half of the texts anywhere', () => {
    const vote = [...awards.slice(0, 3), report('v', 'en', 'Tarn votes in a snap election', 'Polls opened at dawn.')];
    expect(about(['election'], vote)).toBe(true);
    const deep = awards.map((a, i) => (i < 2 ? { ...a, body: `${a.body} Turnout at the election was low.` } : a));
    expect(about(['election'], deep)).toBe(true);
  });

  it("reads no blaze in 'opened fire' and no event in a film's title in quotes", () => {
    const shooting = [1, 2, 3].map((n) =>
      report(`s${n}`, 'en', 'Gunman kills two at a Glenholt depot', 'A gunman opened fire at the Glenholt depot on Friday, killing two.'),
    );
    expect(passes(['fire'], shooting)).toBe(true);
    expect(about(['fire'], shooting)).toBe(false);
    const film = [1, 2].map((n) =>
      report(`f${n}`, 'en', 'Director returns for ‘Harbour Fire’', 'The studio confirmed the sequel on Friday.'),
    );
    expect(about(['fire'], film)).toBe(false);
  });

  it('reads an event word capitalised mid-sentence as part of a name, not the event, unless the line is in title case', () => {
    // A film's title left without quotes, and a team: no blaze.
    const sequel = [1, 2, 3].map((n) =>
      report(
        `q${n}`,
        'en',
        'Director returns for the Harbour sequel',
        'The studio said Ana Vell will direct the sequel, Harbour Fire, next year.',
      ),
    );
    expect(passes(['fire'], sequel)).toBe(true);
    expect(about(['fire'], sequel)).toBe(false);
    // A headline in title case, and the event in lower case, still tell it.
    const blaze = [
      report('b1', 'en', 'Fire Destroys Glenholt Dairy', 'The old dairy burned down on Tuesday, Glenholt Fire Chief Ana Vell said.'),
      report('b2', 'en', 'Glenholt dairy lost', 'A fire destroyed the old Glenholt dairy on Tuesday.'),
    ];
    expect(about(['fire'], blaze)).toBe(true);
    // A topic that is no event word is left as typed: a name is capitalised.
    expect(about(['harbour fire'], sequel)).toBe(true);
  });

  it('reads an event word in any of its words in a headline', () => {
    const heist = [
      report('h1', 'en', 'Robbers in wigs hit a Glenholt jeweller', 'Four men took rings on Thursday.'),
      report('h2', 'en', 'Thieves take rings worth millions', 'The jeweller was hit on Thursday.'),
      report('h3', 'en', 'Glenholt jeweller raided', `The shop was hit on Thursday. ${filler} It was the third robbery on the street.`),
    ];
    expect(passes(['robbery'], heist)).toBe(true);
    expect(about(['robbery'], heist)).toBe(true);
    expect(about(['earthquake'], heist)).toBe(false);
  });
});
