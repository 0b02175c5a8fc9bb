import type { MapEdge } from './actor-map-geometry.ts';
import type { MeasureText } from './timeline-layout.ts';

export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes come closer than `gap`. */
export const meets = (a: Box, b: Box, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** At most this many ties are named: the heaviest; more words on the lines would hide the lines. */
const MOST = 12;
/** Where along its line a tie's word may sit, tried in this order: the middle first. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7];
const GAP = 1.5;

export interface TieLabelOptions {
  /** The word for each kind of tie (an event sense); a kind without one is not printed. */
  names: Readonly<Record<string, string>>;
  /** The words' size: smaller than the actors' names, so the two are not confused. */
  size: number;
  measure: MeasureText;
  /** The chart's area a word must stay in (below the legend). */
  area: Box;
}

/**
 * Prints the kind of the heaviest ties on their lines (heaviest first, then the ties' order): its word centred on a
 * point of the line (its middle, else nearer either end), inside the chart and clear of every box in `taken` — the
 * nodes and their names — and of the words placed before it. A tie with no free place goes without; none is moved
 * off its line. `taken` grows by each word placed.
 */
export function labelTies(edges: MapEdge[], taken: Box[], options: TieLabelOptions): void {
  const h = options.size * 1.3;
  const inside = (b: Box): boolean => b.x >= options.area.x && b.y >= options.area.y
    && b.x + b.width <= options.area.x + options.area.width && b.y + b.height <= options.area.y + options.area.height;
  const candidates = edges.map((e, i) => ({ e, i })).filter(({ e }) => e.kind !== undefined && options.names[e.kind] !== undefined)
    .sort((a, b) => b.e.weight - a.e.weight || a.i - b.i).slice(0, MOST);
  for (const { e } of candidates) {
    const text = options.names[e.kind ?? ''] ?? '';
    const width = options.measure(text, options.size);
    for (const t of ALONG) {
      const cx = e.x1 + (e.x2 - e.x1) * t;
      const cy = e.y1 + (e.y2 - e.y1) * t;
      const box = { x: cx - width / 2, y: cy - h / 2, width, height: h };
      if (!inside(box) || taken.some((b) => meets(box, b, GAP))) continue;
      taken.push(box);
      e.label = { text: { text, x: box.x, baseline: box.y + h * 0.72, width, size: options.size }, box };
      break;
    }
  }
}
