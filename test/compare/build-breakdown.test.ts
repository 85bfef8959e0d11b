import { describe, expect, it } from 'vitest';
import { buildBreakdown } from '../../src/compare/build-breakdown.ts';
import type { Quote } from '../../src/domain/breakdown.ts';
import { articles, outletOf, story } from './fixtures/flood-story.ts';
import { articleOf, outletNamed } from './fixtures/make.ts';

const breakdown = buildBreakdown({ story, articles, outletOf });
const byOutlet = (name: string) => breakdown.reports.find((r) => r.outlet === name);

describe('buildBreakdown on the invented Brenmoor flood', () => {
  it('describes the story', () => {
    expect(breakdown.story).toEqual({
      id: 'story-brenmoor-flood',
      headline: expect.stringMatching(/river bursts its banks/u),
      firstSeen: '2026-03-03T08:10:00Z',
      lastUpdated: '2026-03-03T10:10:00Z',
      languages: ['de', 'en', 'ru'],
    });
  });

  it('gives one report per outlet, the fuller later article when an outlet has several, in time order', () => {
    expect(breakdown.reports.map((r) => r.articleId)).toEqual(['harbor:1', 'vpr:1', 'lakeside:1', 'rundschau:1', 'ledger:1', 'sever:1']);
    expect(byOutlet('Morning Ledger')).toMatchObject({
      country: 'US',
      ownership: null,
      language: 'en',
      url: 'https://example.test/ledger:1',
    });
  });

  it('counts the AP text once and names the agency', () => {
    expect(byOutlet('Harbor Gazette')).toMatchObject({ independent: true, copyOf: null, agency: 'AP' });
    expect(byOutlet('Lakeside Times')).toMatchObject({ independent: false, copyOf: 'harbor:1', agency: 'AP' });
    expect(breakdown.reports.filter((r) => r.independent)).toHaveLength(5);
  });

  it('summarises each outlet in 2–4 of its own sentences, without boilerplate; headline-only items get none', () => {
    for (const report of breakdown.reports.filter((r) => r.outlet !== 'Kanal Sever')) {
      expect(report.summary.length).toBeGreaterThanOrEqual(2);
      expect(report.summary.length).toBeLessThanOrEqual(4);
      const body = articles.find((a) => a.id === report.articleId)!.body;
      for (const sentence of report.summary) expect(body).toContain(sentence);
      expect(report.summary.join(' ')).not.toMatch(/Sponsor Message|Sign up|Copyright|Photo:|Reporting by|By Clara/u);
    }
    expect(byOutlet('Kanal Sever')?.summary).toEqual([]);
  });

  it('finds what most independent outlets agree on', () => {
    const statements = breakdown.consensus.map((f) => f.statement).join(' | ');
    expect(statements).toMatch(/burst its banks/u);
    expect(statements).toMatch(/boats/u);
    for (const fact of breakdown.consensus) expect(fact.outlets.length).toBeGreaterThanOrEqual(3);
  });

  it('flags the conflicting death tolls with their attributions, keeping consistent ones as variants', () => {
    expect(breakdown.divergences.numbers.map((d) => d.quantity)).toEqual(['deaths']);
    const deaths = breakdown.divergences.numbers[0]!;
    expect(deaths.variants.map((v) => [v.min, v.max, v.attribution])).toEqual([
      [10, null, 'police'],
      [11, null, 'police'],
      [12, 12, 'regional hospital'],
      [15, 15, 'officials'],
    ]);
    expect(deaths.variants[0]?.outlets).toEqual(['Harbor Gazette', 'Lakeside Times']);
  });

  it('finds the dispute over the sluice gates', () => {
    expect(breakdown.divergences.claims).toHaveLength(1);
    expect(breakdown.divergences.claims[0]?.sides.map((s) => [s.party, s.outlets])).toEqual([
      ['Mayor Ilse Varga', ['Harbor Gazette', 'Lakeside Times']],
      ['Kessel Hydro', ['Harbor Gazette', 'Lakeside Times']],
    ]);
  });

  it('lists facts only one independent outlet reports', () => {
    const unique = breakdown.unique.map((u) => [u.outlet, u.statement]);
    expect(unique).toContainEqual(['Morning Ledger', 'A 19th-century stone bridge on Mill Street collapsed, cutting the town in two.']);
    expect(unique.some(([, s]) => /\b(killed|died|toll)\b/u.test(s ?? ''))).toBe(false);
  });

  it('counts coverage', () => {
    expect(breakdown.coverage).toEqual({
      reports: 6,
      independentReports: 5,
      outlets: 6,
      byCountry: { DE: 1, GB: 1, unknown: 1, US: 3 },
      byLanguage: { de: 1, en: 4, ru: 1 },
      byOwnership: { private: 3, 'public-broadcaster': 1, 'state-controlled': 1, unknown: 1 },
      spanMinutes: 120,
      firstReportAt: '2026-03-03T08:10:00Z',
      latestReportAt: '2026-03-03T10:10:00Z',
    });
  });

  it('traces every quote to a sentence of the article it names', () => {
    const quotes: Quote[] = [
      ...breakdown.consensus.flatMap((f) => f.quotes),
      ...breakdown.divergences.numbers.flatMap((d) => d.variants.flatMap((v) => v.quotes)),
      ...breakdown.divergences.claims.flatMap((d) => d.sides.flatMap((s) => s.quotes)),
      ...breakdown.unique.map((u) => u.quote),
    ];
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) {
      const article = articles.find((a) => a.id === q.articleId)!;
      expect(`${article.title}\n${article.body}`).toContain(q.sentence);
      expect(outletOf(article).name).toBe(q.outlet);
    }
  });

  it('states nothing that is not part of a quoted sentence', () => {
    const inside = (text: string, quotes: Quote[]) => quotes.some((q) => q.sentence.includes(text));
    for (const f of breakdown.consensus) expect(inside(f.statement, f.quotes)).toBe(true);
    for (const v of breakdown.divergences.numbers.flatMap((d) => d.variants)) expect(inside(v.text, v.quotes)).toBe(true);
    for (const side of breakdown.divergences.claims.flatMap((d) => d.sides)) expect(inside(side.claim, side.quotes)).toBe(true);
    for (const u of breakdown.unique) expect(u.quote.sentence).toContain(u.statement);
  });

  it('is JSON-serialisable and deterministic, whatever the input order', () => {
    expect(JSON.parse(JSON.stringify(breakdown))).toEqual(breakdown);
    const shuffled = buildBreakdown({ story, articles: [...articles].reverse(), outletOf });
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(breakdown));
  });
});

describe('buildBreakdown on headline-only items', () => {
  it('builds from titles alone without inventing summaries', () => {
    const titles = [
      ['a', 'Flood kills 12 in Brenmoor as Ostra river bursts its banks'],
      ['b', 'Ostra river bursts its banks in Brenmoor, 12 killed'],
      ['c', 'Brenmoor flood: 15 killed after Ostra river bursts its banks'],
    ];
    const bare = titles.map(([id, title], i) => ({
      id: `${id}:1`,
      sourceId: id!,
      feedUrl: null,
      url: null,
      title: title!,
      body: '',
      publishedAt: `2026-03-03T0${i + 8}:00:00Z`,
      fetchedAt: '2026-03-03T12:00:00Z',
      language: 'en',
      author: null,
      publisher: null,
    }));
    const result = buildBreakdown({
      story,
      articles: bare,
      outletOf: (a) => ({ id: a.sourceId, name: a.sourceId, country: null, language: 'en', ownership: null }),
    });
    expect(result.reports.map((r) => r.summary)).toEqual([[], [], []]);
    expect(result.reports.every((r) => r.independent)).toBe(true);
    expect(result.divergences.numbers.map((d) => [d.quantity, d.variants.map((v) => v.min)])).toEqual([['deaths', [12, 15]]]);
    expect(result.story.headline).toBe('Flood kills 12 in Brenmoor as Ostra river bursts its banks');
  });
});

describe('buildBreakdown on titles that are only datelines', () => {
  it('shows no title for a report whose title is only a place and a date, and never takes it as the headline', () => {
    const articles = [
      articleOf(
        {
          outlet: 'Bay News',
          id: 'a',
          title: 'Kalvik Bay, March 10, 2026 (NNA)',
          body: 'A ferry ran aground off Kalvik on Tuesday. All 40 passengers were brought ashore.',
        },
        1,
      ),
      articleOf(
        {
          outlet: 'Coast Radio',
          id: 'b',
          title: 'Ferry runs aground off Kalvik - Coast Radio',
          body: 'A ferry ran aground off Kalvik on Tuesday, the coast guard said.',
        },
        2,
      ),
    ];
    const at = '2026-05-01T12:00:00Z';
    const result = buildBreakdown({
      story: { id: 's', articleIds: ['a', 'b'], firstSeen: at, lastUpdated: at },
      articles,
      outletOf: (a) => outletNamed(a.sourceId),
    });
    const titles = Object.fromEntries(result.reports.map((r) => [r.articleId, r.title]));
    expect(titles).toEqual({ a: '', b: 'Ferry runs aground off Kalvik' });
    expect(result.story.headline).toBe('Ferry runs aground off Kalvik');
  });
});

describe('buildBreakdown on reports in scripts written without spaces', () => {
  it('summarises a Chinese or Japanese report in its own sentences and reads its numbers with the others', () => {
    const specs = [
      {
        outlet: 'Bay News',
        body: 'A ferry ran aground off Kalvik on Tuesday. Coast guards said 40 passengers were rescued from the ferry.',
      },
      { outlet: 'Coast Radio', body: 'A ferry ran aground off Kalvik on Tuesday. The coast guard said 40 passengers were rescued.' },
      {
        outlet: 'Haixia Daily',
        language: 'zh',
        body: '周二，一艘渡轮在卡尔维克附近搁浅。海岸警卫队说，有42人获救。当地官员说，事故原因正在调查中。',
      },
      {
        outlet: 'Kaikyo Shimbun',
        language: 'ja',
        body: '火曜日、カルヴィク沖でフェリーが座礁した。沿岸警備隊によると、乗客40人が救助された。',
      },
    ];
    const articles = specs.map((s, i) => articleOf(s, i + 1));
    const result = buildBreakdown({ story, articles, outletOf: (a) => outletNamed(a.sourceId) });
    const summaryOf = (outlet: string) => result.reports.find((r) => r.outlet === outlet)!.summary;
    expect(summaryOf('Haixia Daily')).toContain('海岸警卫队说，有42人获救。');
    expect(summaryOf('Kaikyo Shimbun')).toContain('沿岸警備隊によると、乗客40人が救助された。');
    const rescued = result.divergences.numbers.find((d) => d.quantity === 'rescued');
    expect(rescued?.variants.map((v) => [v.min, [...v.outlets].sort()])).toEqual([
      [40, ['Bay News', 'Coast Radio', 'Kaikyo Shimbun']],
      [42, ['Haixia Daily']],
    ]);
  });

  it('keeps the lede of the one report in its language, and of no report that shares its language', () => {
    const english = (outlet: string) => ({
      outlet,
      body: [
        'A flood carried away the old bridge at Varenne on Tuesday, injuring two people.',
        'The river rose to 7.2 metres by the evening.',
        'In 1998 the bridge was damaged before, and 3 piers were rebuilt.',
        'The town expects 4 million euros of damage.',
      ],
    });
    const lede = 'Ein schweres Hochwasser hat am Dienstag die alte Brücke von Varenne zerstört und zwei Menschen verletzt.';
    const german = (outlet: string) => ({
      outlet,
      language: 'de',
      title: 'Hochwasser zerstört Brücke',
      body: [
        'Brücke in Varenne eingestürzt',
        lede,
        'Der Pegel des Flusses stieg am Abend auf 7,2 Meter, 3 Meter über dem Mittel.',
        'Im Jahr 1998 war die Brücke schon einmal beschädigt worden, 3 Pfeiler mussten damals erneuert werden.',
        'Die Stadt rechnet nach ersten Schätzungen mit 4 Millionen Euro Schaden an 3 Straßen.',
      ],
    });
    const summaryIn = (specs: ReturnType<typeof english>[], outlet: string) => {
      const result = buildBreakdown({
        story,
        articles: specs.map((s, i) => articleOf(s, i + 1)),
        outletOf: (a) => outletNamed(a.sourceId),
      });
      return result.reports.find((r) => r.outlet === outlet)!.summary;
    };
    expect(summaryIn([english('Bay News'), english('Coast Radio'), german('Flussbote')], 'Flussbote')).toContain(lede);
    // With a second German report of its own the two share words, and sentences are chosen as an English report's are.
    const talblatt = {
      outlet: 'Talblatt',
      language: 'de',
      title: 'Pegel in Varenne steigt',
      body: [
        'Der Pegel stieg in Varenne am Dienstagabend auf 7,2 Meter, teilte die Stadt mit.',
        'Die Stadt schätzt den Schaden auf 4 Millionen Euro.',
        'Schon 1998 mussten 3 Pfeiler der Brücke erneuert werden.',
      ],
    };
    expect(summaryIn([english('Bay News'), german('Flussbote'), talblatt], 'Flussbote')).not.toContain(lede);
  });
});
