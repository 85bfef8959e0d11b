import { describe, expect, it } from 'vitest';
import { findAttribution, isNegated } from '../../src/compare/attribution.ts';

describe('findAttribution', () => {
  it.each([
    ['Police said at least 10 people were killed.', 'police', 'assert'],
    ['At least 10 people were killed, police said.', 'police', 'assert'],
    ['Twelve people died, said the mayor.', 'mayor', 'assert'],
    ['According to the regional hospital, 12 people died.', 'regional hospital', 'assert'],
    ['The dam operator has denied that the gates were opened.', 'dam operator', 'deny'],
    ['The ministry confirmed the figures.', 'ministry', 'confirm'],
    ['Mayor Ilse Varga accused the operator of negligence.', 'mayor ilse varga', 'accuse'],
    ["Norland's state television says a magnitude-5.2 quake injured three people.", "norland's state television", 'assert'],
    ["The geological survey put the quake's strength at magnitude-5.4.", 'geological survey', 'assert'],
    ['Mindestens elf Tote wurden gezählt, teilte die Polizei mit.', 'polizei', 'assert'],
    ['Selon la préfecture, 11 personnes sont mortes.', 'préfecture', 'assert'],
    ['Según los bomberos, hubo 20 heridos.', 'bomberos', 'assert'],
    ['По словам спасателей, погибли 12 человек.', 'спасателей', 'assert'],
    ['Компанія заперечує, що відкривала шлюзи.', 'компанія', 'deny'],
    ['Police in Marrow Creek say twelve people died.', 'police in marrow creek', 'assert'],
    ["Norland's seismologic centre said the quake measured 5.8.", "norland's seismologic centre", 'assert'],
    ['Nobody died in the blast, the Harbour Watch, a group that monitors the port, said.', 'harbour watch', 'assert'],
    ['Eight were hurt, Anna Vik, the town’s fire chief, said.', 'anna vik', 'assert'],
    ["Thieves took gems worth 40 million euros, the city prosecutors' office said.", "city prosecutors' office", 'assert'],
    ['The strike will go ahead, the officers’ union said.', 'officers’ union', 'assert'],
    ['Farm groups said the rule would delay 40 projects.', 'farm groups', 'assert'],
    ['At least 40 people were killed, human rights groups said.', 'human rights groups', 'assert'],
    ['Critics say the vote was a sham.', 'critics', 'assert'],
  ])('%j → %s (%s)', (sentence, party, stance) => {
    expect(findAttribution(sentence)).toMatchObject({ party, stance });
  });

  it('reads a dotted abbreviation as one word of a party, and two parties joined by "and" when asked for both', () => {
    expect(findAttribution('Ten people died, the U.S. Geological Survey said.')?.party).toBe('u.s. geological survey');
    expect(findAttribution('Ten people died, police and hospital officials said.')?.party).toBe('hospital officials');
    const both = { both: true };
    expect(findAttribution('Ten people died, police and hospital officials said.', both)?.party).toBe('police and hospital officials');
    expect(findAttribution('Ten people died, state media and the U.S. Geological Survey said.', both)?.party).toBe(
      'state media and u.s. geological survey',
    );
    expect(findAttribution('Ten people died, according to police and the Red Cross.', both)?.party).toBe('police and red cross');
    // "And" between two clauses joins no parties.
    expect(findAttribution('Ten people died and police said the toll may rise.', both)?.party).toBe('police');
  });

  it('reads no party from a passive verb: the one named before "was denied" or "was told" is acted on', () => {
    expect(findAttribution('Vance was denied a gun licence in May, said Hale, who would not say why.')).toMatchObject({
      party: 'hale',
      stance: 'assert',
    });
    expect(findAttribution('The mayor was told of the leak on Friday.')).toBeNull();
    expect(findAttribution('The council was accused of hiding the report.')).toBeNull();
  });

  it('reads "put … at" as a reading of a figure only when a figure follows', () => {
    expect(findAttribution('Firefighters put the fire out at dawn.')).toBeNull();
    expect(findAttribution('Police put up barriers at the harbour.')).toBeNull();
  });

  it('reads the bodies a storm, a crash or a market names as sources: a utility, an airline, a regulator', () => {
    expect(findAttribution('The storm knocked out power to 300,000 customers, the utility said.')?.party).toBe('utility');
    expect(findAttribution('The plane had 162 people on board, the airline said.')?.party).toBe('airline');
    expect(findAttribution('The deal needs approval, the competition regulator said.')?.party).toBe('competition regulator');
  });

  it('ignores pronouns and unattributed sentences', () => {
    expect(findAttribution('He said the water was rising.')).toBeNull();
    expect(findAttribution('The water was rising fast.')).toBeNull();
    // Two commas around a clause that is not a description of the speaker: no party before it.
    expect(findAttribution('The water, rising fast since Monday, said little.')).toBeNull();
  });

  it('reads no party from a number that counts people, and keeps the people it counts', () => {
    expect(findAttribution('Two accused gunmen went on trial on Wednesday.')).toBeNull();
    expect(findAttribution('Two officials said the road was closed.')?.party).toBe('two officials');
  });
});

describe('isNegated', () => {
  it.each([
    ['The gates were not opened.', true],
    ["The gates weren't opened.", true],
    ['Die Schleusen wurden nicht geöffnet.', true],
    ['Шлюзы не открывали.', true],
    ['The gates were opened.', false],
    ['Notably, the gates opened.', false],
  ])('%j → %s', (text, negated) => {
    expect(isNegated(text)).toBe(negated);
  });
});

describe('findAttribution: an age set off by commas', () => {
  it('names the person before the age, and reads "testified" as a report', () => {
    expect(findAttribution('Dale Morrow, 22, told jurors he rode to the corner.')?.party).toBe('dale morrow');
    expect(findAttribution('Dale Morrow testified that he rode to the corner.')?.party).toBe('dale morrow');
    expect(findAttribution('The boys, 12, said nothing.')?.party).toBe(undefined);
  });
});

describe('findAttribution: estimates', () => {
  it('reads "estimated" as a party giving a figure, and "an estimated" as no party', () => {
    expect(findAttribution('Police estimated the crowd at 4,000.')).toMatchObject({ party: 'police', cue: 'estimated' });
    expect(findAttribution('An estimated 100,000 people took to the streets.')).toBeNull();
  });
});
