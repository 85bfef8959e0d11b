import { describe, expect, it } from 'vitest';
import { framedDispute, framedDisputes } from '../../src/compare/framed-disputes.ts';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { articleOf, breakdownOfSpecs, draftsOf, outletNamed, type Spec } from './fixtures/make.ts';

/** The dispute the only sentence of a one-sentence report frames, as parties and claims. */
function framed(sentence: string): { subject: string | null; sides: string[] } | null {
  const f = framedDispute(draftsOf([{ outlet: 'a', body: [sentence] }])[0]!.units[0]!);
  return f === null ? null : { subject: f.subject, sides: f.sides.map((s) => `${s.party}: ${s.claim}`) };
}

describe('a dispute a report frames in one sentence', () => {
  it('reads two parties viewing one thing, a view taking a side on one of them', () => {
    expect(
      framed(
        'Engineers finished the Tarvo dam, hailed by the water ministry as a triumph but dismissed by campaigners as a danger to the valley.',
      ),
    ).toEqual({
      subject: 'the Tarvo dam',
      sides: ['water ministry: hailed as a triumph', 'campaigners: dismissed as a danger to the valley'],
    });
    expect(framed('The council says the curfew has restored calm in Varn, but critics say it punishes the whole town.')).toEqual({
      subject: 'the curfew',
      sides: ['council: the curfew has restored calm in Varn', 'critics: it punishes the whole town'],
    });
    expect(framed('Residents and doctors welcomed the ban, but industry groups said it would cost hundreds of jobs.')).toEqual({
      subject: 'the ban',
      sides: ['Residents and doctors: welcomed the ban', 'industry groups: it would cost hundreds of jobs'],
    });
  });

  it('leaves alone two statements side by side, one party twice, and a sentence that sets no views against each other', () => {
    // Neither view takes a side, and no critics are named: two statements, not a dispute.
    expect(framed('The mayor said the bridge would reopen on Monday, but a council engineer said repairs could take longer.')).toBeNull();
    expect(framed('Police said the driver was drunk, but police later questioned that account.')).toBeNull();
    expect(framed('The storm hit the coast on Monday, but no one was hurt.')).toBeNull();
    expect(framed('Critics say the curfew punishes the whole town.')).toBeNull();
    expect(framed('The ministry not only praised the dam but also dismissed its critics.')).toBeNull();
  });
});

describe('a dispute a report frames over two sentences', () => {
  /** The dispute the second sentence of a two-sentence report frames against the first. */
  const againstBefore = (first: string, second: string): string[] | null => {
    const [a, b] = draftsOf([{ outlet: 'a', body: [first, second] }])[0]!.units;
    return framedDispute(b!, a)?.sides.map((s) => `${s.party}: ${s.claim}`) ?? null;
  };

  it('reads a sentence opening on "But" against the view before it', () => {
    expect(
      againstBefore('The ministry described the new tax as a fair reform.', 'But opponents say it will hit the poorest hardest.'),
    ).toEqual(['ministry: the new tax as a fair reform', 'opponents: it will hit the poorest hardest']);
    expect(
      againstBefore('The ministry described the new tax as a fair reform.', 'Opponents say it will hit the poorest hardest.'),
    ).toBeNull();
    expect(againstBefore('The storm hit the coast on Monday.', 'But no one was hurt, police said.')).toBeNull();
  });
});

const reports: Spec[] = [
  {
    outlet: 'north',
    body: [
      'Varn voted on Sunday in a referendum hailed by the government as a step to democracy but dismissed by critics as a sham.',
      'Turnout was high in the capital.',
    ],
  },
  {
    outlet: 'south',
    body: [
      'Varn voted on Sunday in a referendum the government hailed as a step to democracy, while opponents dismissed it as a sham.',
      'The authorities say the vote is a step to democracy, but opponents question how the ballots were counted.',
    ],
  },
  {
    outlet: 'east',
    body: [
      'Varn voted on Sunday in a referendum hailed by officials as a step to democracy but dismissed by critics as a sham.',
      'Turnout was high.',
    ],
  },
];

describe('disputes the reports frame', () => {
  it('are one claim conflict when their parties are named alike, each side holding its parties and sentences', () => {
    const [dispute, ...more] = framedDisputes(draftsOf(reports));
    expect(more).toEqual([]);
    expect(dispute!.topic).toBe('the referendum');
    expect(dispute!.sides.map((s) => s.party)).toEqual(['government, authorities and officials', 'critics and opponents']);
    expect(dispute!.sides.map((s) => s.outlets)).toEqual([
      ['north', 'south', 'east'],
      ['north', 'south', 'east'],
    ]);
  });

  it('are listed among the claims of a breakdown, and the sentence framing one may still be what outlets agree on', () => {
    const articles = reports.map(articleOf);
    const b = buildBreakdown({
      story: { id: 'vote', articleIds: articles.map((a) => a.id), firstSeen: '2026-05-01T10:00:00Z', lastUpdated: '2026-05-01T10:02:00Z' },
      articles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    expect(b.divergences.claims.map((c) => c.topic)).toContain('the referendum');
    // Every report's lead frames the dispute: the sentence tells both sides, so it is no side to leave out.
    expect(b.consensus.map((c) => c.statement).join(' ')).toMatch(/^Varn voted on Sunday in a referendum .*sham\.$/u);
  });

  it("shows a dispute one report alone frames as a claim, and not again as that report's own fact", () => {
    const b = breakdownOfSpecs('rule', [
      {
        outlet: 'post',
        body: [
          'The Varn government scrapped the river protection rule on Monday.',
          'Conservation groups welcomed the move, but farm groups said it could delay 40 irrigation projects in the valley.',
        ],
      },
      { outlet: 'wire', body: ['Varn scrapped its river protection rule on Monday.', 'The rule had limited water taken for irrigation.'] },
      { outlet: 'daily', body: ['The government of Varn ended the river protection rule on Monday.'] },
    ]);
    const framing = 'Conservation groups welcomed the move, but farm groups said it could delay 40 irrigation projects in the valley.';
    expect(b.divergences.claims.flatMap((c) => c.sides.flatMap((s) => s.quotes.map((q) => q.sentence)))).toContain(framing);
    expect(b.unique.map((f) => f.statement)).not.toContain(framing);
  });
});
