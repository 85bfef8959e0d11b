import { describe, expect, it } from 'vitest';
import { flag } from '../../src/adapters/discord/flags.ts';
import { pageId, parsePageId } from '../../src/adapters/discord/paging.ts';
import { limitProblems, outletPages } from '../../src/adapters/discord/render-breakdown.ts';
import { divergencePages } from '../../src/adapters/discord/render-divergences.ts';
import { renderBreakdownPage, renderDivergencePage } from '../../src/adapters/discord/render-page.ts';
import { escapeText, fitWords } from '../../src/adapters/discord/text-fit.ts';
import { breakdown, report } from './breakdown-fixture.ts';

/** True when `shown` (without a trailing "…") is `full` or a prefix of it that ends at a word boundary. */
function wholeWords(shown: string, full: string): boolean {
  const kept = shown.replace(/…$/, '');
  return full.startsWith(kept) && (kept.length === full.length || full[kept.length] === ' ');
}

describe('breakdown pages', () => {
  const big = breakdown({ outlets: 40, sentences: 6, words: 70 });
  const pages = outletPages(big);

  it('keep every page of a 40-outlet breakdown with long summaries within Discord limits', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (let i = 0; i < pages.length; i++) expect(limitProblems(renderBreakdownPage(big, i)), `page ${i}`).toEqual([]);
  });

  it('show every outlet exactly once, in order', () => {
    const names = pages.flatMap((p) => p.fields.map((f) => f.name));
    expect(names).toHaveLength(40);
    expect(names.map((n) => /Outlet (\d+) Daily/.exec(n)?.[1])).toEqual(big.reports.map((_, i) => String(i)));
  });

  it('never cut a sentence mid-word or a link at all', () => {
    for (const [i, field] of pages.flatMap((p) => p.fields).entries()) {
      const r = big.reports[i]!;
      const quoted = field.value
        .split('\n')
        .filter((l) => l.startsWith('> '))
        .map((l) => l.slice(2));
      expect(quoted.length).toBeGreaterThan(0);
      for (const [k, line] of quoted.entries()) expect(wholeWords(line, escapeText(r.summary[k]!))).toBe(true);
      expect(field.value).toContain(`(${r.url})`);
    }
  });

  it('shorten one giant sentence at a word boundary and keep the link', () => {
    const giant = { ...report(1), summary: [Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ')] };
    const field = outletPages(breakdown({ reports: [giant] }))[0]!.fields[0]!;
    expect(field.value.length).toBeLessThanOrEqual(1024);
    const line = field.value
      .split('\n')
      .find((l) => l.startsWith('> '))!
      .slice(2);
    expect(line.endsWith('…')).toBe(true);
    expect(wholeWords(line, giant.summary[0]!)).toBe(true);
    expect(field.value).toContain(giant.url!);
  });

  it('page 1 holds the summary: headline, consensus, divergences and coverage, with paging buttons', () => {
    const first = renderBreakdownPage(big, 0);
    const embed = first.embeds[0]!;
    expect(embed.title).toBe(big.story.headline);
    expect(embed.description).toContain('Most outlets agree');
    expect(embed.description).toContain('lanterns lit');
    expect(embed.description).toContain('…and 5 more (All differences)');
    expect(embed.description).toContain('40 reports from 40 outlets');
    const ids = first.components[0]!.components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['px:out:s-0123456789ab:0', 'px:out:s-0123456789ab:1', 'px:div:s-0123456789ab:0']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends the summary with the other stories the topic found, escaped, each with the command that opens it', () => {
    const b = { ...breakdown({ outlets: 3 }), alsoMatching: [{ id: 's-0123456789ac', headline: 'Harbour *fire* spreads' }] };
    const description = renderBreakdownPage(b, 0).embeds[0]!.description!;
    expect(description).toContain('**Also matching your topic**\n• Harbour \\*fire\\* spreads · `/compare s-0123456789ac`');
  });

  it('puts the sharpest divergences first, alternating figures and claims, and never prints empty outlet lists', () => {
    const b = breakdown({ outlets: 3 });
    b.divergences.numbers = [
      b.divergences.numbers[0]!,
      {
        ...b.divergences.numbers[1]!,
        label: 'lanterns lit',
        variants: b.divergences.numbers[1]!.variants.map((v) => ({ ...v, outlets: [] })),
      },
    ];
    const text = renderBreakdownPage(b).embeds[0]!.description!;
    const order = ['**lanterns lit**', '**cause of the delay**', '**ferries inspected**'].map((q) => text.indexOf(q));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(text).toContain('• **lanterns lit**: 100 / organisers say 200\n');
    expect(text).not.toContain('()');
  });

  it('a small breakdown fits one page without paging buttons', () => {
    const small = renderBreakdownPage(breakdown({ outlets: 3 }));
    expect(small.embeds[0]!.fields).toHaveLength(3);
    expect(small.components[0]!.components.map((c) => ('label' in c ? c.label : ''))).toEqual(['All differences (8)']);
  });

  it('escapes mentions and markdown from feed text', () => {
    const hostile = breakdown({ headline: '@everyone look <@123> **now**', reports: [report(0, { title: 'Ping <@&456> and @here' })] });
    const page = renderBreakdownPage(hostile);
    expect(page.embeds[0]!.title).toBe('@everyone look \\<@123\\> \\*\\*now\\*\\*');
    expect(page.embeds[0]!.fields![0]!.value).toContain('Ping \\<@&456\\> and @here');
  });

  it('escapes the copied outlet named in a copy note', () => {
    const original = { ...report(0), outlet: '**Harbour** <@123> Ledger' };
    const copy = { ...report(1), independent: false, copyOf: original.articleId, agency: null };
    const names = outletPages(breakdown({ reports: [original, copy] })).flatMap((p) => p.fields.map((f) => f.name));
    expect(names.some((n) => n.includes('· copy of \\*\\*Harbour\\*\\* \\<@123\\> Ledger'))).toBe(true);
  });
});

describe('divergence pages', () => {
  it('list every divergence once within the description limit', () => {
    const b = breakdown({ outlets: 6 });
    b.divergences.numbers = Array.from({ length: 120 }, (_, k) => ({
      quantity: `m${k}`,
      label: `measure ${k}`,
      kind: 'conflict' as const,
      change: null,
      variants: [
        {
          text: `${k} units`,
          figure: `${k} units of something rather long to make lines grow`,
          min: k,
          max: k,
          attribution: null,
          firstReportedAt: null,
          quotes: [],
          outlets: ['Outlet 1 Daily'],
        },
        {
          text: `${k + 1} units`,
          figure: `${k + 1} units`,
          min: k + 1,
          max: k + 1,
          attribution: 'inspectors',
          firstReportedAt: null,
          quotes: [],
          outlets: ['Outlet 2 Daily'],
        },
      ],
    }));
    const pages = divergencePages(b);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, text] of pages.entries()) {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(limitProblems(renderDivergencePage(b, i))).toEqual([]);
    }
    const all = pages.join('\n');
    for (let k = 0; k < 120; k++) expect(all.match(new RegExp(`\\*\\*measure ${k}\\*\\*`, 'g'))).toHaveLength(1);
  });
});

describe('small helpers', () => {
  it('page ids round-trip and refuse ids over 100 characters', () => {
    expect(parsePageId(pageId({ kind: 'div', storyId: 's-abc', page: 4 })!)).toEqual({ kind: 'div', storyId: 's-abc', page: 4 });
    expect(pageId({ kind: 'out', storyId: 'x'.repeat(95), page: 1 })).toBeNull();
    expect(parsePageId('other:thing')).toBeNull();
  });

  it('flags come from country codes', () => {
    expect(flag('DE')).toBe('🇩🇪');
    expect(flag('gb')).toBe('🇬🇧');
    expect(flag(null)).toBe('🌐');
  });

  it('fitWords stops at a word boundary', () => {
    expect(fitWords('alpha beta gamma', 12)).toBe('alpha beta…');
    expect(fitWords('alpha', 12)).toBe('alpha');
  });
});

describe('outlet languages', () => {
  it('name each report’s language when the story comes in more than one, and none when it comes in one', () => {
    const mixed = breakdown({ outlets: 3 });
    mixed.reports[1] = { ...mixed.reports[1]!, language: 'de' };
    mixed.reports[2] = { ...mixed.reports[2]!, language: 'ja' };
    const names = outletPages(mixed).flatMap((p) => p.fields.map((f) => f.name));
    expect(names[0]).toMatch(/Outlet 0 Daily · English/);
    expect(names[1]).toMatch(/Outlet 1 Daily · German/);
    expect(names[2]).toMatch(/Outlet 2 Daily · Japanese/);
    const single = outletPages(breakdown({ outlets: 3 })).flatMap((p) => p.fields.map((f) => f.name));
    for (const name of single) expect(name).not.toContain('·');
  });
});
