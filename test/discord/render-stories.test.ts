import { describe, expect, it } from 'vitest';
import { renderResult } from '../../src/adapters/discord/render-result.ts';

describe('/stories on Discord', () => {
  it('lists each story with its id, which /compare opens exactly', () => {
    const message = renderResult({
      kind: 'stories',
      stories: [
        { id: 's-0123456789ab', headline: 'Ostrel ferry strike ends', articles: 9, outlets: 5, lastUpdated: '2026-11-29T08:00:00Z' },
      ],
    });
    expect(message.embeds?.[0]?.description).toBe('Ostrel ferry strike ends — *5 outlets, 9 articles* · `/compare s-0123456789ab`');
  });

  it('counts one outlet and one article in the singular', () => {
    const message = renderResult({
      kind: 'stories',
      stories: [{ id: 's-00000000000a', headline: 'Opera season opens', articles: 1, outlets: 1, lastUpdated: '2026-11-29T08:00:00Z' }],
    });
    expect(message.embeds?.[0]?.description).toContain('*1 outlet, 1 article*');
  });
});
