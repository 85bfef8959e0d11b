import { describe, expect, it } from 'vitest';
import { uniqueFacts } from '../../src/compare/unique-facts.ts';
import { draftsOf } from './fixtures/make.ts';

describe('uniqueFacts', () => {
  const drafts = draftsOf([
    {
      outlet: 'a',
      body: [
        'A landslide buried the mountain road near Glenholt on Sunday.',
        'A 19th-century chapel on Pine Hill was destroyed.',
        'Rain is forecast.',
      ],
    },
    { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Four drivers were rescued, police said.'] },
    { outlet: 'c', body: ['The mountain road near Glenholt was buried by a landslide.', 'Six drivers were rescued, the council said.'] },
    {
      outlet: 'copy',
      body: [
        'A landslide buried the mountain road near Glenholt on Sunday.',
        'A 19th-century chapel on Pine Hill was destroyed.',
        'Rain is forecast.',
      ],
    },
  ]);
  const copyOf = (d: (typeof drafts)[number]) => (d.outlet.id === 'copy' ? 'a:0' : null);

  it('lists notable sentences only one independent outlet reports, ignoring its own copies', () => {
    expect(uniqueFacts({ drafts, copyOf }).map((f) => [f.outlet, f.statement])).toEqual([
      ['a', 'A 19th-century chapel on Pine Hill was destroyed.'],
    ]);
  });

  it('treats a copy elsewhere as coverage by another report', () => {
    expect(uniqueFacts({ drafts, copyOf: () => null }).map((f) => f.outlet)).toEqual([]);
  });
});

describe('uniqueFacts limits', () => {
  it('leaves out what a report says when it has nothing to tell: an investigation goes on, a doubt, a call for witnesses', () => {
    const told = draftsOf([
      {
        outlet: 'a',
        body: [
          'A landslide buried the mountain road near Glenholt on Sunday.',
          'An investigation into the collapse of the Pine Hill retaining wall is still ongoing, police said.',
          'At this point it is unclear if the Pine Hill quarry blasting had anything to do with the slide.',
          'Anyone with information about the Pine Hill quarry is asked to call police.',
          'A 19th-century chapel on Pine Hill was destroyed.',
        ],
      },
      { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Four drivers were rescued, police said.'] },
    ]);
    expect(uniqueFacts({ drafts: told, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'A 19th-century chapel on Pine Hill was destroyed.',
      'Four drivers were rescued, police said.',
    ]);
  });

  it('leaves out a habit, true of many events and the fact of none', () => {
    const habit = draftsOf([
      {
        outlet: 'a',
        body: [
          'A landslide buried the mountain road near Glenholt on Sunday.',
          'The Glenholt council does not generally clear the pass road before May, with 3 ploughs for 40 miles.',
          'A 19th-century chapel on Pine Hill was destroyed.',
        ],
      },
      { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Four drivers were rescued, police said.'] },
    ]);
    expect(uniqueFacts({ drafts: habit, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'A 19th-century chapel on Pine Hill was destroyed.',
      'Four drivers were rescued, police said.',
    ]);
  });

  it('leaves out a sentence naming by surname alone someone its report introduced before, unless the story is about them', () => {
    const named = draftsOf([
      {
        outlet: 'a',
        body: [
          'A landslide buried the mountain road near Glenholt on Sunday.',
          'Council engineer Tam Roskin said 40 metres of the road had gone.',
          'Roskin also said he did not know when the road might reopen to 300 daily drivers.',
          'Mayor Ilse Varga said 12 homes were evacuated on Pine Hill.',
          'Varga said the evacuation of 12 homes would last a week.',
        ],
      },
      { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Mayor Varga visited the site.'] },
      { outlet: 'c', body: ['A mountain road near Glenholt was buried by a landslide.', 'Varga asked residents to stay away.'] },
    ]);
    const statements = uniqueFacts({ drafts: named, copyOf: () => null }).map((f) => f.statement);
    // Who Roskin is, only the sentence before says; Varga, the other reports name too.
    expect(statements).not.toContain('Roskin also said he did not know when the road might reopen to 300 daily drivers.');
    expect(statements).toContain('Varga said the evacuation of 12 homes would last a week.');
  });

  it('leaves out a record another report gives for the same fighter, however it is worded', () => {
    const fight = draftsOf([
      {
        outlet: 'a',
        body: [
          'Femi Okoro stopped Tan Lindell in the sixth round in Velmora on Saturday to keep his titles.',
          'Lindell, who was the mandatory challenger named by the federation, dropped to 20-8.',
        ],
      },
      {
        outlet: 'b',
        body: ['Femi Okoro kept his titles by stopping Tan Lindell (20-8, 11 KOs) in the sixth round in Velmora on Saturday.'],
      },
    ]);
    expect(uniqueFacts({ drafts: fight, copyOf: () => null }).map((f) => f.statement)).not.toContain(
      'Lindell, who was the mandatory challenger named by the federation, dropped to 20-8.',
    );
  });

  it('takes at most two per outlet and twelve in all, in turn from each outlet', () => {
    const nouns =
      'apples boats cables drums eggs flags gloves hammers irons jackets kettles ladders mirrors nails oars pipes quilts ropes saws tents umbrellas vases wagons yokes zips anchors bells chairs doors engines forks gates'.split(
        ' ',
      );
    const specs = Array.from({ length: 8 }, (_, o) => ({
      outlet: `o${o}`,
      body: Array.from({ length: 4 }, (_, k) => `Crews found ${o * 10 + k + 100} ${nouns[o * 4 + k]} in Zone${o}${k}.`),
    }));
    const facts = uniqueFacts({ drafts: draftsOf(specs), copyOf: () => null });
    expect(facts).toHaveLength(12);
    const perOutlet = new Map<string, number>();
    for (const f of facts) perOutlet.set(f.outlet, (perOutlet.get(f.outlet) ?? 0) + 1);
    expect(Math.max(...perOutlet.values())).toBe(2);
    expect(perOutlet.size).toBe(8);
  });

  it('leaves out background and history, and page stamps, which are not the event', () => {
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'A landslide buried the mountain road near Glenholt on Sunday.',
          'In 2004 a flood in Carrow killed 12 people.',
          'Tuesday, July 2nd, 2013',
          'The Pine Hill chapel of Glenholt was destroyed, the council said.',
        ],
      },
      { outlet: 'b', body: ['On Sunday a landslide buried a mountain road close to Glenholt.', 'Four drivers were rescued, police said.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The Pine Hill chapel of Glenholt was destroyed, the council said.',
      'Four drivers were rescued, police said.',
    ]);
  });
});

describe('uniqueFacts coverage in other words', () => {
  const lead = (outlet: string, extra: string[]) => ({
    outlet,
    body: ['A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.', ...extra],
  });

  it('counts a fact as covered when another report gives its rare words in one longer sentence, with other units', () => {
    const story = draftsOf([
      lead('a', ['Mara Velt, a teacher who was seven months pregnant, was among the dead, the bakery owner Ivo Brand said.']),
      lead('b', [
        'Among the three who died in the blaze at the bakery was Mara Velt, a pregnant teacher, according to Ivo Brand, who owns it.',
      ]),
      lead('c', ['Firefighters from Carrow and Tembury fought the blaze for four hours.']),
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.outlet)).toEqual(['c']);
  });

  it('counts a fact as covered when another report tells it over two sentences in a row', () => {
    const story = draftsOf([
      lead('a', ['A gas heater in the cellar started the fire, according to Ivo Brand.']),
      lead('b', [
        'Reporters found Ivo Brand outside on Monday morning, still in his apron and flour-dusted boots, sorting through the ruins.',
        'A faulty gas heater was to blame, in the view of investigators from the Tembury council.',
      ]),
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.outlet)).not.toContain('a');
  });

  it('counts a fact as covered when another report gives over a third of its weight, its rarer words among others', () => {
    // The crane, where it comes from, clearing the site and two weeks: a long sentence restated over two, with
    // assessors, ovens and loss adjusters the first report does not give.
    const story = draftsOf([
      lead('a', [
        'A demolition crane is on its way to the bakery from the port of Carrow, but it will not get there until Monday, and clearing the site will take as long as two weeks, engineer Ana Rusk told reporters outside the town hall.',
      ]),
      lead('b', [
        'The insurer Norwell Mutual, whose assessors spent the morning photographing the charred ovens and the collapsed roof beams, plans to send a demolition crane from Carrow.',
        'Its loss adjusters, who have handled three fires on the street since the war, expect clearing the site to last two weeks.',
      ]),
      lead('c', ['Firefighters from Carrow and Tembury fought the blaze for four hours.']),
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.outlet)).toEqual(['c']);
  });

  it('reads the whole of the other report, not only the sentences comparison reads', () => {
    const filler = Array.from({ length: 32 }, (_, k) => `Neighbour number ${k + 1} spoke about the street and the weather that week.`);
    const story = draftsOf([
      lead('a', ['Ivo Brand said the bakery had been insured by Norwell Mutual for 40 years.']),
      lead('b', [...filler, 'Ivo Brand said the bakery had been insured by Norwell Mutual for 40 years.']),
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.outlet)).not.toContain('a');
  });

  it("keeps a fact whose words beyond the story's own no other report gives", () => {
    const story = draftsOf([
      lead('a', ['The Glenholt council voted 7-2 on Monday to close Kelso Street to traffic.']),
      lead('b', ['Three people died when fire swept through the bakery on Kelso Street in Glenholt.']),
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The Glenholt council voted 7-2 on Monday to close Kelso Street to traffic.',
    ]);
  });
});

describe('uniqueFacts coverage in another language', () => {
  const lead = (outlet: string, extra: string[]) => ({
    outlet,
    body: ['A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.', ...extra],
  });
  const fact = 'Ivo Brandauer said 14 of the injured were flown by helicopter to Tembury.';

  it('counts a fact as covered when a report in another language and script gives its names and figures', () => {
    const story = draftsOf([
      lead('a', [fact]),
      lead('b', ['Firefighters from Carrow fought the blaze for four hours.']),
      { outlet: 'ru', language: 'ru', body: ['По словам Иво Брандауэра, 14 человек были доставлены вертолётом в Тембери.'] },
      { outlet: 'ru2', language: 'ru', body: ['Пожар в пекарне в Гленхолте в воскресенье унёс жизни трёх человек.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).not.toContain(fact);
  });

  it('does not ask the other language for the hour of a 12-hour clock time, which it writes otherwise', () => {
    const search = 'As of 11 p.m. police were still searching for Ivo Brandauer, 27, who fled toward Tembury.';
    const story = draftsOf([
      lead('a', [search]),
      lead('b', ['Firefighters from Carrow fought the blaze for four hours.']),
      { outlet: 'ru', language: 'ru', body: ['К 23 часам полиция всё ещё искала Иво Брандауэра (27), который бежал в сторону Тембери.'] },
      { outlet: 'ru2', language: 'ru', body: ['Пожар в пекарне в Гленхолте в воскресенье унёс жизни трёх человек.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).not.toContain(search);
  });

  it("keeps it when the other language's report shares only the story's own places", () => {
    const story = draftsOf([
      lead('a', [fact]),
      lead('b', ['Firefighters from Carrow fought the blaze for four hours.']),
      { outlet: 'ru', language: 'ru', body: ['Пожар уничтожил пекарню на Келсо-стрит в Гленхолте, погибли три человека.'] },
      { outlet: 'ru2', language: 'ru', body: ['Пожар в пекарне в Гленхолте в воскресенье унёс жизни трёх человек.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toContain(fact);
  });
});

describe('uniqueFacts spellings', () => {
  it('reads one word in two spellings, and a compass point in one word or two, as the same word', () => {
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'An earthquake struck Vell island on Sunday, killing four people.',
          'The Tembury observatory put the epicentre at about 58km (36 miles) south-west of Port Arran.',
        ],
      },
      {
        outlet: 'b',
        body: [
          'Four people died when an earthquake hit Vell island on Sunday.',
          'Its epicenter was 35 miles southwest of Port Arran, the Tembury observatory said.',
        ],
      },
      { outlet: 'c', body: ['An earthquake killed four people on Vell island on Sunday.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.outlet)).not.toContain('a');
  });
});

describe('uniqueFacts from the top of a report', () => {
  it('takes facts from the first ten sentences of a report, not from its tail', () => {
    const colour = ['Smoke hung over the river', 'Shops stayed shut', 'Buses ran late', 'Rain fell at dusk', 'Crowds gathered early'];
    const tail = Array.from({ length: 10 }, (_, k) => `${colour[k % 5]} on the ${k % 2 === 0 ? 'first' : 'second'} evening in town.`);
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.',
          'The Tembury fire service sent nine engines to the blaze.',
          ...tail,
          'Insurers put the damage at 2 million pounds, the council said.',
        ],
      },
      { outlet: 'b', body: ['Three people died when fire swept through a bakery on Kelso Street in Glenholt.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The Tembury fire service sent nine engines to the blaze.',
    ]);
  });
});

describe('uniqueFacts notability', () => {
  it("does not count a person's age as a figure of the event", () => {
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.',
          'A rare sight was the 62-year-old baker smiling at neighbours across Kelso Street.',
          'Mara Velt, 34, and her 61-year-old mother were rescued from the upper floor by 12 firefighters.',
        ],
      },
      { outlet: 'b', body: ['Three people died when fire swept through a bakery on Kelso Street in Glenholt.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'Mara Velt, 34, and her 61-year-old mother were rescued from the upper floor by 12 firefighters.',
    ]);
  });

  it('lists a figure or a statement someone made, not a scene that only names places', () => {
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.',
          'Cafes along the Glenholt riverside were busy again by Monday evening.',
          'The Tembury fire service sent nine engines to the blaze.',
          'Mayor Ada Lind urged residents of Kelso Street to keep their windows shut.',
        ],
      },
      { outlet: 'b', body: ['Three people died when fire swept through a bakery on Kelso Street in Glenholt.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The Tembury fire service sent nine engines to the blaze.',
      'Mayor Ada Lind urged residents of Kelso Street to keep their windows shut.',
    ]);
  });
});

describe('uniqueFacts background of place', () => {
  it('leaves out where a place is, its coordinates and how many live there, and keeps the event told in the past', () => {
    const story = draftsOf([
      {
        outlet: 'a',
        body: [
          'An earthquake struck Vell island on Sunday, killing four people.',
          'Vell, located 1,150 kilometers southeast of the capital, has a busy fishing port.',
          'The island, home to 120,000 people, relies on tourism, officials said.',
          'The epicentre was 35 miles southwest of Port Arran, the Tembury observatory said.',
          'The epicentre of the quake was at 55.96 degrees in longitude and 26.94 degrees in latitude, Tembury said.',
        ],
      },
      { outlet: 'b', body: ['Four people died when an earthquake hit Vell island on Sunday.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The epicentre was 35 miles southwest of Port Arran, the Tembury observatory said.',
    ]);
  });
});

describe('uniqueFacts and other stories on a page', () => {
  it('leaves out a run of sentences sharing nothing with the story, and keeps a lone new source among its own sentences', () => {
    const story = draftsOf([
      {
        outlet: 'roundup',
        body: [
          'A fire destroyed the Kelso Street bakery in Glenholt on Sunday, killing three people.',
          'Fire chief Ada Lind said the bakery fire started in an oven.',
          'Tennis: Mara Quill won her fourth title of the season at the Harbin Open, beating the 2 seed in 54 minutes.',
          '"I was nervous all week," Quill said after the final.',
        ],
      },
      {
        outlet: 'local',
        body: [
          'Three people were killed when fire swept through a bakery on Kelso Street in Glenholt on Sunday.',
          'Another official, Noor Vasquez, told the Tembury Post that insurers put the damage at 2 million pounds.',
          'The fire started in an oven, the bakery fire chief said.',
        ],
      },
      {
        outlet: 'wire',
        body: ['A fire killed three people at a bakery in Glenholt on Sunday.', 'The bakery on Kelso Street burned for hours.'],
      },
      { outlet: 'radio', body: ['Three people died in a bakery fire in Glenholt.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'Another official, Noor Vasquez, told the Tembury Post that insurers put the damage at 2 million pounds.',
    ]);
  });

  it("leaves out a lone sentence of another story set in a report: most of its names are the story's nowhere", () => {
    const story = draftsOf([
      {
        outlet: 'tech',
        body: [
          'Varnsoft released an emergency patch for its Orbit browser on Tuesday after attackers exploited a flaw.',
          'After a merger with Halvorsen fell apart, chief executive Ilse Marrow was grilled at the Web 3.0 forum by its host Tomas Ekdal.',
          'The Orbit flaw lets attackers take over a computer through a hacked website, Varnsoft said.',
        ],
      },
      { outlet: 'wire', body: ['Varnsoft issued an emergency patch for the Orbit browser on Tuesday to fix a flaw attackers exploit.'] },
      { outlet: 'daily', body: ['An emergency Varnsoft patch fixes an Orbit browser flaw that attackers exploited.'] },
      { outlet: 'radio', body: ['Varnsoft rushed out a patch for a flaw in its Orbit browser on Tuesday.'] },
    ]);
    expect(uniqueFacts({ drafts: story, copyOf: () => null }).map((f) => f.statement)).not.toContain(
      'After a merger with Halvorsen fell apart, chief executive Ilse Marrow was grilled at the Web 3.0 forum by its host Tomas Ekdal.',
    );
  });
});
