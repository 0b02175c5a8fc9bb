import { crc32, deflateSync } from 'node:zlib';
import type { Drawing, Primitive } from './drawing.ts';

/** A closed outline in points (y down); a shape is filled by the nonzero winding rule over all its contours. */
export type Contour = ReadonlyArray<readonly [number, number]>;

/** The outlines of a text primitive's glyphs, placed in the drawing's points: how each output's shaping reaches the raster. */
export type TextOutlines = (text: Extract<Primitive, { kind: 'text' }>) => Contour[];

const SUBROWS = 4;

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
    case 'text':
      out.push({ contours: outlines(p), colour: p.colour });
      break;
  }
  return out;
}

/**
 * Fills contours (already in pixels) into `image` with anti-aliasing: each pixel row is sampled on four sub-rows,
 * and on each the spans inside the outline (nonzero winding) add their exact horizontal coverage.
 */
function fill(image: { width: number; height: number; rgb: Uint8Array }, contours: Contour[], colour: [number, number, number]): void {
  const edges: Array<[number, number, number, number, number]> = [];
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const c of contours) {
    c.forEach(([x0, y0], i) => {
      const [x1, y1] = c[(i + 1) % c.length] ?? [x0, y0];
      top = Math.min(top, y0);
      bottom = Math.max(bottom, y0);
      left = Math.min(left, x0);
      right = Math.max(right, x0);
      if (y0 !== y1) edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1]);
    });
  }
  const x0 = Math.max(0, Math.floor(left));
  const x1 = Math.min(image.width, Math.ceil(right) + 1);
  const y0 = Math.max(0, Math.floor(top));
  const y1 = Math.min(image.height, Math.ceil(bottom) + 1);
  if (x1 <= x0 || y1 <= y0) return;
  const span = x1 - x0;
  const coverage = new Float32Array(span);
  const crossings: Array<[number, number]> = [];
  for (let py = y0; py < y1; py++) {
    coverage.fill(0);
    for (let s = 0; s < SUBROWS; s++) {
      const y = py + (s + 0.5) / SUBROWS;
      crossings.length = 0;
      for (const [ex0, ey0, ex1, ey1, dir] of edges) {
        if (y < ey0 || y >= ey1) continue;
        crossings.push([ex0 + (y - ey0) / (ey1 - ey0) * (ex1 - ex0), dir]);
      }
      crossings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let winding = 0;
      let opened = 0;
      for (const [x, dir] of crossings) {
        if (winding === 0) opened = x;
        winding += dir;
        if (winding === 0) addSpan(coverage, opened - x0, x - x0, 1 / SUBROWS);
      }
    }
    for (let i = 0; i < span; i++) {
      const a = Math.min(1, coverage[i] ?? 0);
      if (a <= 0) continue;
      const at = (py * image.width + x0 + i) * 3;
      for (let k = 0; k < 3; k++) image.rgb[at + k] = Math.round((image.rgb[at + k] ?? 255) * (1 - a) + (colour[k] ?? 0) * a);
    }
  }
}

function addSpan(coverage: Float32Array, from: number, to: number, weight: number): void {
  const a = Math.max(0, from);
  const b = Math.min(coverage.length, to);
  if (b <= a) return;
  const first = Math.floor(a);
  const last = Math.floor(b);
  if (first === last) {
    coverage[first] = (coverage[first] ?? 0) + (b - a) * weight;
    return;
  }
  coverage[first] = (coverage[first] ?? 0) + (first + 1 - a) * weight;
  for (let i = first + 1; i < last; i++) coverage[i] = (coverage[i] ?? 0) + weight;
  if (last < coverage.length) coverage[last] = (coverage[last] ?? 0) + (b - last) * weight;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB image as PNG bytes (ISO/IEC 15948), its resolution recorded in pHYs so a word processor sizes it right. */
export function encodePng(width: number, height: number, rgb: Uint8Array, dpi: number): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const perMetre = Math.round(dpi / 0.0254);
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]));
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
    for (const shape of shapes(p, outlines, hairline)) {
      const contours = shape.contours.map((c) => c.map(([x, y]) => [x * scale, y * scale] as const));
      fill(image, contours, rgb(shape.colour));
    }
  }
  return { png: encodePng(width, height, image.rgb, dpi), width, height };
}
