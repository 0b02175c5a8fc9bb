import type { TextOutlines } from '../charts/png-raster.ts';
import type { Contour } from '../charts/scanline-fill.ts';
import { chartLine } from './chart-text.ts';
import type { FontFace } from './typeset/font-face.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';
import type { TextStyle } from './typeset/types.ts';

type Point = [number, number];
const CURVE_STEPS = 6;

const outlineCache = new WeakMap<FontFace, Map<number, Point[][]>>();

/** A glyph's contours in font units (y up), curves flattened: HarfBuzz's outline of the glyph the typesetter chose. */
function glyphContours(face: FontFace, id: number): Point[][] {
  let cache = outlineCache.get(face);
  if (!cache) {
    cache = new Map();
    outlineCache.set(face, cache);
  }
  const cached = cache.get(id);
  if (cached) return cached;
  const contours: Point[][] = [];
  let current: Point[] = [];
  let pen: Point = [0, 0];
  for (const { type, values: v } of face.hbFont.glyphToJson(id)) {
    const at = (i: number): Point => [v[i] ?? 0, v[i + 1] ?? 0];
    if (type === 'M') {
      if (current.length > 2) contours.push(current);
      pen = at(0);
      current = [pen];
    } else if (type === 'L') {
      pen = at(0);
      current.push(pen);
    } else if (type === 'Q' || type === 'C') {
      const controls = type === 'Q' ? [pen, at(0), at(2)] : [pen, at(0), at(2), at(4)];
      for (let s = 1; s <= CURVE_STEPS; s++) current.push(bezier(controls, s / CURVE_STEPS));
      pen = controls[controls.length - 1] ?? pen;
    } else if (type === 'Z') {
      if (current.length > 2) contours.push(current);
      current = [];
    }
  }
  if (current.length > 2) contours.push(current);
  cache.set(id, contours);
  return contours;
}

/** A point of a Bézier curve (de Casteljau). */
function bezier(points: readonly Point[], t: number): Point {
  let level = points.map((p) => [...p] as Point);
  while (level.length > 1) level = level.slice(1).map((p, i) => [(level[i]?.[0] ?? 0) * (1 - t) + p[0] * t, (level[i]?.[1] ?? 0) * (1 - t) + p[1] * t] as Point);
  return level[0] ?? [0, 0];
}

/**
 * The outlines of a chart text's glyphs for the raster: the line laid out by the typesetter exactly as the PDF
 * sets it (bidi, font fallback, HarfBuzz), each glyph's outline placed at its pen position and offsets.
 */
export function chartOutlines(layout: LayoutParagraph, fonts: { regular: TextStyle; bold: TextStyle }, direction: 'rtl' | 'ltr'): TextOutlines {
  return (text) => {
    // Outlines do not depend on the colour: the face's own colour finds the layout the chart's measure made.
    const style = { ...(text.bold ? fonts.bold : fonts.regular), size: text.size };
    const set = chartLine(layout, text.text, style, direction);
    if (!set) return [];
    const contours: Contour[] = [];
    let pen = text.x;
    for (const run of set.line.runs) {
      const scale = run.style.size / run.face.upem;
      for (const g of run.glyphs) {
        const gx = pen + g.xOffset * scale;
        const gy = text.baseline - g.yOffset * scale;
        for (const c of glyphContours(run.face, g.id)) contours.push(c.map(([x, y]) => [gx + x * scale, gy - y * scale] as const));
        pen += g.xAdvance * scale;
      }
    }
    return contours;
  };
}
