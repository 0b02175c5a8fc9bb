import type { Drawing, Primitive } from './drawing.ts';
import type { TimelineGeometry } from './timeline-geometry.ts';

/** The chart's colours: chosen from the template so that they stay apart in greyscale print. */
export interface ChartColours {
  /** Axis, firm marks and their outlines. */
  ink: string;
  /** Ticks, leaders and labels' secondary text. */
  muted: string;
  /** Bars' fill and hatching. */
  fill: string;
  /** The page, for open marks and the digits on firm ones. */
  paper: string;
}

const HATCH_STEP = 3;

/** Diagonal hatching lines clipped to a rectangle (so every output draws them alike, with no clipping path). */
export function hatchLines(x: number, y: number, w: number, h: number, colour: string): Primitive[] {
  const lines: Primitive[] = [];
  // Lines of slope -1: x + (y' - y) = c, for c from x to x + w + h.
  for (let c = x + HATCH_STEP / 2; c < x + w + h; c += HATCH_STEP) {
    const x1 = Math.max(x, c - h);
    const x2 = Math.min(x + w, c);
    if (x2 - x1 < 0.1) continue;
    lines.push({ kind: 'line', x1, y1: y + (c - x1), x2, y2: y + (c - x2), width: 0.5, colour });
  }
  return lines;
}

/**
 * The timeline chart's primitives, from its geometry: the axis in pieces with a double stroke at each break,
 * ticks and their dates, bars (hatched when approximate), leaders, badges (filled for a firm date, open for an
 * approximate one) with the count of sources, the labels, and the «+N» over each full stack.
 */
export function timelineDrawing(geometry: TimelineGeometry, colours: ChartColours, direction: 'rtl' | 'ltr'): Drawing {
  const items: Primitive[] = [];
  const { axis } = geometry;
  for (const piece of axis.pieces) items.push({ kind: 'line', x1: piece.x0, y1: axis.y, x2: piece.x1, y2: axis.y, width: 0.9, colour: colours.ink });
  for (const b of geometry.breaks) {
    for (const dx of [-2.5, 2.5]) items.push({ kind: 'line', x1: b.x + dx - 2, y1: b.y + 4, x2: b.x + dx + 2, y2: b.y - 4, width: 0.8, colour: colours.ink });
  }
  for (const tick of geometry.ticks) {
    items.push({ kind: 'line', x1: tick.x, y1: tick.y0, x2: tick.x, y2: tick.y1, width: 0.5, colour: colours.muted });
    for (const t of [tick.gregorian, tick.hijri]) {
      if (t) items.push({ kind: 'text', ...t, colour: colours.muted, bold: false });
    }
  }
  for (const item of geometry.items) {
    if (!item.bar) continue;
    const { x0, x1, y, height } = item.bar;
    if (item.approximate) {
      items.push({ kind: 'rect', x: x0, y, w: x1 - x0, h: height, fill: colours.paper, stroke: colours.ink, strokeWidth: 0.5 });
      items.push(...hatchLines(x0, y, x1 - x0, height, colours.ink));
    } else items.push({ kind: 'rect', x: x0, y, w: x1 - x0, h: height, fill: colours.fill, stroke: colours.ink, strokeWidth: 0.5 });
  }
  for (const item of geometry.items) {
    const l = item.label;
    if (l) items.push({ kind: 'line', x1: l.leader.x, y1: l.leader.y0, x2: l.leader.x, y2: l.leader.y1, width: 0.4, colour: colours.muted });
  }
  for (const item of geometry.items) {
    const { cx, cy, r, count } = item.badge;
    const firm = !item.approximate;
    items.push({ kind: 'circle', cx, cy, r, fill: firm ? colours.ink : colours.paper, stroke: colours.ink, strokeWidth: firm ? 0.5 : 0.9 });
    items.push({ kind: 'text', ...count, colour: firm ? colours.paper : colours.ink, bold: true, entryId: item.entryId });
    if (item.label) items.push({ kind: 'text', ...item.label.text, colour: colours.ink, bold: false, entryId: item.entryId });
  }
  for (const overflow of geometry.overflows) items.push({ kind: 'text', ...overflow.text, colour: colours.ink, bold: true });
  return { width: geometry.width, height: geometry.height, items, direction };
}
