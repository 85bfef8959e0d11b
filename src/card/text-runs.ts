import type { FaceName } from './fonts.ts';

/** A stretch of text drawn with one face. */
export interface TextRun {
  face: FaceName;
  text: string;
  rtl: boolean;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF]/u;
const CJK =
  /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{2FFFF}]/u;
const NEUTRAL = /[\s\p{P}\p{N}\p{S}]/u;

function faceOf(char: string, base: FaceName): FaceName | null {
  if (ARABIC.test(char)) return 'arabic';
  if (HANGUL.test(char)) return 'korean';
  if (CJK.test(char)) return 'cjk';
  if (/[0-9]/u.test(char)) return base;
  if (NEUTRAL.test(char)) return null;
  return base;
}

/** Splits text into runs by script, so each is drawn with the face that has its glyphs; neutral characters join the run they sit in. */
export function splitRuns(text: string, bold = false): TextRun[] {
  const base: FaceName = bold ? 'bold' : 'regular';
  const runs: TextRun[] = [];
  let pending = '';
  for (const char of text) {
    const face = faceOf(char, base);
    const last = runs.at(-1);
    if (face === null) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.face === face) {
      last.text += char;
    } else {
      if (last && last.face !== face) {
        const trailing = /[\s\p{P}]+$/u.exec(last.text)?.[0] ?? '';
        if (last.face === 'arabic' && trailing) last.text = last.text.slice(0, -trailing.length);
        runs.push({ face, text: (last?.face === 'arabic' ? trailing : '') + pending + char, rtl: face === 'arabic' });
      } else {
        runs.push({ face, text: pending + char, rtl: face === 'arabic' });
      }
      pending = '';
    }
  }
  if (pending) runs.push({ face: base, text: pending, rtl: false });
  return runs.filter((run) => run.text.length > 0);
}
