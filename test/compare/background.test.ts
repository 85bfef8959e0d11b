import { describe, expect, it } from 'vitest';
import { datedHistory } from '../../src/compare/background.ts';
import { backgroundSentences, looksBack } from '../../src/text/looking-back.ts';
import { draftsOf } from './fixtures/make.ts';
import { isBoilerplate } from '../../src/compare/boilerplate.ts';

describe('background: sentences about other events and earlier times', () => {
  it('reads a sentence that relates another happening as background', () => {
    for (const s of [
      'The raid comes little over a month after a masked man took $40 million in gems from a hotel in Portmere.',
      'At the end of June, thieves stole a necklace worth $2 million from a dealer in Valdris.',
      'Valdris has also been the scene of several armed robberies.',
      'The theft is the latest to hit the city after a string of raids on jewellers.',
      'A similar fire two decades ago destroyed the old market hall.',
      'Okafor will earn more than the $90 million Lind signed for earlier this winter.',
      "Ruiz's death came a day after a 40-year-old guide fell 60 metres from a ridge in the same park.",
    ])
      expect(looksBack(s, 2026), s).toBe(true);
  });

  it('keeps the event itself, superlatives about history included', () => {
    for (const s of [
      'Thieves took $40 million in jewels on Thursday in one of the biggest heists in history.',
      'It was the most costly theft in Valdris’s history, police said.',
      'Two days after the quake, rescuers pulled a woman alive from the rubble.',
    ])
      expect(looksBack(s, 2026), s).toBe(false);
  });

  it('reads a height or a distance of four digits as no year', () => {
    expect(looksBack('The climber fell around 2000ft from the ridge above the Tarn hut.', 2026)).toBe(false);
    expect(looksBack('The climber fell about 2000 feet from the ridge.', 2026)).toBe(false);
    expect(looksBack('Альпинист пролетел около 2000 футов.', 2026)).toBe(false);
    expect(looksBack('The hut was built in 2000 by the park service.', 2026)).toBe(true);
    expect(looksBack('The hut was built in the 1950s by the park service.', 2026)).toBe(true);
    expect(looksBack('2008年，克里琴科曾在第11回合终结汤普森。', 2026)).toBe(true);
  });

  it('tells history in a summary by its date only, and not what is still to come', () => {
    const [report] = draftsOf([
      {
        outlet: 'a',
        body: [
          'A landslide buried the road near Glenholt on Sunday, the biggest in the town’s history.',
          'In February, a slide near Tarn killed 12 people.',
          'It also closed the railway for a month.',
          'Registration of claims will run from October 26 to November 20.',
          'The slide came a day after heavy rain.',
          'At the end of July, a slide near Orrin blocked the same road for a week.',
        ],
      },
    ]);
    const history = datedHistory([report!]);
    expect(report!.units.map((u) => history(u))).toEqual([false, true, true, false, false, true]);
  });

  it('drops a police appeal for information as page furniture', () => {
    expect(isBoilerplate('Anyone with information about the fire is asked to contact Portmere Police on 0101 555 1234.')).toBe(true);
    expect(isBoilerplate('Police are treating the fire at the Portmere depot as suspicious.')).toBe(false);
  });

  it("drops a blog platform's post line, not a sentence that says something was posted", () => {
    expect(isBoilerplate('On behalf of Varga & Roskin, LLP. posted in Road Accidents on Friday, September 20, 2031.')).toBe(true);
    expect(isBoilerplate('Posted in Local News on March 3, 2031')).toBe(true);
    expect(isBoilerplate('The video was posted in a forum on Monday and seen 20,000 times by Friday.')).toBe(false);
  });

  it('carries background on to a sentence that goes on about its subject ("The Norlander, who…", "He…")', () => {
    const report = [
      'A climber from Portmere died on Monday after falling from the north face.',
      "Ruiz's death came a day after a 40-year-old guide fell 60 metres from a ridge in the same park.",
      'The Norlander, who lived in Valdris, had been dropped off by helicopter.',
      'Rescuers reached the Portmere climber after four hours.',
    ];
    expect(backgroundSentences(report, 2026)).toEqual([false, true, true, false]);
  });
});
