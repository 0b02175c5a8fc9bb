import type { ActorMapGeometry, NodeShape } from './actor-map-geometry.ts';
import { DIAMOND } from './actor-map-layout.ts';
import type { Drawing, Primitive } from './drawing.ts';
import type { ChartColours } from './timeline-drawing.ts';

/**
 * A node's shape as primitives: people round and filled with ink, organisations square and grey, places a diamond
 * and others a triangle, both open — told apart by outline and by fill, so greyscale print keeps them apart.
 */
export function nodeShape(shape: NodeShape, x: number, y: number, r: number, colours: ChartColours): Primitive {
  const stroke = { stroke: colours.ink, strokeWidth: 0.7 };
  switch (shape) {
    case 'circle':
      return { kind: 'circle', cx: x, cy: y, r, fill: colours.ink, ...stroke };
    case 'square': {
      // The square's side keeps its area near the circle's of the same half-size.
      const s = r * 0.89;
      return { kind: 'rect', x: x - s, y: y - s, w: 2 * s, h: 2 * s, fill: colours.fill, ...stroke };
    }
    case 'diamond': {
      const d = r * DIAMOND;
      return { kind: 'polygon', points: [[x, y - d], [x + d, y], [x, y + d], [x - d, y]], fill: colours.paper, ...stroke };
    }
    case 'triangle':
      return { kind: 'polygon', points: [[x, y - r], [x + r * 0.95, y + r * 0.7], [x - r * 0.95, y + r * 0.7]], fill: colours.paper, ...stroke };
  }
}

/**
 * The actor map's primitives, from its geometry: the legend, the ties under the nodes (muted, as wide as their
 * weight), the nodes, then each label — actors' names, then the ties' kinds — on a paper ground so that a tie
 * running under it never crosses its letters.
 */
export function actorMapDrawing(geometry: ActorMapGeometry, colours: ChartColours, direction: 'rtl' | 'ltr'): Drawing {
  const items: Primitive[] = [];
  for (const l of geometry.legend) {
    items.push(nodeShape(l.shape, l.x, l.y, l.r, colours));
    items.push({ kind: 'text', ...l.text, colour: colours.ink, bold: false });
  }
  for (const e of geometry.edges) items.push({ kind: 'line', x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2, width: e.width, colour: colours.muted });
  for (const n of geometry.nodes) items.push(nodeShape(n.shape, n.x, n.y, n.r, colours));
  for (const n of geometry.nodes) {
    if (!n.label) continue;
    const { box, text } = n.label;
    items.push({ kind: 'rect', x: box.x, y: box.y, w: box.width, h: box.height, fill: colours.paper });
    items.push({ kind: 'text', ...text, colour: colours.ink, bold: false, entryId: n.actorId });
  }
  // A tie's word in the muted grey of the lines it names, on paper like the names.
  for (const e of geometry.edges) {
    if (!e.label) continue;
    const { box, text } = e.label;
    items.push({ kind: 'rect', x: box.x, y: box.y, w: box.width, h: box.height, fill: colours.paper });
    items.push({ kind: 'text', ...text, colour: colours.muted, bold: false });
  }
  return { width: geometry.width, height: geometry.height, items, direction };
}
