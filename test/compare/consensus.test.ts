import { describe, expect, it } from 'vitest';
import { calmed, consensusFacts, labelsAlone } from '../../src/compare/consensus.ts';
import { draftsOf } from './fixtures/make.ts';

describe('consensusFacts', () => {
  const drafts = draftsOf([
    {
      outlet: 'a',
      body: [
        'A landslide buried the mountain road near Glenholt on Sunday.',
        'Four drivers were rescued by firefighters.',
        'The bakery stayed open.',
      ],
    },
    { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Engineers fear more slides.'] },
    { outlet: 'c', body: ['The mountain road near Glenholt was buried by a landslide on Sunday.', 'Firefighters rescued four drivers.'] },
    { outlet: 'd', body: ['Schools in the valley will stay closed on Monday.'] },
  ]);

  it('keeps facts that at least half of the independent outlets report (2 of 4 here), most widely reported first', () => {
    const facts = consensusFacts({ independent: drafts, copies: [] });
    expect(facts.map((f) => f.outlets)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'c'],
    ]);
    expect(facts[0]?.quotes.map((q) => q.sentence)).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday.',
      'On Sunday a landslide buried a mountain road close to Glenholt.',
      'The mountain road near Glenholt was buried by a landslide on Sunday.',
    ]);
  });

  it('lists agreed facts in the order their reports tell them: the lead before a detail more reports give', () => {
    const sinking = draftsOf([
      {
        outlet: 'a',
        body: [
          'A grain barge sank in the Orrin river near Tarsk on Monday morning.',
          'The barge belonged to the Velt shipping line.',
          'All six crew members swam safely to the river bank.',
        ],
      },
      {
        outlet: 'b',
        body: ['A grain barge sank in the Orrin river close to Tarsk on Monday.', 'All six crew members swam to the river bank.'],
      },
      {
        outlet: 'c',
        body: [
          'On Monday a grain barge sank in the Orrin river near Tarsk.',
          'Divers inspected the hull.',
          'The six crew members swam safely to the river bank.',
        ],
      },
      { outlet: 'd', body: ['River traffic past Tarsk was halted.', 'All six crew members swam safely to the bank of the river.'] },
      { outlet: 'e', body: ['The Tarsk ferry timetable changes in spring.'] },
    ]);
    const facts = consensusFacts({ independent: sinking, copies: [] });
    expect(facts.map((f) => f.outlets)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(facts[0]?.statement).toMatch(/grain barge sank/u);
  });

  it('matches reports that tell one happening in different words of it', () => {
    // "Robbers raided" and "thieves pulled off a heist" share only the jewellers' name and town by their own words.
    const heist = draftsOf([
      { outlet: 'a', body: ['Masked robbers raided the Vellmar jewellers in Glenholt late on Thursday night, escaping by car.'] },
      { outlet: 'b', body: ['Thieves wearing balaclavas pulled off a heist at the Vellmar jewellers in Glenholt.'] },
      { outlet: 'c', body: ['The town council of Glenholt approved a new bus route on Thursday.'] },
    ]);
    expect(consensusFacts({ independent: heist, copies: [] }).map((f) => f.outlets)).toEqual([['a', 'b']]);
    // Kinds of things are not read as one: boats are not the vessels they attacked.
    const convoy = draftsOf([
      { outlet: 'a', body: ['Pirates in small boats attacked the Tarn convoy near Kessel Point at dawn on Friday.'] },
      { outlet: 'b', body: ['Navy gunners guarded the merchant vessels of the Tarn convoy past Kessel Point.'] },
      { outlet: 'c', body: ['The town council of Glenholt approved a new bus route on Thursday.'] },
    ]);
    expect(consensusFacts({ independent: convoy, copies: [] })).toEqual([]);
  });

  it('shows no item without a body as a statement, though its headline ends in a full stop', () => {
    // A transactions column's line: a headline with a full stop, the item's whole text.
    const column = draftsOf([
      { outlet: 'a', title: 'GLENHOLT ROVERS Fired Ann Vell, coach. Named Tom Rusk coach.', body: '' },
      { outlet: 'b', body: ['The Glenholt Rovers fired coach Ann Vell and named Tom Rusk coach on Monday.'] },
      { outlet: 'c', body: ['Glenholt Rovers fired coach Ann Vell on Monday and named Tom Rusk as coach.'] },
    ]);
    const [fact] = consensusFacts({ independent: column, copies: [] });
    expect(fact?.statement).toMatch(/^(?:The Glenholt|Glenholt Rovers fired)/u);
    expect(fact?.outlets).toContain('b');
  });

  it('shows a lede set in capitals as the other reports write its words', () => {
    const shouting = draftsOf([
      { outlet: 'a', body: ['A LARGE fire broke out at the Marrow Street depot in Glenholt this morning.', 'Crews came.'] },
      { outlet: 'b', body: ['A large fire broke out at the Marrow Street depot in Glenholt on Tuesday.'] },
      { outlet: 'c', body: ['Fire broke out at the Marrow Street depot in Glenholt on Tuesday morning.'] },
    ]);
    const [fact] = consensusFacts({ independent: shouting, copies: [] });
    expect(fact?.outlets).toEqual(['a', 'b', 'c']);
    expect(fact?.statement).not.toMatch(/LARGE/u);
    expect(calmed('A LARGE fire broke out at the depot.', () => ['A large fire broke out on Tuesday.'])).toBe(
      'A large fire broke out at the depot.',
    );
    // A word no other report writes in lower case stays: an acronym.
    expect(calmed('UN OCHA says aid is on its way.', () => ['The UN said aid was coming.'])).toBe('UN OCHA says aid is on its way.');
    expect(calmed('NASA said so.', () => ['Nasa said so.'])).toBe('NASA said so.');
    // A lede whose longest word in capitals has three letters; a word others write in capitals among lower case stays.
    expect(calmed('A MAN has been charged with murder.', () => ['The man was charged.'])).toBe('A man has been charged with murder.');
    // One word in capitals opens it as well; one no other sentence writes in lower case stays ("NASA said…").
    // A word some sentence opens with ("Initial tests…") and another writes in lower case is a common word.
    expect(calmed('INITIAL results show a ricochet.', () => ['Initial tests failed.', 'The initial report was wrong.'])).toBe(
      'Initial results show a ricochet.',
    );
    expect(calmed('NASA said the launch was delayed.', () => ['The launch was delayed.'])).toBe('NASA said the launch was delayed.');
    expect(calmed('THE US ARMY said the base was shelled.', () => ['Nobody told us about the army.', 'The US military said so.'])).toBe(
      'The US army said the base was shelled.',
    );
  });

  it('does not show a code only one report gives as what the others state (another release, another bulletin)', () => {
    const patch = draftsOf([
      { outlet: 'a', body: ['Vendex released emergency update VX08 to fix a flaw in its Harbor web browser.', 'More later.'] },
      {
        outlet: 'b',
        body: ['Vendex released an emergency update to fix a flaw in its Harbor web browser after several people were injured.'],
      },
      {
        outlet: 'c',
        body: ['After several people were injured, Vendex released an emergency update to fix a flaw in the Harbor web browser.'],
      },
      {
        outlet: 'd',
        body: ['Vendex has released an emergency update to fix a flaw in its Harbor web browser; several people were injured.'],
      },
    ]);
    const [fact] = consensusFacts({ independent: patch, copies: [] });
    expect(fact?.statement).not.toMatch(/VX08/u);
    expect(fact?.outlets).toEqual(['a', 'b', 'c', 'd']);
    // When most reports give the code, the sentence giving it may stand for them.
    const sameBulletin = draftsOf([
      { outlet: 'a', body: ['Vendex released emergency update VX08 to fix a flaw in its Harbor web browser.'] },
      { outlet: 'b', body: ['Vendex released emergency update VX08 on Tuesday to fix a flaw in its Harbor web browser.'] },
      { outlet: 'c', body: ['Vendex released an emergency update to fix a flaw in its Harbor web browser.', 'It is bulletin VX08.'] },
    ]);
    const [same] = consensusFacts({ independent: sameBulletin, copies: [] });
    expect(same?.statement).toMatch(/VX08/u);
    expect(same?.outlets).toEqual(['a', 'b', 'c']);
  });

  it('needs more outlets as more report the story', () => {
    const more = [
      ...drafts,
      ...draftsOf([
        { outlet: 'e', body: 'Schools stay shut.' },
        { outlet: 'f', body: 'Trains are delayed.' },
      ]),
    ];
    expect(consensusFacts({ independent: more, copies: [] }).map((f) => f.outlets)).toEqual([['a', 'b', 'c']]);
  });

  it('lowers the bar to two outlets when there are few, and quotes matching copies without counting them', () => {
    const [a, , c] = drafts;
    const copy = draftsOf([{ outlet: 'copy', body: ['Four drivers were rescued by firefighters on Sunday.'] }]);
    const facts = consensusFacts({ independent: [a!, c!], copies: copy });
    const rescue = facts.find((f) => f.statement.includes('rescued'));
    expect(rescue?.outlets).toEqual(['a', 'c', 'copy']);
  });

  it('credits no report whose sentence says the opposite of the fact shown', () => {
    const facts = consensusFacts({
      independent: draftsOf([
        { outlet: 'a', body: 'Results of the Vell dam inspection have not been released.' },
        { outlet: 'b', body: 'Results of the Vell dam inspection have not been made public yet.' },
        { outlet: 'c', body: 'The Vell dam inspection results were not released.' },
        { outlet: 'd', body: 'Results of the Vell dam inspection were released on Friday, showing deep cracks.' },
      ]),
      copies: [],
    });
    expect(facts.map((f) => f.outlets)).toEqual([['a', 'b', 'c']]);
  });

  it('credits no report that has someone leave the place the fact has them enter', () => {
    const facts = consensusFacts({
      independent: draftsOf([
        { outlet: 'a', body: 'Mira Vell has checked into the Tarsk Clinic in Rancho Verde.' },
        { outlet: 'b', body: 'Mira Vell checked into the Tarsk Clinic in Rancho Verde on Thursday night.' },
        { outlet: 'c', body: 'Mira Vell has left the Tarsk Clinic in Rancho Verde and is moving to Malibu.' },
        { outlet: 'd', body: 'Mira Vell checked out of the Tarsk Clinic in Rancho Verde on Thursday.' },
      ]),
      copies: [],
    });
    expect(facts.map((f) => f.outlets)).toEqual([['a', 'b']]);
  });

  it('reads "no" in "No. 5" as no negation', () => {
    const facts = consensusFacts({
      independent: draftsOf([
        { outlet: 'a', body: 'The No. 5 seed Vell Rovers beat Tarsk United in the harbour cup final on Sunday.' },
        { outlet: 'b', body: 'Vell Rovers beat Tarsk United in the harbour cup final on Sunday.' },
      ]),
      copies: [],
    });
    expect(facts.map((f) => f.outlets)).toEqual([['a', 'b']]);
  });

  it('lists no habit as a fact of the event, and no label as a statement', () => {
    const habit = draftsOf([
      { outlet: 'a', body: 'Harbour authorities usually close the Vell dam gates in winter.' },
      { outlet: 'b', body: 'The Vell dam gates are usually closed by harbour authorities in winter.' },
    ]);
    expect(consensusFacts({ independent: habit, copies: [] })).toEqual([]);
    const label = draftsOf([
      { outlet: 'a', body: ['Vell County Harbour Authority, Norland', 'The gates stayed shut.'] },
      { outlet: 'b', body: ['Vell County Harbour Authority, Norland', 'Ships waited at sea.'] },
    ]);
    expect(consensusFacts({ independent: label, copies: [] })).toEqual([]);
  });

  it('does not merge sentences whose numbers disagree', () => {
    const numbers = draftsOf([
      { outlet: 'a', body: 'Firefighters rescued four drivers from the road near Glenholt, 12 in total.' },
      { outlet: 'b', body: 'Firefighters rescued drivers from the road near Glenholt, 15 in total.' },
    ]);
    expect(consensusFacts({ independent: numbers, copies: [] })).toEqual([]);
  });

  it('does not merge counts written in words that disagree, and states a shared fact without a disputed figure', () => {
    const words = draftsOf([
      { outlet: 'a', body: 'Twelve people died when the Tessel dam overflowed and flooded Marrow Creek, police said.' },
      { outlet: 'b', body: 'Fifteen people were killed when the Tessel dam overflowed and flooded Marrow Creek, the hospital said.' },
    ]);
    expect(consensusFacts({ independent: words, copies: [] })).toEqual([]);

    const plain = draftsOf([
      { outlet: 'a', body: 'Fifteen people were killed when the Tessel dam overflowed and flooded Marrow Creek.' },
      { outlet: 'b', body: 'The Tessel dam overflowed and flooded Marrow Creek on Tuesday night.' },
      { outlet: 'c', body: 'Water from the Tessel dam overflowed and flooded Marrow Creek.' },
    ]);
    const [fact] = consensusFacts({ independent: plain, copies: [] });
    expect(fact?.outlets).toEqual(['a', 'b', 'c']);
    expect(fact?.statement).not.toMatch(/Fifteen/);
  });

  it('lists a shared fact only when most of its reports give it in their lead, and states it in a sentence that stands alone', () => {
    const lead = (outlet: string, detail: string): { outlet: string; body: string[] } => ({
      outlet,
      body: [
        'A landslide buried the mountain road near Glenholt on Sunday.',
        'Crews searched the valley.',
        'Roads were shut.',
        'Schools closed early.',
        detail,
      ],
    });
    const deep = draftsOf([
      lead('a', 'The Glenholt bakery on the mountain road lost its roof in the slide.'),
      lead('b', 'Its roof gone, the Glenholt bakery on the mountain road closed after the slide.'),
      lead('c', 'The mountain road bakery in Glenholt lost its roof in the slide.'),
    ]);
    expect(consensusFacts({ independent: deep, copies: [] }).map((f) => f.statement)).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday.',
    ]);

    const pointing = draftsOf([
      { outlet: 'a', body: ['They then buried the mountain road near Glenholt on Sunday.'] },
      { outlet: 'b', body: ['But a landslide buried the mountain road near Glenholt on Sunday.'] },
      { outlet: 'c', body: ['A landslide buried the mountain road near Glenholt on Sunday, police said.'] },
    ]);
    expect(consensusFacts({ independent: pointing, copies: [] }).map((f) => f.statement)).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday, police said.',
    ]);
  });

  it('states a fact in a sentence rather than in a headline when a report gives one', () => {
    const titled = draftsOf([
      { outlet: 'a', body: ['Landslide buries mountain road near Glenholt'] },
      { outlet: 'b', body: ['A landslide buried the mountain road near Glenholt on Sunday.'] },
      { outlet: 'c', body: ['Landslide buries Glenholt mountain road'] },
    ]);
    expect(consensusFacts({ independent: titled, copies: [] }).map((f) => f.statement)).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday.',
    ]);
  });

  it('states a fact in a sentence that agrees with most of its reports, not one on a second event that met only the first', () => {
    const two = draftsOf([
      { outlet: 'a', body: ['Climber dies in fall on Mount Sefton in Aoraki park'] },
      { outlet: 'b', body: ['Rescuers said an Australian climber died in Aoraki park after a fall near the Tasman hut.'] },
      { outlet: 'c', body: ['A British climber died after a 300-metre fall on Mount Sefton on Saturday.'] },
      { outlet: 'd', body: ['A British climber was killed in a 300-metre fall from Mount Sefton on Saturday.'] },
    ]);
    const [fact] = consensusFacts({ independent: two, copies: [] });
    expect(fact?.statement).toMatch(/British climber/);
  });

  it('states a fact in the sentence that most of its reports state, not in one only some of them give', () => {
    const arrest = draftsOf([
      { outlet: 'a', body: ['Pellworth striker Arlo Venn arrested on suspicion of drunk driving'] },
      { outlet: 'b', body: ['Venn was on probation for an earlier arrest for drunk driving in Pellworth, police said.'] },
      { outlet: 'c', body: ['Pellworth striker Arlo Venn was arrested on suspicion of drunk driving on Tuesday.'] },
      { outlet: 'd', body: ["Arlo Venn, Pellworth's striker, was held on suspicion of driving under the influence."] },
      { outlet: 'e', body: ['Striker Arlo Venn faces a charge of drink driving after his arrest on Tuesday.'] },
    ]);
    const [fact] = consensusFacts({ independent: arrest, copies: [] });
    expect(fact?.statement).toBe('Pellworth striker Arlo Venn was arrested on suspicion of drunk driving on Tuesday.');
  });

  it('states a fact without calling someone by religion or ethnicity as only one of its reports does', () => {
    const shooting = draftsOf([
      { outlet: 'a', body: ['Police said a Muslim woman, Ada Lorne, shot and killed two co-workers at the Tarn bakery on Monday.'] },
      { outlet: 'b', body: ['A woman named Ada Lorne shot and killed two co-workers and wounded three at the Tarn bakery, police said.'] },
      { outlet: 'c', body: ['Ada Lorne shot and killed two co-workers and wounded three at the Tarn bakery on Monday, police said.'] },
      { outlet: 'd', body: ['Police said Ada Lorne shot and killed two co-workers and wounded three at the Tarn bakery.'] },
    ]);
    const [fact] = consensusFacts({ independent: shooting, copies: [] });
    expect(fact?.statement).toMatch(/shot and killed two co-workers and wounded three at the Tarn bakery/u);
    expect(fact?.statement).not.toMatch(/Muslim/u);
  });

  it('reads religion or ethnicity only where it calls a person, not in a name or a place', () => {
    const others = [{ sentence: 'Bale will star in the sequel.' }, { sentence: 'The quake was felt in the UAE.' }];
    expect(labelsAlone('A Muslim woman shot two co-workers at the bakery.', others)).toBe(true);
    expect(labelsAlone('Christian Bale will star in the sequel.', others)).toBe(false);
    expect(labelsAlone('The quake was felt as far away as the United Arab Emirates.', others)).toBe(false);
    expect(labelsAlone('The Catholic Church condemned the attack.', others)).toBe(false);
    // As most of the others call her, it is how the fact is told.
    expect(labelsAlone('A Muslim woman shot two co-workers.', [{ sentence: 'A Muslim woman opened fire.' }])).toBe(false);
  });

  it("never states a fact in the writer's own voice, and lists none that only a view of it shares", () => {
    const view = draftsOf([
      { outlet: 'a', body: ['As I said in my review, Mara Quill’s direction was the strongest part of Tidewater.'] },
      { outlet: 'b', body: ['Mara Quill’s direction was the strongest part of Tidewater, critics said.'] },
      { outlet: 'c', body: ['Mara Quill is in talks to direct the Tidewater sequel.'] },
    ]);
    const facts = consensusFacts({ independent: view, copies: [] });
    expect(facts.map((f) => f.statement)).not.toContain(
      'As I said in my review, Mara Quill’s direction was the strongest part of Tidewater.',
    );
    expect(facts.flatMap((f) => f.statement)).toEqual(['Mara Quill’s direction was the strongest part of Tidewater, critics said.']);
  });
});

describe('consensusFacts in a story told in several languages', () => {
  it('counts most among the reports that write in the fact’s language, and credits only those that state it', () => {
    const drafts = draftsOf([
      { outlet: 'a', body: ['A landslide buried the mountain road near Glenholt on Sunday.', 'Four drivers were rescued.'] },
      { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Engineers fear more slides.'] },
      { outlet: 'c', body: ['Schools in the valley will stay closed on Monday.'] },
      { outlet: 'd', language: 'de', body: ['Ein Erdrutsch hat am Sonntag die Bergstraße bei Glenholt verschüttet.'] },
      { outlet: 'e', language: 'fr', body: ['Un glissement de terrain a enseveli dimanche la route de montagne près de Glenholt.'] },
      { outlet: 'f', language: 'ru', body: ['В воскресенье оползень засыпал горную дорогу у Гленхолта.'] },
    ]);
    // Two of the three English reports state it: most of those that could, though not of all six.
    expect(consensusFacts({ independent: drafts, copies: [] }).map((f) => f.outlets)).toEqual([['a', 'b']]);
  });

  it('finds what most reports in Chinese state, read word by word and closed by "。"', () => {
    const lede = '塔尔斯克市中心一家银行周二遭到持枪抢劫，劫匪抢走五十万欧元。';
    const drafts = draftsOf([
      { outlet: 'a', language: 'zh', body: `${lede}警方说，劫匪驾驶一辆白色面包车逃离现场。` },
      { outlet: 'b', language: 'zh', body: '周二，塔尔斯克市中心的一家银行遭到持枪抢劫，劫匪抢走了五十万欧元。银行经理说，没有员工受伤。' },
      { outlet: 'c', language: 'zh', body: '市长呼吁居民保持冷静，并承诺加强巡逻。' },
    ]);
    const [fact, ...rest] = consensusFacts({ independent: drafts, copies: [] });
    expect(rest).toEqual([]);
    expect(fact?.statement).toBe(lede);
    expect(fact?.outlets).toEqual(['a', 'b']);
  });
});

describe('consensusFacts when matching is not transitive', () => {
  it('states the fact in the member most reports state when the plainest is stated by too few', () => {
    const fire = 'A fire destroyed the old mill in Tarsk on Friday, killing two workers.';
    const drafts = draftsOf([
      { outlet: 'p', body: fire },
      // States the fire alone, with no figure: the plainest, but only "p" states it too.
      { outlet: 'a', body: 'The old mill in Tarsk was destroyed by fire on Friday.' },
      { outlet: 'b', body: 'Two workers were killed when flames gutted a Tarsk factory.' },
      { outlet: 'c', body: 'Schools in the valley will stay closed on Monday.' },
      { outlet: 'd', body: 'The regional council meets next week to discuss its budget.' },
      { outlet: 'e', body: 'Farmers expect a late harvest after the wet spring.' },
    ]);
    const [fact, ...rest] = consensusFacts({ independent: drafts, copies: [] });
    expect(rest).toEqual([]);
    expect(fact?.statement).toBe(fire);
    expect([...(fact?.outlets ?? [])].sort()).toEqual(['a', 'b', 'p']);
  });
});

describe('consensusFacts on who it happened to and what happened', () => {
  // Four obituaries that each call the man by another of his descriptions: no two sentences share enough words.
  const obituaries = draftsOf([
    {
      outlet: 'a',
      body: ['Orvin Tallek, the harbour pilot who guided the tall ships into Port Arran for forty years, has died, aged 88.'],
    },
    { outlet: 'b', body: ['Veteran seafarer and author Orvin Tallek died on Monday at a hospice in Glenholt, his family said.'] },
    {
      outlet: 'c',
      body: ['The sailing world mourns Orvin Tallek, whose memoir of the great storm sold a million copies, after his death this week.'],
    },
    { outlet: 'd', body: ['Tallek, a former mayor of the town, was remembered at a vigil outside the lifeboat station.'] },
  ]);

  it('agrees on a named person and a happening that most lead sentences give, when no sentence is matched word by word', () => {
    const facts = consensusFacts({ independent: obituaries, copies: [] });
    expect(facts).toHaveLength(1);
    expect(facts[0]!.outlets).toEqual(['a', 'b', 'c']);
    expect(facts[0]!.statement).toMatch(/Orvin Tallek/u);
  });

  it('adds nothing to a story whose reports agree word by word', () => {
    const told = draftsOf([
      { outlet: 'a', body: ['Orvin Tallek, the harbour pilot, died on Monday in Glenholt, his family said.'] },
      { outlet: 'b', body: ['Harbour pilot Orvin Tallek died on Monday in Glenholt, his family said.'] },
      { outlet: 'c', body: ['The memoir of Orvin Tallek sold a million copies before his death.'] },
    ]);
    expect(consensusFacts({ independent: told, copies: [] }).map((f) => f.outlets)).toEqual([['a', 'b']]);
  });
});

describe('consensusFacts and days told from a report date', () => {
  it('shows a twin of the statement that dates the day rather than telling it from its report, and only a twin', () => {
    const arrest = draftsOf([
      { outlet: 'a', body: ['Harbour pilot Orvin Tallek was arrested yesterday on suspicion of drunken sailing in Glenholt.'] },
      { outlet: 'b', body: ['Harbour pilot Orvin Tallek was arrested Tuesday on suspicion of drunk sailing in Glenholt.'] },
      { outlet: 'c', body: ['Harbour pilot Orvin Tallek was arrested yesterday on suspicion of drunken sailing in Glenholt harbour.'] },
    ]);
    const [fact] = consensusFacts({ independent: arrest, copies: [] });
    expect(fact?.statement).toBe('Harbour pilot Orvin Tallek was arrested Tuesday on suspicion of drunk sailing in Glenholt.');
    expect(fact?.outlets).toEqual(['a', 'b', 'c']);
    const stages = draftsOf([
      { outlet: 'a', body: ['Orvin Tallek is expected to be arraigned today in Glenholt court on two counts of drunken sailing.'] },
      { outlet: 'b', body: ['Orvin Tallek pleaded not guilty in Glenholt court to two counts of drunken sailing.'] },
      {
        outlet: 'c',
        body: ['Orvin Tallek is expected to be arraigned today in Glenholt court on two counts of drunken sailing, police said.'],
      },
    ]);
    expect(consensusFacts({ independent: stages, copies: [] })[0]?.statement).toMatch(/expected to be arraigned today/u);
  });
});
