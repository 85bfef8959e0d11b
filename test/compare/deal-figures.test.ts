import { describe, expect, it } from 'vitest';
import { numberDivergences } from '../../src/compare/quantities.ts';
import { uniqueFacts } from '../../src/compare/unique-facts.ts';
import { divergenceRows, draftsOf } from './fixtures/make.ts';

/** Four reports of one takeover, as wires and papers word it: the company by its full name or its short one. */
const takeover = draftsOf([
  {
    outlet: 'wire',
    body: [
      'Halvorsen Chips agreed on Monday to buy Brisk Graphics for $5.4 billion in cash and stock, the companies said.',
      "Halvorsen will pay $21 a share for Brisk, a premium of 24 percent over Friday's close.",
    ],
  },
  {
    outlet: 'daily',
    body: [
      'Halvorsen Chips will acquire Brisk Graphics for about $5.6 billion, the chipmaker announced Monday.',
      'The offer values Brisk at $22 per share, a 26 percent premium to its closing price on Friday.',
      'Halvorsen expects to cut 1,200 jobs after the merger.',
    ],
  },
  {
    outlet: 'journal',
    body: [
      'Chipmaker Halvorsen said on Monday it would buy rival Brisk Graphics in a $5.4 billion deal.',
      'Halvorsen is paying $21 for each Brisk share, 24 percent more than the stock closed at on Friday.',
      'About 1,500 jobs will go as the two companies combine, analysts said.',
    ],
  },
  {
    outlet: 'times',
    body: [
      'Halvorsen Chips is buying Brisk Graphics for $5.4 billion.',
      'Brisk shareholders will receive $21 a share.',
      'The combined company will employ 14,000 people and plans to create 300 jobs in Varn.',
    ],
  },
]);

describe("a deal's figures", () => {
  const shown = divergenceRows(numberDivergences(takeover));

  it('sets "about $5.6 billion" against $5.4 billion: "about" is as loose as the figure is rounded, not a tenth', () => {
    expect(shown).toContainEqual(['deal value (US dollars)', ['$5.4 billion wire,journal,times', 'about $5.6 billion daily']]);
  });

  it("reads a price per share however it is written, and the short form of a company's name as the story's own", () => {
    // "Halvorsen will pay $21 a share" names the buyer by its short name, which is no side party of its own.
    expect(shown).toContainEqual(['price per share (US dollars)', ['$21 wire,journal,times', '$22 daily']]);
  });

  it("sets the jobs one outlet says will be cut against another's, and lists neither as one outlet's own", () => {
    expect(shown).toContainEqual(['jobs cut', ['1,200 daily', 'about 1,500 journal']]);
    // Jobs made are no jobs cut: the 300 new jobs in Varn are not a third reading.
    expect(shown.find(([label]) => label === 'jobs cut')?.[1]).toHaveLength(2);
    const unique = uniqueFacts({ drafts: takeover, copyOf: () => null }).map((u) => u.statement);
    expect(unique.some((u) => /jobs/u.test(u) && !/create/u.test(u))).toBe(false);
  });
});

describe("a product's price", () => {
  it("is labelled a price, and set against another outlet's", () => {
    const launch = draftsOf([
      { outlet: 'a', body: ['Fenwick on Wednesday unveiled the Aria, a folding phone that will cost $1,299 when it goes on sale.'] },
      { outlet: 'b', body: ["Fenwick's new Aria folding phone will sell for $1,199, the company said on Wednesday."] },
      { outlet: 'c', body: ['Fenwick launched its Aria folding phone on Wednesday, priced at $1,299.'] },
    ]);
    expect(numberDivergences(launch).map((d) => [d.label, d.variants.map((v) => v.figure)])).toEqual([
      ['price (US dollars)', ['$1,199', '$1,299']],
    ]);
  });
});

describe("a company's results", () => {
  it('set a profit against a profit and a revenue against a revenue, each labelled by what it is', () => {
    const results = draftsOf([
      { outlet: 'a', body: ['Brisk Graphics said on Wednesday its quarterly profit rose to $1.2 billion on revenue of $8.4 billion.'] },
      { outlet: 'b', body: ['Brisk Graphics reported a quarterly profit of $1.4 billion on Wednesday, with revenue of $8.4 billion.'] },
      { outlet: 'c', body: ['Brisk Graphics posted net income of $1.2 billion for the quarter on Wednesday, on revenue of $8.1 billion.'] },
    ]);
    expect(divergenceRows(numberDivergences(results))).toEqual([
      ['profit (US dollars)', ['$1.2 billion a,c', '$1.4 billion b']],
      ['revenue (US dollars)', ['$8.1 billion c', '$8.4 billion a,b']],
    ]);
  });
});
