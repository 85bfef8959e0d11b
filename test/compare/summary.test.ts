import { describe, expect, it } from 'vitest';
import { summarise, termReach } from '../../src/compare/summary.ts';
import { breakdownOfSpecs, draftsOf } from './fixtures/make.ts';

const MAIN = [
  'GLENHOLT, Norland (AP) — A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
  'Photo: Jan Ortel/Getty Images',
  'The weather had been pleasant earlier in the month.',
  'Sponsor Message',
  'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
  'Sign up for our morning newsletter.',
  'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
  'A local bakery stayed open.',
  'Copyright 2026 The Associated Press. All rights reserved.',
];
const OTHERS = [
  ['A landslide buried a mountain road near Glenholt on Sunday.', 'Four drivers were rescued from the buried road by firefighters.'],
  ['Engineers closed the mountain road near Glenholt after the landslide.', 'The slope could slide again, engineers warned.'],
];

describe('summarise', () => {
  const drafts = draftsOf([{ outlet: 'main', body: MAIN }, ...OTHERS.map((body, i) => ({ outlet: `other${i}`, body }))]);
  const reach = termReach(drafts.map((d) => d.units));
  const main = drafts.find((d) => d.outlet.id === 'main')!;

  it('picks central, informative sentences of the outlet, in original order, without boilerplate or dateline', () => {
    expect(summarise({ units: main.units, reach, reports: drafts.length, headlineOnly: false })).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
    ]);
  });

  it('does not repeat the title it is shown under, however the body spaces it', () => {
    const title = 'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.';
    const summary = summarise({ units: main.units, reach, reports: drafts.length, headlineOnly: false, title: ` ${title.toUpperCase()} ` });
    expect(summary).not.toContain('A landslide buried the mountain road near Glenholt on Sunday after a week of rain.');
    expect(summary).toContain('Firefighters rescued four drivers from their cars on the buried road, the regional council said.');
  });

  it('leaves out a sentence that points back at one the reader does not see, or swears, while the report has two others', () => {
    const pointing = [
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'He said 30 of the 80 wounded were flown to Glenholt.',
      'That happened after the road near Glenholt had been closed.',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
    ];
    const d = draftsOf([{ outlet: 'p', body: pointing }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const r = termReach(d.map((x) => x.units));
    const summary = summarise({ units: d[0]!.units, reach: r, reports: d.length, headlineOnly: false });
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.some((s) => /^(?:He|That)\b/u.test(s))).toBe(false);
    const asking = [
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      "It's about time the council fixed that road, right?",
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again,',
    ];
    const a = draftsOf([{ outlet: 'q', body: asking }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const asked = summarise({ units: a[0]!.units, reach: termReach(a.map((x) => x.units)), reports: a.length, headlineOnly: false });
    expect(asked.some((line) => /[?,]$/u.test(line))).toBe(false);
    const swearing = [
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'Four drivers were rescued from the buried mountain road near Glenholt by firefighters, who say engineers are shifty shits.',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
    ];
    const w = draftsOf([{ outlet: 's', body: swearing }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const sworn = summarise({ units: w[0]!.units, reach: termReach(w.map((x) => x.units)), reports: w.length, headlineOnly: false });
    expect(sworn.some((line) => /shits/u.test(line))).toBe(false);
    const few = draftsOf([
      { outlet: 'q', body: ['A landslide buried the road near Glenholt on Sunday.', 'He said four drivers were rescued from the road.'] },
    ]);
    expect(summarise({ units: few[0]!.units, reach: r, reports: 3, headlineOnly: false })).toHaveLength(2);
  });

  it('leaves out a line opening on an ellipsis, cut at its start, but not one opening on a name with a capital inside', () => {
    const runOn = [
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      '… ok, so, the mountain road near Glenholt is buried again and the drivers were rescued from the road … which says a lot …',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'eBay sellers near Glenholt said engineers closed the mountain road and warned that the slope could slide again.',
    ];
    const d = draftsOf([{ outlet: 'r', body: runOn }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const summary = summarise({ units: d[0]!.units, reach: termReach(d.map((x) => x.units)), reports: d.length, headlineOnly: false });
    expect(summary.some((line) => /ok, so/u.test(line))).toBe(false);
    expect(summary.some((line) => line.startsWith('eBay sellers'))).toBe(true);
  });

  it("leaves out a page's label or a heading in title case while the report has two other lines", () => {
    const labelled = [
      'Glenholt County Roads Department, Norland',
      'Driver Rescued From Buried Car, Road Closed Until Spring',
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
    ];
    const d = draftsOf([{ outlet: 'l', body: labelled }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const summary = summarise({ units: d[0]!.units, reach: termReach(d.map((x) => x.units)), reports: d.length, headlineOnly: false });
    expect(summary).toEqual(labelled.slice(2));
    // A heading shorter than a sentence, with no stop: a photo's.
    const captioned = draftsOf([
      { outlet: 'c', body: ['Glenholt slide clean up', ...labelled.slice(2, 4)] },
      ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body })),
    ]);
    const shown = summarise({
      units: captioned[0]!.units,
      reach: termReach(captioned.map((x) => x.units)),
      reports: 3,
      headlineOnly: false,
    });
    expect(shown).toEqual(labelled.slice(2, 4));
    // A German line capitalises its nouns, and is no heading for that.
    const german = draftsOf([
      {
        outlet: 'g',
        language: 'de',
        body: [
          'Ein Erdrutsch verschüttete am Sonntag die Bergstraße bei Glenholt',
          'Die Feuerwehr rettete vier Fahrer.',
          'Die Straße bleibt gesperrt.',
        ],
      },
    ]);
    expect(summarise({ units: german[0]!.units, reach: termReach(german.map((x) => x.units)), reports: 1, headlineOnly: false })).toContain(
      'Ein Erdrutsch verschüttete am Sonntag die Bergstraße bei Glenholt',
    );
  });

  it("leaves out the writer's own voice while the report has two other lines, but not a name that looks like it", () => {
    const blog = [
      'For months I have been reading about the Glenholt road.',
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'Get well soon, Glenholt!',
      'Firefighters rescued four drivers from their cars on the buried road, the regional council said.',
      'Engineers closed the mountain road near Glenholt, the council told Us Weekly.',
    ];
    const d = draftsOf([{ outlet: 'b', body: blog }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const summary = summarise({ units: d[0]!.units, reach: termReach(d.map((x) => x.units)), reports: d.length, headlineOnly: false });
    expect(summary).toEqual([blog[1], blog[3], blog[4]]);
  });

  it("leaves out a columnist's aside in another language, its opening too when the report is alone in its language", () => {
    const column = [
      'Personnellement, rien d’étonnant pour moi : je la croyais coupée depuis des années.',
      'Un glissement de terrain a enseveli dimanche la route de montagne près de Glenholt.',
      'Les pompiers ont secouru quatre conducteurs, a indiqué le conseil régional.',
      'Les ingénieurs ont fermé la route et craignent un nouveau glissement.',
    ];
    const d = draftsOf([{ outlet: 'fr', language: 'fr', body: column }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const units = d.find((x) => x.outlet.id === 'fr')!.units;
    const summary = summarise({ units, reach: termReach(d.map((x) => x.units)), reports: d.length, headlineOnly: false, alone: true });
    expect(summary).toEqual(column.slice(1));
  });

  it('does not show a piece of the title that the page split in two', () => {
    const title =
      'Like you, I did a double-take (or was it a triple?) “Gone” was all I said when the Glenholt road vanished under the landslide on Sunday.';
    const d = draftsOf([{ outlet: 't', body: [title, ...MAIN.slice(4)] }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const r = termReach(d.map((x) => x.units));
    const summary = summarise({ units: d[0]!.units, reach: r, reports: d.length, headlineOnly: false, title });
    expect(summary.some((line) => title.includes(line.replace(/[.?!]$/u, '')))).toBe(false);
  });

  it('shows a sentence the page repeats once', () => {
    const twice = [MAIN[0]!, MAIN[4]!, MAIN[0]!, MAIN[6]!];
    const d = draftsOf([{ outlet: 't', body: twice }, ...OTHERS.map((body, i) => ({ outlet: `o${i}`, body }))]);
    const r = termReach(d.map((x) => x.units));
    const summary = summarise({ units: d[0]!.units, reach: r, reports: d.length, headlineOnly: false });
    expect(new Set(summary).size).toBe(summary.length);
    expect(summary).toHaveLength(3);
  });

  it('quotes only sentences the outlet wrote', () => {
    const summary = summarise({ units: main.units, reach, reports: drafts.length, headlineOnly: false });
    for (const sentence of summary) expect(MAIN.join('\n')).toContain(sentence);
  });

  it('returns fewer sentences for short reports and none for headline-only items', () => {
    const short = draftsOf([{ outlet: 'a', body: 'A landslide buried a mountain road near Glenholt on Sunday.' }])[0]!;
    expect(summarise({ units: short.units, reach, reports: 3, headlineOnly: false })).toEqual([
      'A landslide buried a mountain road near Glenholt on Sunday.',
    ]);
    const bare = draftsOf([{ outlet: 'a', body: '', title: 'Landslide near Glenholt' }])[0]!;
    expect(summarise({ units: bare.units, reach, reports: 3, headlineOnly: true })).toEqual([]);
  });

  it('keeps the lede of a report whose words no other report uses, rather than choosing by figures alone', () => {
    const drafts2 = draftsOf([
      {
        outlet: 'de',
        language: 'de',
        title: 'Hochwasser zerstört Brücke',
        body: [
          'Brücke in Varenne eingestürzt',
          'Ein schweres Hochwasser hat am Dienstag die Brücke von Varenne zerstört und zwei Menschen verletzt.',
          'Der Pegel des Flusses stieg am Abend auf 7,2 Meter.',
          'Im Jahr 1998 war die Brücke schon einmal beschädigt worden, 3 Pfeiler mussten damals erneuert werden.',
          'Die Stadt rechnet nach ersten Schätzungen mit 4 Millionen Euro Schaden.',
        ],
      },
      ...OTHERS.map((body, i) => ({ outlet: `other${i}`, body })),
    ]);
    const german = drafts2.find((d) => d.outlet.id === 'de')!;
    const reach2 = termReach(drafts2.map((d) => d.units));
    const lede = 'Ein schweres Hochwasser hat am Dienstag die Brücke von Varenne zerstört und zwei Menschen verletzt.';
    const summary = summarise({ units: german.units, reach: reach2, reports: 3, headlineOnly: false, alone: true });
    expect(summary).toContain(lede);
    expect(summary).toHaveLength(3);
    // Among reports in its own language the words decide, and this lede, with no figure, loses to sentences with figures.
    expect(summarise({ units: german.units, reach: reach2, reports: 3, headlineOnly: false })).not.toContain(lede);
  });

  it('uses four sentences for long reports', () => {
    const long = draftsOf([
      { outlet: 'a', body: Array.from({ length: 10 }, (_, i) => `Crews cleared ${i + 2} metres of the Glenholt road on day ${i + 1}.`) },
    ])[0]!;
    expect(summarise({ units: long.units, reach, reports: 3, headlineOnly: false })).toHaveLength(4);
  });
});

describe('a heading that stands in for a stamp title', () => {
  it('is the report title, not its first summary line, when the page title was only a stamp', () => {
    const specs = [
      {
        outlet: 'Harbour Ledger',
        title: 'Last updated: Monday, 4 May 2026, 02:24 GMT',
        body: 'Landslide buries Glenholt road\nA landslide buried the mountain road near Glenholt on Sunday after a week of rain.\nFirefighters rescued four drivers from their cars on the buried road.',
      },
      {
        outlet: 'Coastal Post',
        title: 'Glenholt road buried by landslide',
        body: 'A landslide buried a mountain road near Glenholt on Sunday.\nFour drivers were rescued from the buried road by firefighters.',
      },
    ];
    const b = breakdownOfSpecs('slide', specs);
    const ledger = b.reports.find((r) => r.outlet === 'Harbour Ledger')!;
    expect(ledger.title).toBe('Landslide buries Glenholt road');
    expect(ledger.summary).not.toContain('Landslide buries Glenholt road');
    expect(ledger.summary[0]).toBe('A landslide buried the mountain road near Glenholt on Sunday after a week of rain.');
  });
});

describe('a summary of what the report told of the event', () => {
  it('does not take a sentence telling history for informative because of its figures', () => {
    const specs = [
      {
        outlet: 'Harbour Ledger',
        title: 'Landslide buries Glenholt road',
        body: [
          'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
          'In 1998 a landslide buried the mountain road near Glenholt, killing 12 drivers and injuring 31 in 40 cars.',
          'Firefighters rescued drivers from their cars on the buried road.',
          'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
          'The council said the road would stay shut while engineers studied the slope.',
        ].join('\n'),
      },
      {
        outlet: 'Coastal Post',
        title: 'Glenholt road buried by landslide',
        body: 'A landslide buried a mountain road near Glenholt on Sunday.\nDrivers were rescued from the buried road by firefighters.\nEngineers closed the road.',
      },
    ];
    const b = breakdownOfSpecs('slide', specs);
    expect(b.reports.find((r) => r.outlet === 'Harbour Ledger')!.summary).toEqual([
      'A landslide buried the mountain road near Glenholt on Sunday after a week of rain.',
      'Firefighters rescued drivers from their cars on the buried road.',
      'Engineers closed the mountain road near Glenholt and warned that the slope could slide again.',
    ]);
  });
});
