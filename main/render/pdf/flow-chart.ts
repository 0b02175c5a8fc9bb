import type { Primitive } from '../charts/drawing.ts';
import type { ChartBlock } from './blocks.ts';
import { chartLine } from './chart-text.ts';
import { newPage, type FlowContext } from './flow-context.ts';

function drawPrimitive(flow: FlowContext, block: ChartBlock, p: Primitive, left: number, top: number): void {
  const doc = flow.doc;
  switch (p.kind) {
    case 'line':
      doc.lineWidth(p.width).moveTo(left + p.x1, top + p.y1).lineTo(left + p.x2, top + p.y2).stroke(p.colour);
      return;
    case 'rect':
      if (p.fill) doc.rect(left + p.x, top + p.y, p.w, p.h).fill(p.fill);
      if (p.stroke) doc.lineWidth(p.strokeWidth ?? 0.5).rect(left + p.x, top + p.y, p.w, p.h).stroke(p.stroke);
      return;
    case 'circle':
      if (p.fill) doc.circle(left + p.cx, top + p.cy, p.r).fill(p.fill);
      if (p.stroke) doc.lineWidth(p.strokeWidth ?? 0.5).circle(left + p.cx, top + p.cy, p.r).stroke(p.stroke);
      return;
    case 'polygon': {
      const points = p.points.map(([x, y]): [number, number] => [left + x, top + y]);
      if (p.fill) doc.polygon(...points).fill(p.fill);
      if (p.stroke) doc.lineWidth(p.strokeWidth ?? 0.5).polygon(...points).stroke(p.stroke);
      return;
    }
    case 'text': {
      const style = { ...(p.bold ? block.fonts.bold : block.fonts.regular), size: p.size, colour: p.colour };
      const set = chartLine(flow.layout, p.text, style, block.drawing.direction);
      if (set) flow.writer.drawLine(set.layout, set.line, { x: left + p.x, width: set.line.width, baseline: top + p.baseline });
      return;
    }
  }
}

/**
 * Draws a chart's primitives as vector paths and shaped text (the glyph writer, as every line of the brief) in
 * the measure, on a new page when it does not fit below what is drawn: one Figure of the tagged PDF, read as its
 * alternate text.
 */
export function drawChart(flow: FlowContext, block: ChartBlock): void {
  const { drawing } = block;
  if (flow.y > flow.frame.top && flow.y + drawing.height > flow.limitY) newPage(flow);
  const left = flow.right - drawing.width;
  const top = flow.y;
  flow.tags.figure(block.alt, () => {
    for (const p of drawing.items) drawPrimitive(flow, block, p, left, top);
  });
  flow.y += drawing.height + block.spaceAfter;
}
