import type { Drawing, Primitive } from './drawing.ts';
import { encodePng } from './png-encode.ts';
import { fillContours, type Contour } from './scanline-fill.ts';

/** The outlines of a text primitive's glyphs, placed in the drawing's points: how each output's shaping reaches the raster. */
export type TextOutlines = (text: Extract<Primitive, { kind: 'text' }>) => Contour[];

function rgb(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function circleContour(cx: number, cy: number, r: number, reverse = false): Contour {
  const steps = Math.max(24, Math.ceil(r * 6));
  const points: Array<[number, number]> = [];
  for (let i = 0; i < steps; i++) {
    const a = (reverse ? -1 : 1) * 2 * Math.PI * i / steps;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return points;
}

function rectContour(x: number, y: number, w: number, h: number, reverse = false): Contour {
  const points: Array<[number, number]> = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
  return reverse ? points.reverse() : points;
}

/** A stroked segment as a thin rectangle along it, at least `minimum` wide so that a hairline still shows. */
function lineContour(x1: number, y1: number, x2: number, y2: number, width: number): Contour {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = -(y2 - y1) / length * width / 2;
  const ny = (x2 - x1) / length * width / 2;
  return [[x1 + nx, y1 + ny], [x2 + nx, y2 + ny], [x2 - nx, y2 - ny], [x1 - nx, y1 - ny]];
}

/** The filled shapes of a primitive, each with its colour, in drawing order. */
function shapes(p: Primitive, outlines: TextOutlines, hairline: number): Array<{ contours: Contour[]; colour: string }> {
  const out: Array<{ contours: Contour[]; colour: string }> = [];
  switch (p.kind) {
    case 'line':
      out.push({ contours: [lineContour(p.x1, p.y1, p.x2, p.y2, Math.max(p.width, hairline))], colour: p.colour });
      break;
    case 'rect': {
      if (p.fill) out.push({ contours: [rectContour(p.x, p.y, p.w, p.h)], colour: p.fill });
      const s = Math.max(p.strokeWidth ?? 0.5, hairline) / 2;
      if (p.stroke) out.push({ contours: [rectContour(p.x - s, p.y - s, p.w + 2 * s, p.h + 2 * s), rectContour(p.x + s, p.y + s, p.w - 2 * s, p.h - 2 * s, true)], colour: p.stroke });
      break;
    }
    case 'circle': {
      if (p.fill) out.push({ contours: [circleContour(p.cx, p.cy, p.r)], colour: p.fill });
      const s = Math.max(p.strokeWidth ?? 0.5, hairline) / 2;
      if (p.stroke) out.push({ contours: [circleContour(p.cx, p.cy, p.r + s), circleContour(p.cx, p.cy, p.r - s, true)], colour: p.stroke });
      break;
    }
    case 'polygon': {
      if (p.fill) out.push({ contours: [p.points], colour: p.fill });
      const w = Math.max(p.strokeWidth ?? 0.5, hairline);
      // The outline as one stroke per side: a polygon's strokes are drawn as lines are.
      if (p.stroke) {
        out.push({ contours: p.points.map(([x1, y1], i) => {
          const [x2, y2] = p.points[(i + 1) % p.points.length] ?? [x1, y1];
          return lineContour(x1, y1, x2, y2, w);
        }), colour: p.stroke });
      }
      break;
    }
    case 'text':
      out.push({ contours: outlines(p), colour: p.colour });
      break;
  }
  return out;
}

/**
 * Rasterises a drawing on white at `dpi` (print resolution for a Word file): every primitive filled as outlines,
 * text as its glyphs' outlines (from `outlines`, the same shaping the PDF draws), anti-aliased. Pure JavaScript
 * and integer-rounded, so the same drawing gives the same pixels and the same PNG bytes on every machine.
 */
export function rasterise(drawing: Drawing, outlines: TextOutlines, dpi: number): { png: Uint8Array; width: number; height: number } {
  const scale = dpi / 72;
  const width = Math.ceil(drawing.width * scale);
  const height = Math.ceil(drawing.height * scale);
  const image = { width, height, rgb: new Uint8Array(width * height * 3).fill(255) };
  const hairline = 1 / scale;
  for (const p of drawing.items) {
    for (const shape of shapes(p, outlines, hairline)) fillContours(image, shape.contours, scale, rgb(shape.colour));
  }
  return { png: encodePng(width, height, image.rgb, dpi), width, height };
}
