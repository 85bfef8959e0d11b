import type { CardOutlet } from './outlet-groups.ts';
import { CARD_WIDTH, INK, MARGIN, ownershipColor } from './palette.ts';
import { ellipsize } from './shape-text.ts';
import type { SvgCanvas } from './svg-canvas.ts';

const LEFT = MARGIN + 10;
const RIGHT = CARD_WIDTH - MARGIN - 10;
const DOT = 7;
const MAX_STACK = 5;

function clock(at: number): string {
  return `${new Date(at).toISOString().slice(11, 16)} UTC`;
}

function elapsed(minutes: number): string {
  return minutes < 120 ? `+${Math.round(minutes)} min` : `+${Math.round(minutes / 60)} h`;
}

/** A strip from the first report to the latest: one dot per outlet at the time it first reported, stacked when close, with the first and latest named. Returns the y below. */
export function drawTimeline({ canvas, outlets, y }: { canvas: SvgCanvas; outlets: CardOutlet[]; y: number }): number {
  y += 8;
  const dated = outlets.filter((outlet) => outlet.firstAt !== null).sort((a, b) => a.firstAt! - b.firstAt!);
  const undated = outlets.length - dated.length;
  if (dated.length === 0) {
    canvas.text({ text: 'No outlet gave a publication time.', x: MARGIN, y, size: 17, color: INK.muted });
    return y + 36;
  }
  const start = dated[0]!.firstAt!;
  const end = dated.at(-1)!.firstAt!;
  const range = Math.max(1, end - start);
  const placed = dated.map((outlet) => {
    const cx = end === start ? (LEFT + RIGHT) / 2 : LEFT + ((outlet.firstAt! - start) / range) * (RIGHT - LEFT);
    return { outlet, cx, bin: Math.round(cx / (DOT * 2 + 2)) };
  });
  const stacks = new Map<number, number>();
  for (const dot of placed) stacks.set(dot.bin, (stacks.get(dot.bin) ?? 0) + 1);
  const tallest = Math.min(MAX_STACK, Math.max(...stacks.values()));
  const axis = y + tallest * (DOT * 2 + 2) + 4;
  const levels = new Map<number, number>();
  for (const { outlet, cx, bin } of placed) {
    const level = levels.get(bin) ?? 0;
    levels.set(bin, level + 1);
    if (level >= MAX_STACK) continue;
    const colour = ownershipColor(outlet.ownership);
    canvas.circle({
      cx,
      cy: axis - DOT - 2 - level * (DOT * 2 + 2),
      r: DOT,
      fill: outlet.independent ? colour.ink : '#ffffff',
      stroke: outlet.independent ? undefined : colour.ink,
    });
  }
  canvas.line({ x1: LEFT, y1: axis, x2: RIGHT, y2: axis, stroke: INK.muted, width: 2 });
  y = axis + 6;
  const half = (RIGHT - LEFT) / 2 - 10;
  const first = ellipsize({ text: `${clock(start)} first: ${dated[0]!.name}`, size: 16, maxWidth: half });
  canvas.text({ text: first, x: LEFT, y, size: 16 });
  if (end !== start) {
    const last = ellipsize({ text: `latest: ${dated.at(-1)!.name}, ${elapsed((end - start) / 60000)}`, size: 16, maxWidth: half });
    canvas.text({ text: last, x: RIGHT, y, size: 16, align: 'right' });
  }
  y += 26;
  const crowded = [...stacks.values()].reduce((sum, count) => sum + Math.max(0, count - MAX_STACK), 0);
  const notes = [
    crowded ? `${crowded} more dot${crowded === 1 ? '' : 's'} in crowded moments not drawn` : '',
    undated ? `${undated} outlet${undated === 1 ? '' : 's'} without a time` : '',
  ].filter(Boolean);
  if (notes.length) {
    const note = notes.join(' · ');
    canvas.text({ text: ellipsize({ text: note, size: 15, maxWidth: RIGHT - LEFT }), x: LEFT, y, size: 15, color: INK.muted });
    y += 24;
  }
  return y + 10;
}
