import { describe, expect, it } from 'vitest';
import {
  endsAsSentence,
  inWritersVoice,
  isOpinion,
  isQuoted,
  leansOnContext,
  needsContext,
  pointsBack,
  tellsRelativeDay,
} from '../../src/compare/standalone.ts';
import { uniqueFacts } from '../../src/compare/unique-facts.ts';
import { draftsOf } from './fixtures/make.ts';

describe('sentences that stand alone', () => {
  it('tells a sentence opening on a person pronoun in the other languages read', () => {
    for (const s of [
      'Він також прийняв вісім пасів на 66 ярдів.',
      'Sie wurde 85 Jahre alt.',
      'Elle avait 85 ans.',
      'Его преемник обещал реформы.',
      'Ella ganó la final.',
    ])
      expect(pointsBack(s)).toBe(true);
    for (const s of [
      'Il y a eu dix morts à Vell.',
      'Онтарио сообщило о пожаре.',
      'Sieben Menschen starben in Tarsk.',
      'Ilona Berg won.',
      'Eleanor Vell won.',
    ])
      expect(pointsBack(s)).toBe(false);
  });

  it('tells quoted words, including one sentence of a longer quotation', () => {
    expect(isQuoted('The mayor said: “The water came up faster than anyone expected.')).toBe(true);
    expect(isQuoted('"We lost the whole ground floor in ten minutes," the owner told the paper.')).toBe(true);
    expect(isQuoted('so the back of the shop has only light smoke damage.”')).toBe(true);
    expect(isQuoted('The river rose 2 metres overnight in Portmere.')).toBe(false);
  });

  it('tells a sentence that points back at one the reader cannot see', () => {
    expect(needsContext('It then spread to the roof of the depot within minutes.')).toBe(true);
    expect(needsContext('But the council said 14 homes had been flooded.')).toBe(true);
    expect(needsContext('Fourteen homes in Portmere were flooded, the council said.')).toBe(false);
    expect(needsContext('The pair have each been held since Monday.')).toBe(true);
    expect(needsContext('The couple’s car was found in Dunmore on Monday.')).toBe(true);
    expect(needsContext('900 (Dh4,275) a month.')).toBe(true);
    expect(needsContext('Will the Harbour club have to offer more money to keep him in Portmere?')).toBe(true);
    expect(needsContext('Expect plenty of flood experts in the Portmere papers tomorrow, such as:')).toBe(true);
    // A part of a group told before, and an item of a list counted off.
    expect(needsContext('One of them told the Portmere court he needed more time.')).toBe(true);
    expect(needsContext('Two, she shot and killed there in the room.')).toBe(true);
    expect(needsContext('One of the drivers was taken to Portmere hospital on Monday.')).toBe(false);
    expect(needsContext('Two drivers were taken to Portmere hospital on Monday.')).toBe(false);
    // The two told before ("Both are partners…"), unless the sentence names them ("Both Ruiz and Vell…").
    expect(needsContext('Both are partners in the Portmere ferry firm, the newspaper reported.')).toBe(true);
    expect(needsContext('Both women were found at their home in Portmere on Monday.')).toBe(true);
    expect(needsContext('Either way, the Portmere ferry will not sail before spring.')).toBe(true);
    expect(needsContext('The two directed and produced the Portmere film in 1999.')).toBe(true);
    expect(needsContext('The three met for two hours in Portmere on Monday.')).toBe(true);
    expect(needsContext('The three ferry workers were rescued near Portmere on Monday.')).toBe(false);
    // Words given only to "he" or "she": the speaker is named in a line before.
    expect(pointsBack('“He slipped away at home in Portmere,” she said.')).toBe(true);
    expect(pointsBack('“He slipped away at home in Portmere,” his daughter Ana Vell said.')).toBe(false);
    expect(needsContext('Both Ruiz and Vell were charged in Portmere on Monday.')).toBe(false);
    // A name whose second letter has an accent is no pronoun: "Iñaki" does not open on "I".
    expect(needsContext('Iñaki Vell was charged with fraud in Portmere on Monday.')).toBe(false);
    expect(needsContext('Neither Ruiz nor Vell was in Portmere on Monday.')).toBe(false);
    expect(needsContext('Both safety and cost were raised at the Portmere inquiry on Monday.')).toBe(false);
    // "Also" in the main clause adds to what the report told before.
    expect(needsContext('Harbour master Ana Ruiz was also charged on Friday with two counts of fraud.')).toBe(true);
    expect(needsContext('The Portmere council will also move quickly to reopen the older ferry routes.')).toBe(true);
    expect(needsContext('The Valdris ferry, also known as the Blue Line, sank near Portmere on Monday.')).toBe(false);
    expect(needsContext('Divers searching the harbour on Monday found the ferry was also carrying cars.')).toBe(false);
  });

  it('offers no unique fact that is a quotation or a sentence pointing back', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: [
          'Floods hit Portmere on Monday.',
          'He said 14 homes on Dock Road had been lost.',
          '"The Valdris dam held, but only just," engineer Ana Ruiz said.',
          'The Portmere ferry to Valdris carried 300 people to safety.',
        ],
      },
      { outlet: 'south', body: ['Floods hit Portmere on Monday, and the river is still rising.'] },
    ]);
    expect(uniqueFacts({ drafts, copyOf: () => null }).map((u) => u.statement)).toEqual([
      'The Portmere ferry to Valdris carried 300 people to safety.',
    ]);
  });
});

describe('sentences that lean on their report', () => {
  it('tells a person pronoun that comes before any name', () => {
    expect(leansOnContext('Police said she was in the crosswalk on Dock Road at about 7 p.m.')).toBe(true);
    expect(leansOnContext('If convicted, he faces up to 20 years in prison.')).toBe(true);
    expect(leansOnContext('Ana Ruiz said her crew had reached the dam at dawn.')).toBe(false);
    // An opening name is known by the report writing it capitalised mid-sentence.
    expect(leansOnContext('Ruiz pushed her way back to the dam.', new Set(['Ruiz']))).toBe(false);
    expect(leansOnContext('Ruiz pushed her way back to the dam.')).toBe(true);
  });

  it('tells a definite description that names its referent only by its place in the report', () => {
    expect(leansOnContext('The man discovered the flooded cellar and called 911.')).toBe(true);
    expect(leansOnContext('The report says the dam gave way at 5:11 p.m.')).toBe(true);
    expect(leansOnContext('The third victim, a driver from Tembury, was taken to hospital.')).toBe(true);
    // A poll, a website, an interview: a source the report introduced before.
    expect(leansOnContext('The poll of 1,000 people gave no margin of error.')).toBe(true);
    expect(leansOnContext('The website counted 65 calls from Portmere.')).toBe(true);
    expect(leansOnContext('The flood closed 14 schools in Portmere on Monday.')).toBe(false);
  });

  it('tells an epithet for someone the report named before, unless the name follows it', () => {
    expect(leansOnContext('The Tembury native missed four games with a shin injury earlier in the season.')).toBe(true);
    expect(leansOnContext('The Portmere world champion extended his unbeaten run to eight years.')).toBe(true);
    expect(leansOnContext('The six-foot-five Tembury-born champ was never threatened in the bout.')).toBe(true);
    expect(leansOnContext('The 36-year-old spent most of the round on the ropes.')).toBe(true);
    expect(leansOnContext('The 36-year-old Ana Ruiz spent most of the round on the ropes.')).toBe(false);
    expect(leansOnContext('The winners of the Portmere regatta were named on Monday.')).toBe(false);
  });

  it('tells a moment named only by one the report told before', () => {
    expect(leansOnContext('Ana Ruiz said the crew left the dam at that point.')).toBe(true);
    expect(leansOnContext('By then, 14 homes on Dock Road had flooded.')).toBe(true);
    expect(leansOnContext('Later that day, Portmere council closed the bridge.')).toBe(true);
    expect(leansOnContext('Portmere council closed the bridge at 5 p.m. on Monday.')).toBe(false);
  });

  it('tells a view or a guess from a fact', () => {
    expect(isOpinion('For months I have been reading about the Portmere dam.')).toBe(true);
    expect(isOpinion('Shops on Dock Road are likely to stay shut until Friday.')).toBe(true);
    expect(isOpinion('"We lost everything," Ana Ruiz said of the 14 homes.')).toBe(false);
    expect(isOpinion('The US Army sent 40 engineers to Portmere.')).toBe(false);
    // The writer speaking to the reader, outside quotes.
    expect(isOpinion('Make sure the Portmere keeper is in your lineups for the final weeks.')).toBe(true);
    expect(isOpinion('As many of you know, a fire burned the old Portmere creamery to the ground.')).toBe(true);
    expect(isOpinion("Don't expect the Portmere ferry back before Friday.")).toBe(true);
    expect(isOpinion("Let's recap Friday's action at the Portmere harbour.")).toBe(true);
    expect(isOpinion('Take approximately 7,000 Portmere hoops fans and a brass band.')).toBe(true);
    expect(isOpinion('Imagine the shock of the Portmere ferry crew on Monday morning.')).toBe(true);
    expect(isOpinion('Trust me, the Portmere ferry will sail again.')).toBe(true);
    expect(isOpinion('Take That played two sold-out nights at the Portmere arena.')).toBe(false);
    // Capitalised inside a sentence, a pronoun's letters are a name's: a magazine, a cable.
    expect(isOpinion('"Ana Vell has checked into a Portmere clinic," her spokesman told Us.')).toBe(false);
    expect(isOpinion('The cuts were to the Sea Me We 4 line near Portmere.')).toBe(false);
    expect(isOpinion('We lost the Portmere ferry on Monday.')).toBe(true);
    // A letter with an accent is part of its word: "Vendôme" holds no "me", "Iñárritu" no "I".
    expect(isOpinion('Four men rammed their car into a store near the Place Vendôme on Monday.')).toBe(false);
    expect(isOpinion('Alejandro González Iñárritu will direct the Portmere film.')).toBe(false);
    expect(isOpinion('Taken to Portmere hospital, the two drivers were treated for cuts.')).toBe(false);
    expect(isOpinion('"You cannot call it arson yet," Portmere fire chief Ana Ruiz said on Monday.')).toBe(false);
    expect(isOpinion('Younger residents of Portmere left the town on Monday.')).toBe(false);
    // A case put, and a guess about what people think, and the writer's aside in brackets.
    expect(isOpinion('In this scenario, Portmere would sell its ferry to Tembury for 4 million euros.')).toBe(true);
    // A court's case is no case put.
    expect(isOpinion('In this case the Portmere court fined the ferry company 4 million euros.')).toBe(false);
    expect(isOpinion('More than 2,000 fans watched, surely thinking about how they would tell the story.')).toBe(true);
    expect(isOpinion('Ana Ruiz left the clinic after two minutes, spooked by the cameras (uh huh), police said.')).toBe(true);
    expect(isOpinion('Ana Ruiz left the clinic after two minutes (at about noon), police said.')).toBe(false);
  });

  it('tells what may be, a case put and an exclamation from a fact', () => {
    expect(isOpinion('A breach of the Portmere dam could leave 14 towns without water for 72 hours.')).toBe(true);
    expect(isOpinion('As the council also runs two pumps, they may help drain Dock Road.')).toBe(true);
    expect(isOpinion('If the river rises another metre, the bridge will close at 5 p.m.')).toBe(true);
    expect(isOpinion('The water reached 14 homes in an hour, causing a lot of damage!')).toBe(true);
    expect(isOpinion('Engineers said the dam could hold for 72 more hours.')).toBe(false);
    expect(isOpinion('The council closed the bridge in May after 14 homes flooded.')).toBe(false);
    expect(isOpinion('"It could have been far worse!" Ana Ruiz said of the 14 homes.')).toBe(false);
  });

  it('offers no unique fact that leans on its report or gives a view', () => {
    const drafts = draftsOf([
      {
        outlet: 'north',
        body: [
          'Floods hit Portmere on Monday.',
          'The man who found the breach in the Valdris dam called the council at 4 a.m.',
          'Shops on Dock Road are likely to stay shut until Friday.',
          'The Valdris dam engineer Ana Ruiz ordered 300 homes evacuated.',
        ],
      },
      { outlet: 'south', body: ['Portmere was flooded on Monday.', 'Rain is forecast for Tuesday.'] },
    ]);
    expect(uniqueFacts({ drafts, copyOf: () => null }).map((f) => f.statement)).toEqual([
      'The Valdris dam engineer Ana Ruiz ordered 300 homes evacuated.',
    ]);
  });
});

describe('complete sentences', () => {
  it('tells a sentence from a headline or a line cut off mid-phrase', () => {
    expect(endsAsSentence('The Tembury fire service sent nine engines to the blaze.')).toBe(true);
    expect(endsAsSentence('"We lost everything," Ana Ruiz said.')).toBe(true);
    expect(endsAsSentence('Mayor says nine engines fought Glenholt bakery blaze')).toBe(false);
    expect(endsAsSentence('Baker Ivo Brand said he was in the cellar when the sound of the')).toBe(false);
  });
});

describe('a day told from the report date', () => {
  it('reads relative days in the sentence language, and leaves weekdays and other words alone', () => {
    expect(tellsRelativeDay('Jackson was arrested yesterday on suspicion of drunken driving.', 'en')).toBe(true);
    expect(tellsRelativeDay('A fire broke out at the store this morning.', 'en')).toBe(true);
    expect(tellsRelativeDay('Jackson was arrested Tuesday on suspicion of drunken driving.', 'en')).toBe(false);
    expect(tellsRelativeDay('The todays of this town are quiet.', 'en')).toBe(false);
    expect(tellsRelativeDay('Il a été arrêté hier soir.', 'fr')).toBe(true);
    expect(tellsRelativeDay('Die Polizei ist hier.', 'de')).toBe(false);
    expect(tellsRelativeDay('Он был арестован вчера.', 'ru')).toBe(true);
    expect(tellsRelativeDay('昨日逮捕された。', 'ja')).toBe(true);
  });
});

describe("the writer's own voice in other languages", () => {
  it('reads the writer speaking of themself, or exclaiming, outside quotes', () => {
    const own: [string, string][] = [
      ['fr', 'Personnellement, rien d’étonnant pour moi : je la croyais morte depuis des années.'],
      ['fr', "Il m'a dit que la digue avait cédé."],
      ['fr', 'Repose en paix, Marta !'],
      ['uk', 'Біографія лікарки одразу вразила мене.'],
      ['ru', 'Я думаю, что это ошибка.'],
      ['de', 'Ich habe sie nie getroffen.'],
      ['es', 'Yo no lo creo.'],
      ['it', 'Io non ci credo.'],
      ['pt', 'Eu acho que não.'],
      ['zh', '我认为这是一个错误。'],
      ['ja', '私は驚いた。'],
      ['ar', 'أنا لا أصدق ذلك.'],
    ];
    for (const [language, sentence] of own) expect(inWritersVoice(sentence, language), sentence).toBe(true);
  });

  it('leaves alone quotations, names, ordinals, and the "we" and "our" of a country or an army', () => {
    const news: [string, string][] = [
      ['fr', '« Je suis choqué », a déclaré le maire.'],
      ['fr', 'Jack Ma a quitté la présidence du groupe.'],
      ['ru', '10-я победа «Индианаполиса» гарантировала команде место в плей-офф.'],
      ['ru', 'Полиция задержала подозреваемого в четверг.'],
      ['de', 'Die Polizei nahm einen Mann fest, wie ein Sprecher mitteilte.'],
      ['zh', '我国外交部发言人表示，我们将密切关注。'],
      ['ja', '私立大学の学生が逮捕された。'],
      ['ja', '「私は無実だ」と男は述べた。'],
    ];
    for (const [language, sentence] of news) expect(inWritersVoice(sentence, language), sentence).toBe(false);
  });
});
