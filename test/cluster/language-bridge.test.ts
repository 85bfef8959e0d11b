import { describe, expect, it } from 'vitest';
import { bridgeKeys, LanguageBridge } from '../../src/cluster/language-bridge.ts';
import { StoryClusterer } from '../../src/cluster/story-clusterer.ts';
import { article, filler, OSKARIA, VELMORA } from './fixtures.ts';

/** The Velmora quake as a Russian and a Japanese newsroom would report it (invented text). */
const FOREIGN = [
  article('v-ru', {
    language: 'ru',
    title: 'Землетрясение магнитудой 6,4 в Вельморе унесло жизни 37 человек',
    body: 'Землетрясение магнитудой 6,4 произошло во вторник в северной провинции Вельмора, погибли не менее 37 человек. Спасатели в Тарске разбирают завалы. Губернатор Ильза Брандт сообщила, что 200 человек получили ранения.',
  }),
  article('v-ja', {
    language: 'ja',
    title: 'ヴェルモラでM6.4の地震、37人死亡',
    body: '北部ヴェルモラ州で火曜日、マグニチュード6.4の地震が発生し、少なくとも37人が死亡した。タルスクでは救助隊が倒壊した建物を捜索している。イルザ・ブラント知事によると、200人が負傷した。',
  }),
];

describe('the language bridge: reports in other languages meet their story', () => {
  it('puts Russian and Japanese reports in the story of the English reports of their event, not the other quake', () => {
    const c = new StoryClusterer();
    for (let i = 0; i < 40; i++) c.add(filler(i));
    for (const a of [...VELMORA, ...OSKARIA]) c.add(a);
    for (const a of FOREIGN) c.add(a);
    const velmora = c.storyOf('v1');
    expect(c.storyOf('v-ru')).toBe(velmora);
    expect(c.storyOf('v-ja')).toBe(velmora);
    expect(c.storyOf('o1')).not.toBe(velmora);
  });

  /** A Russian report placed after a headline naming only the place (one key in common: too little to bridge to). */
  function russianFirst(secondLookAfter: number): { c: StoryClusterer; alone: string } {
    const c = new StoryClusterer({ secondLookAfter });
    for (let i = 0; i < 40; i++) c.add(filler(i));
    c.add(article('v0', { title: 'Earthquake hits Velmora', body: '', publishedAt: '2026-03-03T05:00:00Z' }));
    c.add({ ...FOREIGN[0]!, publishedAt: '2026-03-03T05:30:00Z' });
    const alone = c.storyOf('v-ru')!;
    expect(alone).not.toBe(c.storyOf('v0'));
    return { c, alone };
  }

  it('moves a report that came before the English reports of its event to their story', () => {
    const { c, alone } = russianFirst(8);
    for (const a of [...VELMORA, ...OSKARIA]) c.add(a);
    expect(c.storyOf('v1')).toBe(c.storyOf('v0'));
    for (let i = 40; i < 48; i++) c.add(filler(i, '2026-03-05T20:00:00Z'));
    expect(c.storyOf('v-ru')).toBe(c.storyOf('v1'));
    expect(c.story(alone)).toBeUndefined();
  });

  it('moves such a report as soon as the English reports of its event arrive, with no second look due', () => {
    // The last reports of a run never get a second look: the arrivals that share its names look at it again.
    const { c, alone } = russianFirst(10_000);
    for (const a of [...VELMORA, ...OSKARIA]) c.add(a);
    expect(c.storyOf('v-ru')).toBe(c.storyOf('v1'));
    expect(c.storyOf('o1')).not.toBe(c.storyOf('v1'));
    expect(c.story(alone)).toBeUndefined();
    expect(c.takeMerged()).toContainEqual({ from: alone, into: c.storyOf('v1') });
  });

  it('leaves a report where it is once its story holds a report in the language of the newcomer', () => {
    const c = new StoryClusterer({ secondLookAfter: 10_000 });
    for (let i = 0; i < 40; i++) c.add(filler(i));
    for (const a of [...VELMORA, ...FOREIGN]) c.add(a);
    const velmora = c.storyOf('v1');
    expect(c.storyOf('v-ru')).toBe(velmora);
    // The Oskaria reports share the place heads and numbers they share, not the event: nothing moves.
    for (const a of OSKARIA) c.add(a);
    expect(c.storyOf('v-ru')).toBe(velmora);
    expect(c.storyOf('v-ja')).toBe(velmora);
  });

  it('is off with an infinite bar: then the words alone decide and the foreign reports stay apart', () => {
    const c = new StoryClusterer({ bridgeThreshold: Infinity });
    for (let i = 0; i < 40; i++) c.add(filler(i));
    for (const a of [...VELMORA, ...FOREIGN]) c.add(a);
    expect(c.storyOf('v-ru')).not.toBe(c.storyOf('v1'));
    expect(c.storyOf('v-ja')).not.toBe(c.storyOf('v1'));
  });

  it('scores a story only by its members in other languages, so two reports of one language never meet over the bridge', () => {
    const bridge = new LanguageBridge();
    const keys = ['~TRSK', '~PRNT', '#37', '#200', '~PRMR'];
    for (let i = 0; i < 5; i++) bridge.add(`noise-${i}`, 'en', [`~NS${i}`, '~TRSK', '#37']);
    bridge.add('en-1', 'en', keys);
    bridge.add('en-2', 'en', keys);
    bridge.add('ru-1', 'ru', keys);
    const stories = new Map([
      ['en-1', { id: 's-en', articleIds: ['en-1'] }],
      ['ru-1', { id: 's-ru', articleIds: ['ru-1'] }],
    ]);
    const found = bridge.best('en-2', (id) => stories.get(id), 0);
    expect(found?.story.id).toBe('s-ru');
    expect(bridge.best('en-2', (id) => (id === 'en-1' ? stories.get(id) : undefined), 0)).toBeNull();
  });

  it('brings no report into a story most of whose reports are in its own language: their words judge it', () => {
    const bridge = new LanguageBridge();
    for (let i = 0; i < 5; i++) bridge.add(`noise-${i}`, 'en', [`~NS${i}`]);
    // A game told by three English reports and one Spanish one; a crash report shares two figures with the Spanish one.
    for (const id of ['en-1', 'en-2', 'en-3']) bridge.add(id, 'en', ['~KLTS', '#20', '#13']);
    bridge.add('es-1', 'es', ['~KLTS', '#13', '#7']);
    bridge.add('en-crash', 'en', ['#13', '#7', '~RCHMNT']);
    const game = { id: 's-game', articleIds: ['en-1', 'en-2', 'en-3', 'es-1'] };
    expect(bridge.best('en-crash', () => game, 0)).toBeNull();
    // Told mostly in other languages, the same story is one the bridge may bring it to.
    bridge.add('es-2', 'es', ['~KLTS', '#13', '#7']);
    const told = { id: 's-told', articleIds: ['en-1', 'es-1', 'es-2'] };
    expect(bridge.best('en-crash', () => told, 0)?.story).toBe(told);
  });

  it('brings no report into a story half of whose reports are in its own language', () => {
    const bridge = new LanguageBridge();
    for (let i = 0; i < 5; i++) bridge.add(`noise-${i}`, 'en', [`~NS${i}`]);
    // A murder told by one English and one Spanish report; an obituary shares an age and a name key with the Spanish one.
    bridge.add('en-1', 'en', ['~KMS', '~PTPRT', '#35', '#61']);
    bridge.add('es-1', 'es', ['~KMS', '~PTPRT', '#35', '#61', '~MPS']);
    bridge.add('en-obituary', 'en', ['~JKNT', '#61', '~MPS', '#77']);
    const murder = { id: 's-murder', articleIds: ['en-1', 'es-1'] };
    expect(bridge.best('en-obituary', () => murder, 0)).toBeNull();
  });

  it('lists the reports in other languages that share a key with an article, never its own language', () => {
    const bridge = new LanguageBridge();
    bridge.add('en-1', 'en', ['~TRSK', '#37', '~PRNT']);
    bridge.add('en-2', 'en', ['~TRSK', '#37', '~PRNT']);
    bridge.add('ru-1', 'ru', ['~TRSK', '#37']);
    bridge.add('ja-1', 'ja', ['#37', '~NSHR']);
    bridge.add('de-1', 'de', ['~PRMR', '#12']);
    expect(bridge.others('en-1').sort()).toEqual(['ja-1', 'ru-1']);
    expect(bridge.others('ru-1').sort()).toEqual(['en-1', 'en-2', 'ja-1']);
    expect(bridge.languageOf('ja-1')).toBe('ja');
  });

  it('needs two shared keys: one name in common is a coincidence as often as not', () => {
    const bridge = new LanguageBridge();
    bridge.add('ru-1', 'ru', ['~TRSK', '#37']);
    bridge.add('en-1', 'en', ['~TRSK', '~PRNT']);
    bridge.add('en-2', 'en', ['~TRSK', '#37', '~PRNT']);
    const story = { id: 's-ru', articleIds: ['ru-1'] };
    expect(bridge.best('en-1', () => story, 0)).toBeNull();
    expect(bridge.best('en-2', () => story, 0)?.story).toBe(story);
  });

  it('makes one key of the first two short names a text gives, which alone give none', () => {
    const english = bridgeKeys(article('en', { title: 'Obama overturns Bush rule on wolves', body: '' }), 'en');
    const russian = bridgeKeys(
      article('ru', { language: 'ru', title: 'Биологи призывают администрацию Обамы отменить правила Буша', body: '' }),
      'ru',
    );
    const pair = english.filter((k) => k.includes('+'));
    expect(pair).toHaveLength(1);
    expect(russian).toContain(pair[0]);
    expect(bridgeKeys(article('one', { title: 'Obama speaks on wolves', body: '' }), 'en').some((k) => k.includes('+'))).toBe(false);
  });

  it("keys the title and the first 1,500 characters after it, whatever the title's length", () => {
    const pad = (n: number): string => 'x '.repeat(n / 2);
    const keysOf = (title: string, body: string): string[] => bridgeKeys(article('k', { title, body }), 'en');
    expect(keysOf('Ilsa Brandt visits', `${pad(1400)} Tarsk gets 250 tents`)).toEqual(['~PRNT', '~TRSK', '#250']);
    expect(keysOf('Ilsa Brandt visits', `${pad(1470)} Tarsk gets 250 tents`)).toEqual(['~PRNT', '~TRSK']);
    expect(keysOf(`Tarsk ${pad(1490)}`, 'Ilsa Brandt')).toEqual(['~TRSK']);
    expect(keysOf(`Tarsk ${pad(1600)}`, 'Ilsa Brandt')).toEqual(['~TRSK']);
  });
});
