import { describe, expect, it } from 'vitest';
import { actDayDivergences } from '../../src/compare/act-day-divergences.ts';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import { articleOf, draftsOf, outletNamed, type Spec } from './fixtures/make.ts';

/** A celebrity's stay in a clinic, told by four invented outlets, two of them on another day. */
const CLINIC: Spec[] = [
  {
    outlet: 'courier',
    body: ['Singer Ivo Marsh checked himself into the Larkspur clinic on Tuesday, his manager said.', 'Marsh had toured for a year.'],
  },
  {
    outlet: 'gazette',
    body: ['Ivo Marsh checked into the Larkspur clinic in Dunmore on Thursday for an unnamed problem.', 'Fans left flowers.'],
  },
  { outlet: 'ledger', body: ['Marsh checked into Larkspur on Tuesday.', 'His label said nothing.'] },
  { outlet: 'post', body: ['Ivo Marsh entered a clinic this week.', 'His manager confirmed the stay on Thursday.'] },
];

describe('actDayDivergences', () => {
  it('lists one act put on two days by different outlets, one side per day, named by its parties or outlets', () => {
    const [conflict, ...rest] = actDayDivergences(draftsOf(CLINIC));
    expect(rest).toEqual([]);
    expect(conflict?.topic).toBe('when Marsh checked into Larkspur');
    expect(conflict?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['manager', ['courier', 'ledger']],
      ['gazette', ['gazette']],
    ]);
  });

  it('reads verbs news writes one act with as one act, when its party is one: "picked up" and "signed" a player', () => {
    const signing = draftsOf([
      { outlet: 'courier', body: 'The Herons signed running back Ada Quill on Tuesday.' },
      { outlet: 'gazette', body: 'Dunmore picked up Ada Quill on Monday after losing two backs.' },
    ]);
    const [conflict, ...rest] = actDayDivergences(signing);
    expect(rest).toEqual([]);
    expect(conflict?.sides.map((s) => s.outlets)).toEqual([['courier'], ['gazette']]);
    // The sentence's opening article is no name: "when the Herons signed…", as a topic reads.
    const owls = draftsOf([
      { outlet: 'courier', body: 'The Owls signed Ada Quill on Tuesday.' },
      { outlet: 'gazette', body: 'Dunmore picked up Ada Quill on Monday after losing two backs.' },
    ]);
    expect(actDayDivergences(owls)[0]?.topic).toBe('when the Owls signed Ada Quill');
    // Another player, or a verb of another act ("fired" shots against "signed"), is another act.
    const apart = draftsOf([
      { outlet: 'courier', body: 'The Herons signed running back Ada Quill on Tuesday.' },
      { outlet: 'gazette', body: 'The Herons picked up Rui Santos on Monday.' },
      { outlet: 'ledger', body: 'Police arrested Ada Quill on Wednesday.' },
    ]);
    expect(actDayDivergences(apart)).toEqual([]);
  });

  it('lists nothing for two acts of one kind, a report giving both days, or days either side of midnight', () => {
    const twoPlayers = draftsOf([
      { outlet: 'courier', body: 'The Herons placed Ada Quill on injured reserve Tuesday.' },
      { outlet: 'gazette', body: 'The Herons placed Rui Santos on injured reserve on Wednesday.' },
    ]);
    expect(actDayDivergences(twoPlayers)).toEqual([]);
    const twoArrests = draftsOf([
      { outlet: 'courier', body: 'Herons receiver Ada Quill was arrested on Jan. 6 in Dunmore.' },
      { outlet: 'gazette', body: 'Herons tackle Rui Santos was arrested on Feb. 1 in Dunmore.' },
      { outlet: 'ledger', body: 'The tackle for the Herons was arrested on Feb. 2 in Dunmore.' },
    ]);
    expect(actDayDivergences(twoArrests)).toEqual([]);
    const twoClinics = draftsOf([
      { outlet: 'courier', body: 'Ivo Marsh checked into the Larkspur clinic on Tuesday.' },
      { outlet: 'gazette', body: 'Ivo Marsh checked into the Bellwood centre on Thursday.' },
      { outlet: 'ledger', body: "Ivo Marsh checked into Dunmore's Bellwood Center on Thursday." },
    ]);
    expect(actDayDivergences(twoClinics)).toEqual([]);
    const bothDays = draftsOf([
      { outlet: 'courier', body: ['Ivo Marsh died on Friday.', 'He died at 11:50 p.m. on Thursday at home.'] },
      { outlet: 'gazette', body: 'Ivo Marsh died Thursday at home in Dunmore.' },
    ]);
    expect(actDayDivergences(bothDays)).toEqual([]);
    const twoNights = draftsOf([
      { outlet: 'courier', body: 'Police arrested 40 protesters in Dunmore on Monday.' },
      { outlet: 'gazette', body: 'Police arrested 25 protesters in Dunmore on Tuesday.' },
    ]);
    expect(actDayDivergences(twoNights)).toEqual([]);
    const midnight = draftsOf([
      { outlet: 'courier', body: 'The ferry Osprey sank late Saturday off Dunmore.' },
      { outlet: 'gazette', body: 'The ferry Osprey sank early Sunday off Dunmore.' },
    ]);
    expect(actDayDivergences(midnight)).toEqual([]);
  });

  it('sets a weekday against a date only when the year says what day the date fell on', () => {
    const dated = (year: string): Spec[] => [
      { outlet: 'courier', body: `Ivo Marsh checked into the Larkspur clinic on March 3, ${year}.`, publishedAt: null },
      { outlet: 'gazette', body: 'Ivo Marsh checked into the Larkspur clinic on Thursday.', publishedAt: null },
    ];
    // 3 March 2015 was a Tuesday; 3 March 2016 a Thursday.
    expect(actDayDivergences(draftsOf(dated('2015')))).toHaveLength(1);
    expect(actDayDivergences(draftsOf(dated('2016')))).toEqual([]);
    const undated = draftsOf([
      { outlet: 'courier', body: 'Ivo Marsh checked into the Larkspur clinic on March 3.', publishedAt: null },
      { outlet: 'gazette', body: 'Ivo Marsh checked into the Larkspur clinic on Thursday.', publishedAt: null },
    ]);
    expect(actDayDivergences(undated)).toEqual([]);
  });

  it('shows the conflict among the breakdown claims, each side the act and its day, its quotes the whole sentences', () => {
    const articles = CLINIC.map(articleOf);
    const story = {
      id: 'clinic',
      articleIds: articles.map((a) => a.id),
      firstSeen: '2026-05-01T10:00:00Z',
      lastUpdated: '2026-05-01T10:03:00Z',
    };
    const breakdown = buildBreakdown({ story, articles, outletOf: (a) => outletNamed(a.sourceId) });
    const conflict = breakdown.divergences.claims.find((c) => c.topic === 'when Marsh checked into Larkspur');
    expect(conflict?.sides.map((s) => s.claim)).toEqual([
      'Singer Ivo Marsh checked himself into the Larkspur clinic on Tuesday',
      'Ivo Marsh checked into the Larkspur clinic in Dunmore on Thursday',
    ]);
    expect(conflict?.sides[1]?.quotes.map((q) => q.sentence)).toEqual([
      'Ivo Marsh checked into the Larkspur clinic in Dunmore on Thursday for an unnamed problem.',
    ]);
  });
});
