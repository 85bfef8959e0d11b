import { describe, expect, it } from 'vitest';
import { findFramedCounts, sameCounted, sameFrame, type FramedCount } from '../../src/text/framed-counts.ts';
import { reportedCounts } from '../../src/text/quantity-mentions.ts';

const counts = (sentence: string): FramedCount[] => findFramedCounts(sentence, reportedCounts(sentence, 'en'));
const only = (sentence: string): FramedCount => {
  const found = counts(sentence);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findFramedCounts', () => {
  it('reads a count as the object of a verb, with the agent before it', () => {
    const c = only('The Arctic Council sent nine inspectors to the mine on Tuesday.');
    expect([c.value, c.noun, c.verb, c.passive]).toEqual([9, 'inspectors', 'sent', false]);
    expect(c.agent.length).toBe(2);
  });

  it('skips words that leave the count an object ("sent only four") and a modifier before the noun', () => {
    const c = only('The ministry seized only four stolen lorries.');
    expect([c.value, c.noun, c.verb]).toEqual([4, 'lorries', 'seized']);
  });

  it('reads a count as the subject of a passive, which names no agent', () => {
    const c = only('Six lorries were seized at the border crossing.');
    expect([c.value, c.noun, c.verb, c.passive, c.agent]).toEqual([6, 'lorries', 'seized', true, []]);
  });

  it('leaves counts a closed key already takes to that key', () => {
    expect(counts('Police arrested 12 people after the match.')).toEqual([]);
  });

  it('reads no frame from a reporting verb, a determiner, a span of time or a count after a preposition', () => {
    expect(counts('Officials said two ferries sank in the storm.')).toEqual([]);
    expect(counts('The team scored on the first five drives of the game.')).toEqual([]);
    expect(counts('The keeper served 12 years at the lighthouse.')).toEqual([]);
    expect(counts('Roofs in six towns were torn off by the wind.')).toEqual([]);
  });
});

describe('sameFrame', () => {
  const a = only('The Arctic Council sent nine inspectors to the mine.');

  it('joins two counts of people with one verb and one agent, whatever noun each uses', () => {
    expect(sameFrame(a, only('The Arctic Council has sent only two observers to the mine.'))).toBe(true);
  });

  it('reads one agent through two spellings ("Organisation", "Co-operation")', () => {
    const x = only('The Organization for Trade and Cooperation sent eight monitors.');
    const y = only('The Organisation for Trade and Co-operation sent three experts.');
    expect(sameFrame(x, y)).toBe(true);
  });

  it('keeps apart another agent, an agent the sentence does not name, another verb and another kind of thing', () => {
    expect(sameFrame(a, only('The Nordic Council sent four inspectors to the mine.'))).toBe(false);
    expect(sameFrame(a, only('It sent four inspectors to the mine.'))).toBe(false);
    expect(sameFrame(a, only('The Arctic Council hired four inspectors for the mine.'))).toBe(false);
    expect(sameFrame(a, only('The Arctic Council sent four drills to the mine.'))).toBe(false);
  });

  it('takes a shorter agent as the same when all its words are in the longer one', () => {
    const x = only('The Coral navy captured 23 smugglers in the strait.');
    expect(sameFrame(x, only('Officials confirmed that the Coral Navy later captured 25 smugglers.'))).toBe(true);
    expect(sameFrame(x, only('Early in May, the Royal Navy had captured eight smugglers.'))).toBe(false);
  });

  it('joins two passives of one verb and one kind of thing', () => {
    expect(sameFrame(only('Six lorries were seized at the border.'), only('Nine lorries have been seized at the border.'))).toBe(true);
  });
});

describe('sameCounted', () => {
  it('takes the same stem or two nouns for people as one kind', () => {
    expect(sameCounted('lorry', 'lorries')).toBe(true);
    expect(sameCounted('experts', 'observers')).toBe(true);
    expect(sameCounted('experts', 'lorries')).toBe(false);
  });
});
