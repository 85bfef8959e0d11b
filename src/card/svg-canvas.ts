import { loadFace, type FaceName } from './fonts.ts';
import { shapeLine } from './shape-text.ts';

/** Where one piece of text was drawn, in canvas pixels: tests check that every box lies inside the canvas. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Box height per pixel of font size, and where the baseline sits in it (Noto's ascent and descent). */
export const LINE_HEIGHT = 1.4;
const BASELINE = 1.08;

const pathCache = new Map<string, string>();

function glyphPath(face: FaceName, id: number): string {
  const key = `${face}${id}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    path = loadFace(face).getGlyph(id).path.toSVG();
    pathCache.set(key, path);
  }
  return path;
}

const escape = (text: string): string => text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const n = (value: number): string => String(Math.round(value * 100) / 100);

/** An SVG drawing surface whose text is shaped with the shipped fonts and drawn as glyph outlines, so the rasteriser needs no font of its own. */
export class SvgCanvas {
  readonly boxes: TextBox[] = [];
  private readonly parts: string[] = [];
  private readonly glyphs = new Set<string>();

  constructor(readonly width: number) {}

  /** A filled (and optionally stroked) rectangle. */
  rect({
    x,
    y,
    width,
    height,
    fill,
    radius = 0,
    stroke,
    dash,
  }: {
    x: number;
    y: number;
    width: number;
    height: number;
    fill: string;
    radius?: number;
    stroke?: string;
    dash?: boolean;
  }): void {
    const line = stroke ? ` stroke="${stroke}" stroke-width="1.5"${dash ? ' stroke-dasharray="4 3"' : ''}` : '';
    this.parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${radius}" fill="${fill}"${line}/>`);
  }

  /** A straight line. */
  line({ x1, y1, x2, y2, stroke, width = 1 }: { x1: number; y1: number; x2: number; y2: number; stroke: string; width?: number }): void {
    this.parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"/>`);
  }

  /** A circle, filled or hollow. */
  circle({ cx, cy, r, fill, stroke }: { cx: number; cy: number; r: number; fill: string; stroke?: string }): void {
    this.parts.push(
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="1.5"` : ''}/>`,
    );
  }

  /** Draws one line of text with its box's top-left at (x, y), or right-aligned to x; returns the box. */
  text({
    text,
    x,
    y,
    size,
    color = '#1f2328',
    bold = false,
    align = 'left',
  }: {
    text: string;
    x: number;
    y: number;
    size: number;
    color?: string;
    bold?: boolean;
    align?: 'left' | 'right';
  }): TextBox {
    const shaped = shapeLine({ text, size, bold });
    const left = align === 'right' ? x - shaped.width : x;
    const box = { text, x: left, y, width: shaped.width, height: size * LINE_HEIGHT };
    if (!text) return box;
    this.boxes.push(box);
    let pen = left;
    const runs = shaped.runs.map((run) => {
      const scale = size / run.unitsPerEm;
      const uses = run.glyphs.map((glyph) => {
        const id = `${run.face[0]}${glyph.id}`;
        this.glyphs.add(`${run.face}:${glyph.id}`);
        return `<use href="#${id}" x="${Math.round(glyph.x)}"${glyph.y ? ` y="${Math.round(glyph.y)}"` : ''}/>`;
      });
      const group = `<g transform="translate(${n(pen)} ${n(y + size * BASELINE)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})">${uses.join('')}</g>`;
      pen += run.width;
      return group;
    });
    this.parts.push(`<g fill="${color}"><title>${escape(text)}</title>${runs.join('')}</g>`);
    return box;
  }

  /** The finished SVG at the given height. */
  toSvg(height: number): string {
    const defs = [...this.glyphs].map((key) => {
      const [face, id] = key.split(':') as [FaceName, string];
      return `<path id="${face[0]}${id}" d="${glyphPath(face, Number(id))}"/>`;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${Math.ceil(height)}" viewBox="0 0 ${this.width} ${Math.ceil(height)}"><defs>${defs.join('')}</defs><rect width="100%" height="100%" fill="#ffffff"/>${this.parts.join('')}</svg>`;
  }
}
