import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { searchStories } from '../../src/cluster/story-search.ts';
import { article, filler, OSKARIA, VELMORA } from './fixtures.ts';

function setup(extra: Article[] = []): { clusterer: StoryClusterer; byId: Map<string, Article> } {
  const all = [...VELMORA, ...OSKARIA, filler(1), filler(2), ...extra];
  const clusterer = new StoryClusterer();
  for (const a of all) clusterer.add(a);
  return { clusterer, byId: new Map(all.map((a) => [a.id, a])) };
}

const now = Date.parse('2026-03-06T00:00:00Z');

describe('searchStories', () => {
  it('ranks the story that names the topic first', () => {
    const { clusterer, byId } = setup();
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'earthquake Oskaria', now });
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('o1'));
    expect(hits.map((h) => h.storyId)).toContain(clusterer.storyOf('v1'));
    expect(hits.map((h) => h.storyId)).not.toContain(clusterer.storyOf('f1'));
  });

  it('covers a topic of several words only where one report gives them all, as a subscription does', () => {
    const { clusterer, byId } = setup();
    const search = (query: string) =>
      searchStories({ clusterer, articles: (id) => byId.get(id), query, now }).find((h) => h.storyId === clusterer.storyOf('v1'));
    // "collapsed" is in one Velmora report, "flattened" in another.
    expect(search('collapsed flattened')?.complete).toBe(false);
    expect(search('collapsed Tarsk')?.complete).toBe(true);
    expect(search('flattened Tarsk')?.complete).toBe(true);
  });

  it('matches inflected forms through stemming', () => {
    const { clusterer, byId } = setup();
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'earthquakes in Velmora', now });
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('v1'));
  });

  it('finds a Russian name in its other case forms', () => {
    const ru = article('r1', {
      language: 'ru',
      title: 'Суд над Навальным перенесли',
      body: 'Заседание по делу Навального перенесли на понедельник.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const { clusterer, byId } = setup([ru]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Навальный', now });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('r1'));
  });

  it('finds a story told only in Russian and Japanese from its names typed in English', () => {
    const ru = article('r2', {
      language: 'ru',
      title: 'Джексон подписал контракт с «Янкиз»',
      body: 'Марк Джексон согласился на восьмилетний контракт.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const ja = article('j2', {
      language: 'ja',
      title: 'ジャクソン、ヤンキースと契約',
      body: 'マーク・ジャクソンが8年契約に合意した。',
      publishedAt: '2026-03-05T01:00:00Z',
    });
    const { clusterer, byId } = setup([ru, ja]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Jackson', now });
    expect(hits.map((h) => h.storyId)).toEqual(expect.arrayContaining([clusterer.storyOf('r2'), clusterer.storyOf('j2')]));
    expect(hits.map((h) => h.storyId)).not.toContain(clusterer.storyOf('v1'));
    expect(searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Oskaria', now }).map((h) => h.storyId)).not.toContain(
      clusterer.storyOf('r2'),
    );
  });

  it('finds an English story from a name typed in Chinese characters alone, and a Chinese story only where the whole name is', () => {
    const en = article('e3', {
      language: 'en',
      title: 'Jackson signs eight-year deal with the Yankees',
      body: 'Mark Jackson agreed to an eight-year contract on Friday.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const zh = article('z4', {
      language: 'zh',
      title: '杰克逊与洋基队签约',
      body: '马克·杰克逊周五同意了一份八年合同。',
      publishedAt: '2026-03-05T01:00:00Z',
    });
    const other = article('z5', {
      language: 'zh',
      title: '杰克队赢得比赛',
      body: '杰克队周五在主场赢得比赛。',
      publishedAt: '2026-03-05T02:00:00Z',
    });
    const { clusterer, byId } = setup([en, zh]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: '杰克逊', now });
    expect(hits.filter((h) => h.complete).map((h) => h.storyId)).toEqual(
      expect.arrayContaining([clusterer.storyOf('e3'), clusterer.storyOf('z4')]),
    );
    // "杰克" alone is in the other Chinese story, "克逊" is not: the name is read whole.
    const apart = setup([other]);
    const none = searchStories({ clusterer: apart.clusterer, articles: (id) => apart.byId.get(id), query: '杰克逊', now });
    expect(none.filter((h) => h.complete).map((h) => h.storyId)).not.toContain(apart.clusterer.storyOf('z5'));
  });

  it('ranks a name typed in another script by how closely it is spelled, before how widely a story is covered', () => {
    const palin = article('pa1', {
      title: 'Governor Palin opens the Tarsk ferry terminal',
      body: 'Governor Sarah Palin opened the new ferry terminal in Tarsk on Thursday.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const fallon = ['fa1', 'fa2', 'fa3'].map((id, i) =>
      article(id, {
        title: `Deputy Fallon honoured at Lakewood station ceremony ${i + 1}`,
        body: 'Deputy Joe Fallon was honoured at a ceremony at the Lakewood station for rescuing two swimmers.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const { clusterer, byId } = setup([palin, ...fallon]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Палин', now });
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('pa1'));
  });

  it('ranks a story a name typed in another script heads before one naming it in passing', () => {
    const about = article('pb1', {
      title: "Fire at Governor Palin's church in Tarsk",
      body: 'A fire damaged the church in Tarsk on Friday night.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const passing = ['pp1', 'pp2', 'pp3'].map((id, i) =>
      article(id, {
        title: `Old dairy warehouse burns down in Kalvik ${i + 1}`,
        body: 'The old dairy warehouse in Kalvik burned down on Tuesday; Governor Palin once toured it.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const { clusterer, byId } = setup([about, ...passing]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Палин', now });
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('pb1'));
  });

  it('reads no name from the case of a Title Case headline that its text does not give as a name', () => {
    // "Worker" has Паркер's sound key; capitalised only because every word of the headline is.
    const titled = ['tc1', 'tc2', 'tc3'].map((id, i) =>
      article(id, {
        title: `Suspended Worker Kills Two Colleagues in Kalvik Factory Shooting ${i + 1}`,
        body: 'A suspended worker shot two colleagues at the Kalvik bakery on Friday night, police said.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const named = article('tc4', {
      title: 'Two arrested over the killing of a Tarsk deputy',
      body: 'Deputy Anton Parker was shot outside his house in Tarsk last summer; two men were arrested on Saturday.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const { clusterer, byId } = setup([...titled, named]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Паркер', now });
    expect(hits[0]?.storyId).toBe(clusterer.storyOf('tc4'));
    expect(hits.map((h) => h.storyId)).not.toContain(clusterer.storyOf('tc1'));
    // A Title Case headline still names whom its text names: "Parker" heads the story it is in.
    const headed = article('tc5', {
      title: 'Deputy Anton Parker Shot Outside His Tarsk Home',
      body: 'Anton Parker, a deputy, was shot outside his house in Tarsk on Friday.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    // So does one with no text under it, a headline-only feed item.
    const bare = article('tc6', {
      title: 'Deputy Anton Parker Shot Outside His Tarsk Home',
      body: '',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const alone = setup([...titled, bare]);
    expect(searchStories({ clusterer: alone.clusterer, articles: (id) => alone.byId.get(id), query: 'Паркер', now })[0]?.storyId).toBe(
      alone.clusterer.storyOf('tc6'),
    );
    const again = setup([...titled, headed]);
    expect(searchStories({ clusterer: again.clusterer, articles: (id) => again.byId.get(id), query: 'Паркер', now })[0]?.storyId).toBe(
      again.clusterer.storyOf('tc5'),
    );
  });

  it('finds the names of a typed full name together in one report, not one here and one there', () => {
    // One report names a Tony, another the "Winston-Shell Award": no report names a Tony Winston.
    const apart = [
      article('hw1', {
        title: 'Kalvik Chargers hand out their community awards',
        body: 'Coach Tony Marnow handed out the awards at the Kalvik stadium on Friday.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
      article('hw2', {
        title: 'Kalvik Chargers win the league community prize',
        body: 'The league gave the Kalvik Chargers its Winston-Shell Award on Friday.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    ];
    const { clusterer, byId } = setup(apart);
    expect(clusterer.storyOf('hw1')).toBe(clusterer.storyOf('hw2'));
    const search = (query: string) => searchStories({ clusterer, articles: (id) => byId.get(id), query, now });
    expect(search('Тони Уинстон').find((h) => h.storyId === clusterer.storyOf('hw1'))?.complete ?? false).toBe(false);
    // Named together, "Tony Winston" is found.
    const together = article('hw3', {
      title: 'Kalvik Chargers thank their departing coach',
      body: 'Coach Tony Winston handed out the awards at the Kalvik stadium on Friday.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const again = setup([...apart, together]);
    const hit = searchStories({ clusterer: again.clusterer, articles: (id) => again.byId.get(id), query: 'Тони Уинстон', now }).find(
      (h) => h.storyId === again.clusterer.storyOf('hw3'),
    );
    expect(hit?.complete).toBe(true);
  });

  it('does not take a word for a name that sounds alike in a language of its own script', () => {
    const pt = article('p3', {
      language: 'pt',
      title: 'Variedades: festival de cinema abre em Tarsk',
      body: 'O festival de Tarsk abriu com quarenta filmes.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const { clusterer, byId } = setup([pt]);
    expect(searchStories({ clusterer, articles: (id) => byId.get(id), query: 'floods', now }).map((h) => h.storyId)).not.toContain(
      clusterer.storyOf('p3'),
    );
  });

  it('finds a story told only in Chinese and Korean from a place typed in English', () => {
    const zh = article('z3', {
      language: 'zh',
      title: '伊朗南部发生强烈地震',
      body: '地震袭击了伊朗南部的一个岛屿，多座村庄受损。德黑兰的地震中心记录了这次地震。',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const ko = article('k3', {
      language: 'ko',
      title: '이란 남부에서 강한 지진',
      body: '이란에서 지진이 발생해 여러 마을이 피해를 입었다.',
      publishedAt: '2026-03-05T01:00:00Z',
    });
    const { clusterer, byId } = setup([zh, ko]);
    const search = (query: string): (string | undefined)[] =>
      searchStories({ clusterer, articles: (id) => byId.get(id), query, now }).map((h) => h.storyId);
    expect(search('iran')).toEqual(expect.arrayContaining([clusterer.storyOf('z3'), clusterer.storyOf('k3')]));
    expect(search('Iranian quake')).toContain(clusterer.storyOf('z3'));
    expect(search('Tehran')).toEqual([clusterer.storyOf('z3')]);
    expect(search('iraq')).toEqual([]);
    expect(new Set(search('伊朗'))).toEqual(new Set([clusterer.storyOf('z3'), clusterer.storyOf('k3')]));
    expect(search('Oskaria')).not.toContain(clusterer.storyOf('z3'));
  });

  it('finds a story from an event word typed in another language, and a story told in another language from an English one', () => {
    const ru = article('r5', {
      language: 'ru',
      title: 'Пираты захватили танкер у берегов Сомали',
      body: 'Пираты захватили танкер с экипажем из 20 человек.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const { clusterer, byId } = setup([ru]);
    const search = (query: string) => searchStories({ clusterer, articles: (id) => byId.get(id), query, now });
    const ids = (query: string) => search(query).map((h) => h.storyId);
    // The English earthquake stories, from the word in Russian, German and Chinese; not the Russian pirates.
    for (const query of ['землетрясение', 'Erdbeben', '地震'])
      expect(new Set(ids(query)), query).toEqual(new Set([clusterer.storyOf('v1'), clusterer.storyOf('o1')]));
    // A place and an event word in German, both given in the English reports of one story.
    expect(search('Erdbeben Velmora')[0]).toMatchObject({ storyId: clusterer.storyOf('v1'), complete: true });
    // The Russian story from English words; an event none of its reports gives finds nothing there.
    expect(ids('pirates')).toEqual([clusterer.storyOf('r5')]);
    expect(search('pirate tanker')[0]).toMatchObject({ storyId: clusterer.storyOf('r5'), complete: true });
    expect(ids('election')).toEqual([]);
  });

  it('reads a Chinese or Japanese query as the words it holds, and a name in katakana whole', () => {
    const zh = article('z6', {
      language: 'zh',
      title: '伊朗南部发生强烈地震',
      body: '地震袭击了伊朗南部的一个岛屿，多座村庄受损。',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const lohan = ['l1', 'l2'].map((id) =>
      article(id, {
        title: 'Lindsay Lohan checks into rehab clinic in Malibu',
        body: 'Actress Lindsay Lohan checked into a rehab clinic in Malibu on Friday, her lawyer said.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const { clusterer, byId } = setup([zh, ...lohan]);
    const search = (query: string) => searchStories({ clusterer, articles: (id) => byId.get(id), query, now });
    // "伊朗地震" is 伊朗 and 地震: read in two-character pieces, "朗地" crossed the words and was found nowhere.
    expect(search('伊朗地震')[0]).toMatchObject({ storyId: clusterer.storyOf('z6'), complete: true });
    expect(search('イラン地震')[0]).toMatchObject({ storyId: clusterer.storyOf('z6'), complete: true });
    // A name in katakana is read whole for its sound, however short.
    expect(search('ローハン')[0]).toMatchObject({ storyId: clusterer.storyOf('l1'), complete: true });
    expect(search('ローハン 地震').find((h) => h.storyId === clusterer.storyOf('l1'))?.complete).toBe(false);
  });

  it('ranks a story whose reports head with the word before a wider one that gives it once', () => {
    const wide = Array.from({ length: 12 }, (_, i) =>
      article(`w${i}`, {
        sourceId: `wide-${i}`,
        title: i === 0 ? 'Dorvik harbour toll plan criticised after election row' : `Dorvik harbour toll plan goes to council vote ${i}`,
        body: 'The Dorvik harbour authority wants a toll of 4 crowns on the harbour bridge.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const narrow = ['e1', 'e2'].map((id) =>
      article(id, {
        title: 'Kelmar election: turnout falls to 41 percent',
        body: 'Turnout in the Kelmar election fell to 41 percent, the electoral board said.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const { clusterer, byId } = setup([...wide, ...narrow]);
    expect(new Set(wide.map((a) => clusterer.storyOf(a.id))).size).toBe(1);
    const ids = (query: string) => searchStories({ clusterer, articles: (id) => byId.get(id), query, now }).map((h) => h.storyId);
    // Both stories give the word in a headline; one of twelve headlines is no story about an election.
    expect(ids('election').slice(0, 2)).toEqual([clusterer.storyOf('e1'), clusterer.storyOf('w0')]);
    expect(ids('выборы').slice(0, 2)).toEqual([clusterer.storyOf('e1'), clusterer.storyOf('w0')]);
  });

  it("counts the share of outlets heading with a word, not of articles: one outlet's many updates are one voice", () => {
    const at = '2026-03-05T00:00:00Z';
    // One wire's eight updates on a landslide at Brenna, and one other outlet's report.
    const wire = Array.from({ length: 8 }, (_, i) =>
      article(`b${i}`, {
        sourceId: 'wire',
        title: `Landslide buries Brenna road, update ${i + 1}`,
        body: 'A landslide buried the Brenna mountain road on Tuesday, the council said.',
        publishedAt: at,
      }),
    );
    const other = article('b9', {
      sourceId: 'gazette',
      title: 'Brenna road closed after slope gives way',
      body: 'A landslide buried the Brenna mountain road on Tuesday, the council said.',
      publishedAt: at,
    });
    // Three outlets on a landslide at Kessel, two of them heading with it.
    const kessel = ['k1', 'k2', 'k3'].map((id, i) =>
      article(id, {
        sourceId: `outlet-${id}`,
        title: i < 2 ? 'Landslide cuts off Kessel valley' : 'Kessel valley cut off by mud',
        body: 'A landslide cut off the Kessel valley on Tuesday, rescuers said.',
        publishedAt: at,
      }),
    );
    const { clusterer, byId } = setup([...wire, other, ...kessel]);
    expect(new Set([...wire, other].map((a) => clusterer.storyOf(a.id))).size).toBe(1);
    expect(new Set(kessel.map((a) => clusterer.storyOf(a.id))).size).toBe(1);
    const first = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'landslide', now })[0];
    expect(first?.storyId).toBe(clusterer.storyOf('k1'));
  });

  it('keeps a stop word typed with a capital after another as part of a name: "Mark Felt"', () => {
    const felt = ['m1', 'm2'].map((id) =>
      article(id, {
        title: 'Mark Felt, the FBI official known as Deep Throat, dies at 95',
        body: 'Mark Felt, the FBI official known as Deep Throat, died on Thursday at 95 in Santa Rosa.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const signing = ['t1', 't2', 't3', 't4'].map((id) =>
      article(id, {
        title: 'Mark Tarrow signs eight-year deal with Boston',
        body: 'First baseman Mark Tarrow signed an eight-year deal with Boston on Tuesday.',
        publishedAt: '2026-03-05T00:00:00Z',
      }),
    );
    const { clusterer, byId } = setup([...felt, ...signing]);
    const hits = searchStories({ clusterer, articles: (id) => byId.get(id), query: 'Mark Felt', now });
    expect(hits[0]).toMatchObject({ storyId: clusterer.storyOf('m1'), complete: true });
    expect(hits.find((h) => h.storyId === clusterer.storyOf('t1'))?.complete).toBe(false);
  });

  it("reads a topic typed in another Latin language by its own words: its stop words left out, its phrases whole, its words as a report's language inflects them", () => {
    const it1 = article('i1', {
      language: 'it',
      title: 'Velmora, infortuni per Tarrow',
      body: 'Tarrow è stato arrestato dopo gli infortuni della stagione.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const es1 = article('e1', {
      language: 'es',
      title: 'Escalada en la montaña de Tarsk',
      body: 'Dos escaladores sobrevivieron en la montaña.',
      publishedAt: '2026-03-05T00:00:00Z',
    });
    const { clusterer, byId } = setup([it1, es1]);
    const search = (query: string) => searchStories({ clusterer, articles: (id) => byId.get(id), query, now });
    // "en" is Spanish, not a word a report must give; "tremblement de terre" is an earthquake, told in English.
    expect(search('terremoto en Velmora')[0]).toMatchObject({ storyId: clusterer.storyOf('v1'), complete: true });
    expect(search('tremblement de terre Velmora')[0]).toMatchObject({ storyId: clusterer.storyOf('v1'), complete: true });
    // "infortunio" is the Italian report's "infortuni", read as Italian inflects it.
    expect(search('Tarrow infortunio')[0]).toMatchObject({ storyId: clusterer.storyOf('i1'), complete: true });
    // A name is not inflected: "Escalante" read as Spanish would be the stem of "escalada".
    expect(search('Escalante').find((h) => h.storyId === clusterer.storyOf('e1'))).toBeUndefined();
  });

  it('returns nothing for a query of stop words', () => {
    const { clusterer, byId } = setup();
    expect(searchStories({ clusterer, articles: (id) => byId.get(id), query: 'the and of', now })).toEqual([]);
  });
});
