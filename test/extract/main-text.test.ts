import { describe, expect, it } from 'vitest';
import { mainText } from '../../src/extract/main-text.ts';
import { loadHtml } from '../../src/parse/html-to-text.ts';

const para = (n: number) => `Paragraph number ${n} tells part of the story, with detail, names, and a figure of ${n * 100} people.`;

describe('mainText', () => {
  it('picks the densest block over navigation-heavy ones and keeps inline links in sentences', () => {
    const html = `<body>
      <div class="menu-list"><a href="/1">One long navigation link text</a><a href="/2">Another navigation link text</a></div>
      <div class="content"><p>${para(1)}</p>
        <p>The mayor <a href="/m">said on Sunday</a> that ${para(2)}</p>
        <a href="/more">More stories</a><p>${para(3)}</p></div>
      <div class="teasers"><p><a href="/t">A teaser headline that links elsewhere and nothing more at all</a></p></div>
    </body>`;
    const lines = mainText(loadHtml(html));
    expect(lines).toEqual([para(1), `The mayor said on Sunday that ${para(2)}`, para(3)]);
  });

  it('joins sibling blocks of the same article in document order', () => {
    const html = `<div id="wrap"><div class="story-part"><p>${para(1)}</p><p>${para(2)}</p></div>
      <div class="promo"><p>Subscribe now for just a coin a month and read without limits.</p></div>
      <div class="story-part"><p>${para(3)}</p><p>${para(4)}</p></div></div>`;
    expect(mainText(loadHtml(html))).toEqual([para(1), para(2), para(3), para(4)]);
  });

  it('prefers [itemprop=articleBody] over a longer comment thread', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<p>Comment ${i}: ${para(i + 10)}</p>`).join('');
    const html = `<div itemprop="articleBody"><p>${para(1)}</p><p>${para(2)}</p></div><div class="thread">${comments}</div>`;
    expect(mainText(loadHtml(html))).toEqual([para(1), para(2)]);
  });

  it('is not pulled into a long list of teaser cards beside a short article', () => {
    const card = (i: number) => `<h3><a href="/t${i}">Teaser ${i}</a></h3><p>A blurb about another story, number ${i}.</p>`;
    const cards = Array.from({ length: 60 }, (_, i) => `<div class="item">${card(i)}</div>`);
    const html = `<div class="story-body"><p>${para(1)}</p><p>${para(2)}</p></div><div class="story-list">${cards.join('')}</div>`;
    expect(mainText(loadHtml(html))).toEqual([para(1), para(2)]);
  });

  it('stays inside the single <article> of the page', () => {
    const outside = Array.from({ length: 8 }, (_, i) => `<p>${para(i + 20)}</p>`).join('');
    const inside = [1, 2, 3, 4].map((n) => `<p>${para(n)}</p>`).join('');
    const html = `<main><article><div>${inside}</div></article><div>${outside}</div></main>`;
    expect(mainText(loadHtml(html))).toEqual([para(1), para(2), para(3), para(4)]);
  });

  it('reads prose written as one <div> with <br> line breaks', () => {
    const prose = `<div>${para(1)}<br><br>${para(2)}<br>${para(3)}</div>`;
    const html = `<div>Weather: 12 degrees and cloudy</div><div id="c">${prose}</div><div>Page generated in 0.2s</div>`;
    expect(mainText(loadHtml(html))).toEqual([para(1), para(2), para(3)]);
  });
});
