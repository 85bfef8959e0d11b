import { countryBadge, countryName } from './country-name.ts';
import { groupByCountry, type CardOutlet } from './outlet-groups.ts';
import { CARD_WIDTH, INK, MARGIN, ownershipColor } from './palette.ts';
import { ellipsize, measure } from './shape-text.ts';
import type { SvgCanvas } from './svg-canvas.ts';

const ROW = 38;
const CHIP_TEXT = 17;
const CHIPS_X = MARGIN + 270;
const RIGHT = CARD_WIDTH - MARGIN;
const MAX_ROWS = 14;
const MAX_CHIP = 330;

/** Draws one outlet chip (tinted by ownership; a copy dashed and pale) and returns its width. */
function chip({
  canvas,
  outlet,
  x,
  y,
  maxWidth,
}: {
  canvas: SvgCanvas;
  outlet: CardOutlet;
  x: number;
  y: number;
  maxWidth: number;
}): number {
  const colour = ownershipColor(outlet.ownership);
  const label = ellipsize({ text: outlet.name, size: CHIP_TEXT, maxWidth: Math.min(MAX_CHIP, maxWidth) - 20 });
  const width = measure(label, CHIP_TEXT) + 20;
  canvas.rect({
    x,
    y,
    width,
    height: ROW - 8,
    radius: 6,
    fill: outlet.independent ? colour.tint : '#ffffff',
    stroke: colour.ink,
    dash: !outlet.independent,
  });
  canvas.text({ text: label, x: x + 10, y: y + 3, size: CHIP_TEXT, color: outlet.independent ? INK.text : INK.muted });
  return width;
}

/** Outlets by country: a code badge, the country's name and its outlets as chips; rows beyond the budget are summarised. Returns the y below. */
export function drawCountries({ canvas, outlets, y }: { canvas: SvgCanvas; outlets: CardOutlet[]; y: number }): number {
  const groups = groupByCountry(outlets);
  let rows = 0;
  const shown = new Set<CardOutlet>();
  for (const group of groups) {
    if (rows >= MAX_ROWS) break;
    canvas.rect({ x: MARGIN, y: y + 2, width: 50, height: ROW - 10, radius: 5, fill: INK.badge });
    const code = countryBadge(group.country);
    canvas.text({ text: code, x: MARGIN + 25 - measure(code, 15, true) / 2, y: y + 5, size: 15, bold: true, color: '#ffffff' });
    canvas.text({
      text: ellipsize({ text: `${countryName(group.country)} (${group.outlets.length})`, size: 18, maxWidth: CHIPS_X - MARGIN - 76 }),
      x: MARGIN + 62,
      y: y + 3,
      size: 18,
    });
    let x = CHIPS_X;
    for (const outlet of group.outlets) {
      const width = Math.min(MAX_CHIP, measure(outlet.name, CHIP_TEXT) + 20);
      if (width > RIGHT - x && x > CHIPS_X) {
        if (rows + 1 >= MAX_ROWS) break;
        rows += 1;
        y += ROW;
        x = CHIPS_X;
      }
      x += chip({ canvas, outlet, x, y, maxWidth: RIGHT - x }) + 8;
      shown.add(outlet);
    }
    rows += 1;
    y += ROW;
  }
  const hidden = outlets.filter((outlet) => !shown.has(outlet));
  if (hidden.length > 0) {
    const countries = new Set(hidden.map((outlet) => outlet.country)).size;
    canvas.text({
      text: `…and ${hidden.length} more outlet${hidden.length === 1 ? '' : 's'} from ${countries} countr${countries === 1 ? 'y' : 'ies'}`,
      x: MARGIN,
      y,
      size: 17,
      color: INK.muted,
    });
    y += ROW;
  }
  return y + 6;
}
