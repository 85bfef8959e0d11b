import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { draftsOf } from './fixtures/make.ts';

const shown = (drafts: ReturnType<typeof draftsOf>): [string, string, string[]][] =>
  numberDivergences(drafts).map((d) => [d.label, d.kind, d.variants.map((v) => `${v.figure} ${[...v.outlets].sort().join('+')}`)]);

describe('figures keyed by what they measure', () => {
  it("lists a gun's calibre given differently by different outlets, in any happening", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Police said Dale Moss pointed a .44-caliber revolver at the two deputies on Pine Road.' },
      { outlet: 'metro', body: 'A loaded .45-caliber revolver was found beside Moss, the sheriff said.' },
    ]);
    expect(shown(drafts)).toEqual([['calibre of the revolver', 'conflict', ['.44 coast', '.45 metro']]]);
  });

  it('lists nothing when one report gives a gun two calibres: the story has two guns', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'His lawyer said Moss carried a .22-caliber pistol, not the .45-caliber revolver that fired the shot.' },
      { outlet: 'metro', body: 'Detectives said the shot came from a .45-caliber revolver.' },
      { outlet: 'daily', body: 'Moss owned a .22-caliber pistol, his lawyer said.' },
    ]);
    expect(shown(drafts)).toEqual([]);
  });

  it("compares a team's records told at one point of the season, not a record from weeks later", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Lawson scored 18 for the Red Hawks (12-3), who beat Dayton at home on Saturday.' },
      { outlet: 'metro', body: 'The win gave the Red Hawks an 11-3 record.' },
      { outlet: 'daily', body: 'Ames had 12 points for the Red Hawks (15-6), who lost to Toledo on Sunday.' },
    ]);
    expect(shown(drafts)).toEqual([['record of the Red Hawks', 'conflict', ['11-3 metro', '12-3 coast']]]);
  });

  it('takes a team named by its city and by its nickname for one team when a report writes the two together', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Tarsk Ravens beat Dayton 20-13 on Sunday to clinch a playoff spot.' },
      { outlet: 'metro', body: 'A late touchdown lifted Tarsk (10-5) past Dayton on Sunday.' },
      { outlet: 'daily', body: 'The Ravens (10-5) held on to beat Dayton on Sunday.' },
      { outlet: 'post', body: 'The Ravens stand at 9-5 after beating Dayton on Sunday.' },
    ]);
    expect(shown(drafts)).toEqual([['record of the Tarsk Ravens', 'conflict', ['9-5 post', '10-5 daily+metro']]]);
  });

  it("compares a fighter's record and knockouts told around one fight, and not a record from another fight", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Femi Okoro (31-2, 24 KOs) stopped Lindell in the fifth round in Leeds on Saturday.' },
      { outlet: 'metro', body: "Champion Femi Okoro, 32-2, 25 KO's, stopped Lindell in the fifth round." },
      { outlet: 'daily', body: 'Okoro improved his record to 31-2 with the stoppage of Lindell.' },
    ]);
    expect(shown(drafts)).toEqual([
      ['record of Femi Okoro', 'conflict', ['31-2 coast+daily', '32-2 metro']],
      ['knockouts of Femi Okoro', 'conflict', ['24 coast', '25 metro']],
    ]);
    const apart = draftsOf([
      { outlet: 'coast', body: 'Femi Okoro (31-2, 24 KOs) stopped Lindell in the fifth round in Leeds on Saturday.' },
      { outlet: 'metro', body: 'Okoro, then 28-2, 21 KOs, had beaten Lindell once before.' },
    ]);
    expect(shown(apart)).toEqual([]);
  });

  it('reads a record in brackets in a sentence telling an earlier time: it stands as the report is written', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Femi Okoro (31-2, 24 KOs) had trained in Leeds since September.' },
      { outlet: 'metro', body: "Champion Femi Okoro, 32-2, 25 KO's, stopped Lindell in the fifth round." },
      { outlet: 'daily', body: 'Okoro (32-2) stopped Lindell in the fifth round, his first fight in Leeds since 2019.' },
    ]);
    expect(shown(drafts)).toEqual([
      ['record of Femi Okoro', 'conflict', ['31-2 coast', '32-2 daily+metro']],
      ['knockouts of Femi Okoro', 'conflict', ['24 coast', '25 metro']],
    ]);
  });

  it("lists a name put at two places in one line, even in a sentence dated earlier, and not another name's place", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Lind, who was fired in March by Tarvo, is the fourth head coach since Ekdal took over in 2003.' },
      { outlet: 'metro', body: 'Lind will be the fifth Rovers coach in four years under Ekdal.' },
      { outlet: 'daily', body: 'Marsh was the fifth coach to leave the club, in 2019.' },
      // Another line: every coach the club has had.
      { outlet: 'post', body: 'Lind is the 21st head coach of the Rovers.' },
    ]);
    expect(shown(drafts)).toEqual([['which coach Lind is', 'conflict', ['fourth coast', 'fifth metro']]]);
  });

  it('lists the times two reports give for one stoppage in a round, and not a knockdown in it', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Referee Ana Ruiz stopped the fight 44 seconds into the seventh round after Okoro floored Lindell.' },
      { outlet: 'metro', body: 'Okoro floored Lindell in the seventh and referee Ana Ruiz stopped the fight at the 2:15 mark.' },
      { outlet: 'daily', body: 'Lindell went down 20 seconds into the seventh round, his third trip to the canvas.' },
      // Told in other words than metro's: it backs the 44 seconds all the same.
      { outlet: 'wire', body: 'It was all over after 44 seconds of the seventh round, a ninth straight win for the Leeds champion.' },
    ]);
    expect(shown(drafts)).toEqual([['time into round 7', 'conflict', ['44 seconds coast+wire', '2:15 metro']]]);
  });

  it('lists a parent whose children a report counts differently, with a report that gives both counts on both sides', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Nia Cole, a mother of 12, was killed by a stray bullet on Pitt Street.' },
      { outlet: 'metro', body: 'A Dunmore mother of 13 was killed by a stray bullet on Pitt Street.' },
      { outlet: 'daily', body: 'Nia Cole, a mother of 12, died on Pitt Street.\nThe mother of 13 was walking her daughter home.' },
    ]);
    expect(shown(drafts)).toEqual([['children of the mother', 'conflict', ['12 coast+daily', '13 daily+metro']]]);
  });

  it("does not list a team's record one report gives before and after its game", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The Red Hawks (11-3) hosted Dayton on Saturday.\nThe win gave the Red Hawks a 12-3 record.' },
      { outlet: 'metro', body: 'Lawson scored 18 for the Red Hawks (12-3), who beat Dayton at home on Saturday.' },
    ]);
    expect(shown(drafts)).toEqual([]);
  });

  it("lists a quake's depths that cannot agree, and takes a depth in miles for the same depth in kilometres", () => {
    const apart = draftsOf([
      { outlet: 'coast', body: 'The magnitude 5.8 quake struck at a depth of 10 km, the geological survey said.' },
      { outlet: 'metro', body: 'The earthquake hit 6 miles deep near Kalvik.' },
      { outlet: 'daily', body: 'The quake was centred 1.2 miles below the surface, the survey said.' },
    ]);
    expect(shown(apart)).toEqual([['depth of the quake', 'conflict', ['1.2 miles daily', '10 km coast+metro']]]);
    const agreeing = draftsOf([
      { outlet: 'coast', body: 'The magnitude 5.8 quake struck at a depth of 10 km, the geological survey said.' },
      { outlet: 'metro', body: 'The earthquake hit 6 miles deep near Kalvik.' },
    ]);
    expect(shown(agreeing)).toEqual([]);
  });

  it("sets a quake's depth in another language against the English ones", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'The magnitude 5.8 quake struck at a depth of 10 km, the geological survey said.' },
      { outlet: 'metro', body: 'The earthquake hit 6 miles deep near Kalvik.' },
      { outlet: 'vesti', language: 'ru', body: 'Землетрясение магнитудой 5,8 произошло на глубине 35 км у побережья Калвика.' },
      { outlet: 'haixia', language: 'zh', body: '卡尔维克附近发生5.8级地震，震源深度10公里。' },
    ]);
    expect(shown(drafts)).toEqual([['depth of the quake', 'conflict', ['10 km coast+haixia+metro', '35 km vesti']]]);
  });

  it('compares game clocks of one act, and not of two plays', () => {
    const one = draftsOf([
      { outlet: 'coast', body: 'Reyes broke the school record with a layup with 4:17 left in the first half.' },
      { outlet: 'metro', body: 'Reyes broke the record on a layup with 4:18 left in the first half.' },
    ]);
    expect(shown(one)).toEqual([['game clock', 'conflict', ['4:17 left in the first half coast', '4:18 left in the first half metro']]]);
    const two = draftsOf([
      { outlet: 'coast', body: 'Reyes tied the record with a jumper with 9:30 left in the first half.' },
      { outlet: 'metro', body: 'Kemp hit a three with 4:18 left in the second half to seal it.' },
    ]);
    expect(shown(two)).toEqual([]);
  });

  it("lists a named person's career total given differently, and not two people's", () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Okafor now has 1,843 career points after the win over Dayton.' },
      { outlet: 'metro', body: 'Okafor, who now has 1,844 points, hit the record shot.' },
      { outlet: 'daily', body: 'Lindqvist now has 1,790 career points.' },
    ]);
    expect(shown(drafts)).toEqual([['career points of Okafor', 'conflict', ['1,843 coast', '1,844 metro']]]);
  });

  it('lists the times a person was hit given differently, the label naming the person', () => {
    const drafts = draftsOf([
      { outlet: 'coast', body: 'Deputies fired at the car on Pine Road, hitting Moss nine times.' },
      { outlet: 'metro', body: 'An autopsy released on Tuesday found that Moss was hit by six bullets.' },
    ]);
    expect(shown(drafts)).toEqual([['shots that hit Moss', 'conflict', ['6 metro', '9 coast']]]);
  });

  it('lists a span of time given differently, and leaves out another span of the same kind and a garbled figure', () => {
    const drafts = draftsOf([
      {
        outlet: 'coast',
        body: "Jurors deliberated Ostrander's sentence for 40 hours over four days. They had convicted him after 12 hours of deliberation.",
      },
      { outlet: 'metro', body: 'The jury failed to agree on a sentence after 30 hours of deliberation.' },
      { outlet: 'daily', body: 'After more than 30 hours of deliberations, the jury told the judge it was deadlocked.' },
    ]);
    expect(shown(drafts)).toEqual([
      ['length of deliberation', 'conflict', ['30 hours metro', 'more than 30 hours daily', '40 hours coast']],
    ]);
    const garbled = draftsOf([
      { outlet: 'coast', body: 'Orme served 7½ months in a state prison for fraud.' },
      { outlet: 'metro', body: 'Orme served 712 months in a state prison for fraud.' },
      { outlet: 'daily', body: 'Orme served seven and a half months in prison.' },
    ]);
    expect(shown(garbled)).toEqual([]);
  });

  it("does not set a bound against a value it holds, two people's stays, or spans in different units", () => {
    const bound = draftsOf([
      { outlet: 'coast', body: 'The jury reached its verdict after more than 30 hours of deliberation.' },
      { outlet: 'metro', body: 'The jury deliberated for 40 hours before reaching its verdict.' },
    ]);
    expect(shown(bound)).toEqual([]);
    const people = draftsOf([
      { outlet: 'coast', body: 'Ivo Marsh was hospitalized for three weeks after the crash on Pine Road.' },
      { outlet: 'metro', body: 'Ada Kent spent two weeks in the hospital after the crash on Pine Road.' },
    ]);
    expect(shown(people)).toEqual([]);
    const units = draftsOf([
      { outlet: 'coast', body: 'The jury deliberated for four days.' },
      { outlet: 'metro', body: 'The jury deliberated for 40 hours.' },
    ]);
    expect(shown(units)).toEqual([]);
  });

  it('compares the spans of a happening a story may tell several of only when told of one act', () => {
    const two = draftsOf([
      { outlet: 'coast', body: 'Dock workers held a 24-hour strike on Monday.' },
      { outlet: 'metro', body: 'Rail staff plan a 36-hour strike next month over pay cuts.' },
    ]);
    expect(shown(two)).toEqual([]);
    const one = draftsOf([
      { outlet: 'coast', body: 'Dock workers in Dunmore held a 24-hour strike on Monday over pay cuts.' },
      { outlet: 'metro', body: 'Dock workers in Dunmore held a 36-hour strike on Monday over pay cuts.' },
    ]);
    expect(shown(one)).toEqual([['length of the strike', 'conflict', ['24 hours coast', '36 hours metro']]]);
  });
});
