import { describe, expect, it } from 'vitest';
import { findKeyedMeasures } from '../../src/text/keyed-measures.ts';
import { findQuakeDepths } from '../../src/text/quake-depths.ts';
import { splitSentences } from '../../src/text/sentences.ts';

const read = (s: string): [string, string, string, string][] => findKeyedMeasures(s).map((m) => [m.quantity, m.thing, m.shown, m.label]);

describe('measures of a thing', () => {
  it("reads a gun's calibre in inches, written with or without the page's space after the point", () => {
    expect(read('Officers said he aimed a .44-caliber revolver at them.')).toEqual([['caliber', 'gun', '.44', 'calibre of the revolver']]);
    expect(read('He raised a. 22 calibre rifle.')).toEqual([['caliber', 'gun', '.22', 'calibre of the rifle']]);
    expect(read('She carried a .357 Magnum.')).toEqual([['caliber', 'gun', '.357', 'calibre of the revolver']]);
    expect(read('He hit .312 with nine homers.')).toEqual([]);
  });

  it('reads a game clock with its period, exact to the second', () => {
    const [clock] = findKeyedMeasures('Reyes scored with 4:17 left in the 2nd half.');
    expect([clock?.quantity, clock?.thing, clock?.shown]).toEqual(['game clock', 'second half', '4:17 left in the second half']);
    expect(clock!.max! - clock!.min).toBeLessThan(1 / 60);
    expect(read('The Owls tied it with 9:05 to play.').map((m) => m[2])).toEqual(['9:05 left']);
    expect(read('The drive ate up 5:12 of the clock.')).toEqual([]);
  });

  it("reads a team's record as its wins, keyed by the team, and leaves out splits and heights", () => {
    expect(read('Lawson scored 18 for the Red Hawks (12-3), who won at home.')).toEqual([
      ['wins', 'hawks', '12-3', 'record of the Red Hawks'],
    ]);
    expect(read('The win gave the Owls a 7-4 season.')).toEqual([['wins', 'owls', '7-4', 'record of the Owls']]);
    expect(read('Dayton’s record rose to 8-2 with the win.')).toEqual([['wins', 'dayton', '8-2', 'record of Dayton']]);
    expect(read('The Owls stand at 7-4 in road games.')).toEqual([]);
    expect(read('Running back Tom Ash (5-11, 205 pounds) signed.')).toEqual([]);
    const [record] = findKeyedMeasures('The Owls (7-4, 3-2 away) won.');
    expect(record?.games).toBe(11);
  });
});

describe("a fighter's record and knockouts", () => {
  it('reads the record in brackets, set off by commas or told as raised, with the knockouts it carries', () => {
    expect(read('Okoro (31-2, 24 KOs) stopped Lindell in the fifth.')).toEqual([
      ['wins', 'okoro', '31-2', 'record of Okoro'],
      ['knockouts', 'okoro', '24', 'knockouts of Okoro'],
    ]);
    expect(read("Champion Femi Okoro, 32-2, 25 KO's, stopped Lindell.")).toEqual([
      ['wins', 'okoro', '32-2', 'record of Femi Okoro'],
      ['knockouts', 'okoro', '25', 'knockouts of Femi Okoro'],
    ]);
    expect(read("The win took Okoro's record to 31-2 with a remarkable 24 wins by knockout.")).toEqual([
      ['wins', 'okoro', '31-2', 'record of Okoro'],
      ['knockouts', 'okoro', '24', 'knockouts of Okoro'],
    ]);
    expect(read('Okoro improved his record to 31-2-1 on Saturday.')).toEqual([['wins', 'okoro', '31-2-1', 'record of Okoro']]);
    // A clause set off by commas may stand between the name and its verb.
    expect(read('Lindell, who was the mandatory challenger, dropped to 20-8.')).toEqual([['wins', 'lindell', '20-8', 'record of Lindell']]);
    const [record] = findKeyedMeasures('Lindell (20-7-2, 11 KOs) went down twice.');
    expect(record?.games).toBe(29);
  });

  it('does not read a score set off by commas, which carries no knockouts', () => {
    expect(read('Arsenal, 2-1 up at the break, held on.')).toEqual([]);
    expect(read('Okoro improved his record to 9-1 in title fights.')).toEqual([]);
  });
});

describe("a parent's children", () => {
  it('reads a mother or father of so many, in digits or words, keyed by the parent', () => {
    expect(read('Nia Cole, a mother of 12, was hit by a stray bullet.')).toEqual([['children', 'mother', '12', 'children of the mother']]);
    expect(read('The Dunmore mother-of-five was named on Friday.')).toEqual([['children', 'mother', '5', 'children of the mother']]);
    expect(read('A father of three died at the scene.')).toEqual([['children', 'father', '3', 'children of the father']]);
  });

  it("does not read a grandmother's grandchildren or a parent of someone named", () => {
    expect(read('A grandmother of nine was unhurt.')).toEqual([]);
    expect(read('The mother of the bride spoke.')).toEqual([]);
  });
});

describe("an earthquake's depth", () => {
  it('reads the depth in kilometres or miles, once when a conversion follows in brackets', () => {
    expect(read('The quake struck at a depth of 10 km (6 miles), the survey said.')).toEqual([
      ['depth', 'quake', '10 km', 'depth of the quake'],
    ]);
    expect(read('The earthquake was 1.2 miles below the surface.')).toEqual([['depth', 'quake', '1.2 miles', 'depth of the quake']]);
    expect(read('A 35-kilometre-deep earthquake shook Kalvik.')).toEqual([['depth', 'quake', '35 km', 'depth of the quake']]);
  });

  it("gives a rounded conversion the depth it converts, and reads no mine's or aftershock's depth", () => {
    const [miles] = findKeyedMeasures('The earthquake hit 6 miles deep.');
    const [km] = findKeyedMeasures('The earthquake hit 10 km deep.');
    expect(miles?.value).toBe(10);
    expect(km?.value).toBe(10);
    expect(read('Miners were trapped 700 metres underground after the quake.')).toEqual([]);
    expect(read('The strongest aftershock was 5 km deep.')).toEqual([]);
    expect(read('The shaft is 2 km deep.')).toEqual([]);
  });

  it.each([
    ['de', 'Das Beben ereignete sich in 10 Kilometern Tiefe.', 10],
    ['fr', "Le séisme s'est produit à une profondeur de 12,5 km.", 12.5],
    ['es', 'El terremoto ocurrió a una profundidad de 10 kilómetros.', 10],
    ['ru', 'Землетрясение произошло на глубине 35 км.', 35],
    ['zh', '地震震源深度10公里。', 10],
    ['ja', '地震の震源の深さは約10キロ。', 10],
    ['ar', 'وقع الزلزال على عمق 10 كيلومترات.', 10],
  ])('reads a depth in %s: %s', (language, sentence, km) => {
    expect(findQuakeDepths(sentence, language).map((m) => m.value)).toEqual([km]);
  });

  it("reads no mine's depth or aftershock's in another language", () => {
    expect(findQuakeDepths('Die Mine ist 700 Meter tief.', 'de')).toEqual([]);
    expect(findQuakeDepths('Афтершок произошёл на глубине 5 км после землетрясения.', 'ru')).toEqual([]);
  });
});

describe("a named person's career total", () => {
  it('reads a total to date with its person and what it counts, not one game', () => {
    expect(read('Okafor now has 1,843 career points at the school.')).toEqual([['points', 'okafor', '1,843', 'career points of Okafor']]);
    expect(read('Okafor, who now has 1,843 points, sat out the last minute.')).toEqual([
      ['points', 'okafor', '1,843', 'career points of Okafor'],
    ]);
    expect(read('Okafor had 1,843 career rebounds.')).toEqual([['rebounds', 'okafor', '1,843', 'career rebounds of Okafor']]);
    expect(read('Okafor had 24 points and nine rebounds.')).toEqual([]);
    expect(read('He now has 1,843 points.')).toEqual([]);
  });
});

describe('shots fired', () => {
  it('reads the shots a verb of firing counts, keyed by who fired them', () => {
    expect(read('The deputies fired 14 shots.')).toEqual([['shots', 'police', '14', 'shots fired by police']]);
    expect(read('Varga is accused of letting off nine shots on Orlin Street.')).toEqual([['shots', 'varga', 'nine', 'shots Varga fired']]);
    expect(read('Both troopers fired a total of 11 rounds.')).toEqual([['shots', 'police', '11', 'shots fired by police']]);
    expect(read('The gunman fired about 30 rounds before police fired two shots.')).toEqual([
      ['shots', 'shooter', 'about 30', 'shots fired'],
      ['shots', 'police', 'two', 'shots fired by police'],
    ]);
  });

  it('reads a passive and the casings found as shots no one is named firing', () => {
    const [passive] = findKeyedMeasures('At least 12 shots were fired outside the depot.');
    expect([passive?.quantity, passive?.thing, passive?.min, passive?.max]).toEqual(['shots', '', 12, null]);
    expect(read('Investigators recovered 15 9-mm shell casings near the depot.')).toEqual([['shots', '', '15', 'shots fired']]);
  });

  it('does not read warning shots, bullets that hit someone, or a calibre as shots fired', () => {
    expect(read('The cutter fired two warning shots.')).toEqual([]);
    expect(read('Six bullets struck Mr. Moss in the chest.').map((m) => m[0])).toEqual(['bullets']);
    expect(read('He fired a 9-mm pistol at the door.')).toEqual([]);
  });
});

describe('times a person was shot or stabbed', () => {
  it('reads the count with the act and the person, in digits or words', () => {
    expect(read('Deputies fired at the car, hitting Moss nine times.')).toEqual([['bullets', 'moss', '9', 'shots that hit Moss']]);
    expect(read('An autopsy found Moss was hit by six bullets.')).toEqual([['bullets', '', '6', 'shots that hit the victim']]);
    expect(read('Six bullets struck Mr. Moss in the chest.')).toEqual([['bullets', 'moss', '6', 'shots that hit Moss']]);
    expect(read('He stabbed his neighbour 14 times.')).toEqual([['stab wounds', '', '14', 'times the victim was stabbed']]);
  });

  it('does not read a vague count or shots fired', () => {
    expect(read('He was hit multiple times.')).toEqual([]);
    expect(read('The deputies fired 14 shots.').filter((m) => m[0] === 'bullets')).toEqual([]);
  });

  it('does not read bullets that hit no one named as the tally: they tell where some of them struck', () => {
    expect(read('Two bullets struck from the front, hitting his left knee.')).toEqual([]);
    expect(read('Three shots hit the wall behind the bar.')).toEqual([]);
    expect(read('Four bullets struck him in the back.')).toEqual([['bullets', '', '4', 'shots that hit the victim']]);
  });
});

describe('sentences', () => {
  it('does not end a sentence on an article before a number', () => {
    expect(splitSentences('He pulled a. 38-caliber revolver from his belt. Police fired.')).toEqual([
      'He pulled a. 38-caliber revolver from his belt.',
      'Police fired.',
    ]);
  });
});
