import { describe, expect, it } from 'vitest';
import { breakdownPages } from '../../src/adapters/telegram/render-breakdown.ts';
import { renderBreakdown, renderText } from '../../src/adapters/terminal/render-text.ts';
import { breakdown, report } from '../discord/breakdown-fixture.ts';

/** What a reader sees beside each outlet's name: words, never the feed list's keys or codes. */
describe("an outlet's facts", () => {
  it('name the owner in words and leave the language out when every report shares it', () => {
    const b = breakdown({ reports: [{ ...report(0), ownership: 'public-broadcaster' }, report(1)] });
    const terminal = renderBreakdown(b);
    expect(terminal).toContain('Outlet 0 Daily (GB, public broadcaster)');
    expect(terminal).toContain('Outlet 1 Daily (DE, private)');
    expect(terminal).not.toContain('public-broadcaster');
    expect(terminal).not.toMatch(/, en[,)]/);
  });

  it('name the language when the story comes in more than one', () => {
    const b = breakdown({ reports: [report(0), { ...report(1), language: 'de', ownership: null }] });
    const telegram = breakdownPages(b)
      .map((p) => p.html.replace(/<[^>]+>/g, ''))
      .join('\n');
    expect(telegram).toContain('Outlet 0 Daily (GB, English, private)');
    expect(telegram).toContain('Outlet 1 Daily (DE, German)');
  });

  it('read the same way in /sources', () => {
    const text = renderText({
      kind: 'sources',
      total: 1,
      filter: null,
      sources: [{ id: 'nrk', name: 'Fjord Radio', country: 'NO', language: 'no', ownership: 'public-broadcaster', feeds: [] } as never],
    });
    expect(text).toContain('Fjord Radio — NO, no, public broadcaster');
  });
});
