import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../src/parse/html-to-text.ts';

describe('htmlToText', () => {
  it('turns block elements and <br> into paragraphs in order, dropping scripts and styles', () => {
    const html =
      '<p>First   <b>bold</b>\n line.</p><script>var x = 1;</script><style>p{}</style><div>Second<br>Third</div><ul><li>Fourth</li></ul>';
    expect(htmlToText(html)).toBe('First bold line.\nSecond\nThird\nFourth');
  });

  it('decodes entities and non-breaking spaces', () => {
    expect(htmlToText('Fish &amp; chips&nbsp;&nbsp;cost &pound;5 &#8211; &quot;cheap&quot;')).toBe('Fish & chips cost £5 – "cheap"');
  });

  it('keeps plain text and tolerates broken markup', () => {
    expect(htmlToText('Just text, 3 < 4.')).toBe('Just text, 3 < 4.');
    expect(htmlToText('<p>Unclosed <i>tags<p>next')).toBe('Unclosed tags\nnext');
    expect(htmlToText('')).toBe('');
  });
});

describe('htmlToLine', () => {
  it('joins paragraphs into one line', () => {
    expect(htmlToLine('<p>A</p><p>B &amp; C</p>')).toBe('A B & C');
  });
});
