import { loadFace, type FaceName } from './fonts.ts';
import { splitRuns, type TextRun } from './text-runs.ts';

/** One glyph placed along a line, in font units from the start of its run. */
export interface PlacedGlyph {
  id: number;
  x: number;
  y: number;
}

/** A run shaped with its face: glyphs in visual order and its width in pixels at the size asked. */
export interface ShapedRun {
  face: FaceName;
  unitsPerEm: number;
  glyphs: PlacedGlyph[];
  width: number;
}

/** A line of text shaped for drawing: its runs left to right and its total width in pixels. */
export interface ShapedLine {
  text: string;
  size: number;
  runs: ShapedRun[];
  width: number;
}

const cache = new Map<string, ShapedLine>();

/**
 * Characters of one line laid out at most: more than the widest card line holds at the smallest size, so what
 * is drawn is unchanged, while a hostile 1 MB title costs a line's layout instead of seconds per render.
 */
export const MAX_LINE_CHARS = 400;

/** Text cut to `max` code points (whole characters) before any layout. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text.slice(0, max * 2))
    .slice(0, max)
    .join('');
}

/** Faces asked, in order, for a character the run's own face has no glyph for. */
const FALLBACK: FaceName[] = ['regular', 'cjk', 'korean', 'arabic'];

/**
 * A run split where its face has no glyph for a character ("→" is not in Noto Sans): that character is drawn with the
 * first face that has it, so no box stands in for it. Right-to-left runs are left whole, as their letters join.
 */
function withGlyphs(run: TextRun): TextRun[] {
  if (run.rtl) return [run];
  const font = loadFace(run.face);
  const out: TextRun[] = [];
  for (const char of run.text) {
    const code = char.codePointAt(0)!;
    const face = font.hasGlyphForCodePoint(code)
      ? run.face
      : (FALLBACK.find((f) => f !== run.face && loadFace(f).hasGlyphForCodePoint(code)) ?? run.face);
    const last = out.at(-1);
    if (last !== undefined && last.face === face) last.text += char;
    else out.push({ face, text: char, rtl: false });
  }
  return out;
}

/** Shapes one line of text with the shipped fonts (Arabic joined and right-to-left, CJK from its own face) and measures it. */
export function shapeLine({ text: whole, size, bold = false }: { text: string; size: number; bold?: boolean }): ShapedLine {
  const text = clip(whole, MAX_LINE_CHARS);
  const key = `${size}|${bold ? 1 : 0}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const runs = splitRuns(text, bold)
    .flatMap(withGlyphs)
    .map((run): ShapedRun => {
      const font = loadFace(run.face);
      const laid = font.layout(run.text, undefined, undefined, undefined, run.rtl ? 'rtl' : 'ltr');
      const glyphs: PlacedGlyph[] = [];
      let pen = 0;
      laid.glyphs.forEach((glyph, i) => {
        const at = laid.positions[i];
        glyphs.push({ id: glyph.id, x: pen + (at?.xOffset ?? 0), y: at?.yOffset ?? 0 });
        pen += at?.xAdvance ?? glyph.advanceWidth;
      });
      return { face: run.face, unitsPerEm: font.unitsPerEm, glyphs, width: (pen * size) / font.unitsPerEm };
    });
  const line = { text, size, runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
  if (cache.size > 5000) cache.clear();
  cache.set(key, line);
  return line;
}

/** The width of text in pixels at a size, from the fonts' own advances. */
export function measure(text: string, size: number, bold = false): number {
  return shapeLine({ text, size, bold }).width;
}

/** The text itself when it fits in maxWidth, else the longest prefix that fits with an ellipsis ('' when not even that fits). */
export function ellipsize({
  text: whole,
  size,
  maxWidth,
  bold = false,
}: {
  text: string;
  size: number;
  maxWidth: number;
  bold?: boolean;
}): string {
  const text = clip(whole, MAX_LINE_CHARS);
  if (text === whole && measure(text, size, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, size, bold) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return '';
  // Cut where a word ends when one ends in the last third of what fits; a single long word is cut where it must.
  const fits = chars.slice(0, low).join('');
  const lastBreak = Math.max(fits.lastIndexOf(' '), fits.lastIndexOf(','));
  const cut = lastBreak >= (fits.length * 2) / 3 ? fits.slice(0, lastBreak) : fits;
  return `${cut.replace(/[\s,;:(·-]+$/u, '')}…`;
}

/** Breaks text into at most maxLines lines that each fit in maxWidth, the last ellipsized when text remains. */
export function wrapText({
  text: whole,
  size,
  maxWidth,
  maxLines,
  bold = false,
}: {
  text: string;
  size: number;
  maxWidth: number;
  maxLines: number;
  bold?: boolean;
}): string[] {
  const text = clip(whole, MAX_LINE_CHARS * maxLines);
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const next = current ? `${current} ${words[i]}` : words[i]!;
    if (measure(next, size, bold) <= maxWidth || !current) {
      current = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(current);
    current = words[i]!;
  }
  if (current) lines.push(current);
  return lines.slice(0, maxLines).map((line) => ellipsize({ text: line, size, maxWidth, bold }));
}
