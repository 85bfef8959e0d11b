import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { Breakdown } from '../domain/breakdown.ts';
import { drawCountries } from './countries-section.ts';
import { drawHeader, drawHeading } from './header-section.ts';
import { drawNumbers } from './numbers-section.ts';
import { cardOutlets } from './outlet-groups.ts';
import { drawOwnership } from './ownership-section.ts';
import { CARD_WIDTH, INK, MARGIN } from './palette.ts';
import { SvgCanvas, type TextBox } from './svg-canvas.ts';
import { drawTimeline } from './timeline-section.ts';

/** Rasteriser options: no system fonts (text arrives as outlines), the SVG's own size, a white ground. */
const RASTER = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' as const }, background: '#ffffff' };

/** A rendered coverage card: the PNG, the SVG it was rasterised from, its size and where each text was drawn. */
export interface CoverageCard {
  png: Buffer;
  svg: string;
  width: number;
  height: number;
  boxes: TextBox[];
}

/** Lays the card out as an SVG (text as glyph outlines from the shipped fonts); returns it with its height and text boxes. */
export function layoutCoverageCard(breakdown: Breakdown): { svg: string; width: number; height: number; boxes: TextBox[] } {
  const canvas = new SvgCanvas(CARD_WIDTH);
  const outlets = cardOutlets(breakdown);
  let y = drawHeader({ canvas, breakdown, outlets, y: 32 });
  y = drawHeading({ canvas, text: 'Who covered it, by country', y });
  y = drawCountries({ canvas, outlets, y });
  y = drawHeading({ canvas, text: 'By ownership', y });
  y = drawOwnership({ canvas, outlets, y });
  y = drawHeading({ canvas, text: 'When each outlet first reported', y });
  y = drawTimeline({ canvas, outlets, y });
  y = drawHeading({ canvas, text: 'Numbers that differ', y });
  y = drawNumbers({ canvas, divergences: breakdown.divergences.numbers, y });
  canvas.text({
    text: `Parallax · ${breakdown.reports.length} reports compared · story ${breakdown.story.id}`,
    x: MARGIN,
    y: y + 4,
    size: 14,
    color: INK.muted,
  });
  const height = Math.ceil(y + 4 + 14 * 1.4 + 24);
  return { svg: canvas.toSvg(height), width: CARD_WIDTH, height, boxes: canvas.boxes };
}

/** Renders the coverage card PNG for a breakdown, in process: no browser, no network, no machine fonts. */
export function renderCoverageCard(breakdown: Breakdown): CoverageCard {
  const laid = layoutCoverageCard(breakdown);
  const png = new Resvg(laid.svg, RASTER).render().asPng();
  return { png, ...laid };
}

/** As renderCoverageCard, but rasterises on libuv's thread pool so a bot's event loop is not held up. */
export async function renderCoverageCardAsync(breakdown: Breakdown): Promise<CoverageCard> {
  const laid = layoutCoverageCard(breakdown);
  const png = (await renderAsync(laid.svg, RASTER)).asPng();
  return { png, ...laid };
}
