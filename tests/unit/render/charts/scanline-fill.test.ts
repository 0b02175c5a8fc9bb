import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillContours, type Contour } from '../../../../main/render/charts/scanline-fill.ts';

function blank(width: number, height: number): { width: number; height: number; rgb: Uint8Array } {
  return { width, height, rgb: new Uint8Array(width * height * 3).fill(255) };
}
const grey = (image: { width: number; rgb: Uint8Array }, x: number, y: number): number => image.rgb[(y * image.width + x) * 3] ?? -1;
const square = (x: number, y: number, s: number, reverse = false): Contour => {
  const points: Array<[number, number]> = [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
  return reverse ? points.reverse() : points;
};

/**
 * The fill without its shortcuts, for comparison: every edge tried on every sub-row, every pixel of the bounding box
 * blended (the arithmetic of each crossing, span and blend the same, in the same order). The raster's speed-ups (the
 * active-edge list, blending only the pixels a row touched, writing a fully covered pixel as the colour) must not
 * change one pixel of it.
 */
function referenceFill(image: { width: number; height: number; rgb: Uint8Array }, contours: readonly Contour[], scale: number, colour: readonly [number, number, number]): void {
  const points = contours.flat();
  const xs = points.map(([x]) => x * scale);
  const ys = points.map(([, y]) => y * scale);
  const [x0, x1] = [Math.max(0, Math.floor(Math.min(...xs))), Math.min(image.width, Math.ceil(Math.max(...xs)) + 1)];
  const [y0, y1] = [Math.max(0, Math.floor(Math.min(...ys))), Math.min(image.height, Math.ceil(Math.max(...ys)) + 1)];
  if (x1 <= x0 || y1 <= y0) return;
  const edges = contours.flatMap((c) => c.flatMap(([xa, ya], i) => {
    const [xb, yb] = c[(i + 1) % c.length] ?? [xa, ya];
    if (ya === yb) return [];
    const [top, bottom, dir] = ya < yb ? [[xa * scale, ya * scale], [xb * scale, yb * scale], 1] as const : [[xb * scale, yb * scale], [xa * scale, ya * scale], -1] as const;
    return [{ x0: top[0], y0: top[1], y1: bottom[1], slope: (bottom[0] - top[0]) / (bottom[1] - top[1]), dir }];
  })).map((e, i) => ({ ...e, i })).sort((a, b) => a.y0 - b.y0 || a.i - b.i);
  const width = x1 - x0;
  for (let py = y0; py < y1; py++) {
    const coverage = new Float32Array(width);
    for (let s = 0; s < 4; s++) {
      const y = py + (s + 0.5) / 4;
      const crossings = edges.filter((e) => e.y0 <= y && e.y1 > y).map((e) => ({ x: e.x0 + (y - e.y0) * e.slope, d: e.dir }));
      crossings.sort((a, b) => a.x - b.x || a.d - b.d);
      let [winding, opened] = [0, 0];
      for (const { x, d } of crossings) {
        if (winding === 0) opened = x;
        winding += d;
        if (winding !== 0) continue;
        const a = Math.max(0, opened - x0);
        const b = Math.min(width, x - x0);
        if (b <= a) continue;
        const [first, last] = [Math.floor(a), Math.floor(b)];
        if (first === last) coverage[first] = (coverage[first] ?? 0) + (b - a) * 0.25;
        else {
          coverage[first] = (coverage[first] ?? 0) + (first + 1 - a) * 0.25;
          for (let k = first + 1; k < last; k++) coverage[k] = (coverage[k] ?? 0) + 0.25;
          if (last < width) coverage[last] = (coverage[last] ?? 0) + (b - last) * 0.25;
        }
      }
    }
    coverage.forEach((c, i) => {
      const a = Math.min(1, c);
      if (a <= 0) return;
      const at = (py * image.width + x0 + i) * 3;
      for (let k = 0; k < 3; k++) image.rgb[at + k] = Math.round((image.rgb[at + k] ?? 255) * (1 - a) + (colour[k] ?? 0) * a);
    });
  }
}

describe('fillContours', () => {
  it('gives the very pixels of the plain fill, for any outlines, scale and colours, over what is already drawn', () => {
    const point = fc.tuple(fc.double({ min: -4, max: 40, noNaN: true }), fc.double({ min: -4, max: 30, noNaN: true }));
    const shape = fc.record({
      contours: fc.array(fc.array(point, { minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 3 }),
      colour: fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
    });
    fc.assert(fc.property(fc.array(shape, { minLength: 1, maxLength: 4 }), fc.constantFrom(1, 1.5, 300 / 72), (shapes, scale) => {
      const [fast, plain] = [blank(140, 110), blank(140, 110)];
      for (const { contours, colour } of shapes) {
        fillContours(fast, contours, scale, colour);
        referenceFill(plain, contours, scale, colour);
      }
      expect(Buffer.compare(fast.rgb, plain.rgb)).toBe(0);
    }), { numRuns: 150 });
  });

  it('leaves a hole where an inner contour winds the other way, and fills it where both wind alike (nonzero rule)', () => {
    const ring = blank(30, 30);
    fillContours(ring, [square(5, 5, 20), square(10, 10, 10, true)], 1, [0, 0, 0]);
    expect(grey(ring, 7, 15)).toBe(0);
    expect(grey(ring, 15, 15)).toBe(255);
    const doubled = blank(30, 30);
    fillContours(doubled, [square(5, 5, 20), square(10, 10, 10)], 1, [0, 0, 0]);
    expect(grey(doubled, 15, 15)).toBe(0);
  });

  it('scales the contours into pixels and covers a half-covered pixel by half', () => {
    const image = blank(10, 10);
    // 2 by 2 units at a scale of 2, from x = 1.25 units: pixels 2.5 to 6.5, so columns 2 and 6 are half covered.
    fillContours(image, [square(1.25, 1, 2)], 2, [0, 0, 0]);
    expect(grey(image, 4, 3)).toBe(0);
    expect(grey(image, 2, 3)).toBe(128);
    expect(grey(image, 6, 3)).toBe(128);
    expect(grey(image, 7, 3)).toBe(255);
    expect(grey(image, 4, 1)).toBe(255);
  });
});
