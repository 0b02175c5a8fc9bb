/** A closed outline (y down), in points or pixels; a shape is filled by the nonzero winding rule over all its contours. */
export type Contour = ReadonlyArray<readonly [number, number]>;

/** An RGB image, three bytes a pixel, rows top down. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** Sub-rows sampled per pixel row: vertical anti-aliasing in four steps, horizontal coverage exact. */
const SUBROWS = 4;

/** The shape's non-horizontal edges, pointing down, with the winding each adds, sorted by where they start. */
interface Edges {
  count: number;
  x0: Float64Array;
  y0: Float64Array;
  slope: Float64Array;
  y1: Float64Array;
  dir: Int8Array;
}

function edgesOf(contours: readonly Contour[], scale: number): Edges {
  let n = 0;
  for (const c of contours) n += c.length;
  // Written in contour order into typed arrays, then put in order of their tops (ties in contour order, as a stable
  // sort leaves them): no array per edge, which a label's thousand edges made the fill's main garbage.
  const xa = new Float64Array(n);
  const ya = new Float64Array(n);
  const xb = new Float64Array(n);
  const yb = new Float64Array(n);
  const up = new Int8Array(n);
  let count = 0;
  for (const c of contours) {
    for (let i = 0; i < c.length; i++) {
      const [xA, yA] = c[i] ?? [0, 0];
      const [xB, yB] = c[(i + 1) % c.length] ?? [xA, yA];
      if (yA === yB) continue;
      const down = yA < yB;
      xa[count] = (down ? xA : xB) * scale;
      ya[count] = (down ? yA : yB) * scale;
      xb[count] = (down ? xB : xA) * scale;
      yb[count] = (down ? yB : yA) * scale;
      up[count] = down ? 1 : -1;
      count++;
    }
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => (ya[a] ?? 0) - (ya[b] ?? 0) || a - b);
  const edges: Edges = { count, x0: new Float64Array(count), y0: new Float64Array(count), slope: new Float64Array(count), y1: new Float64Array(count), dir: new Int8Array(count) };
  for (let i = 0; i < count; i++) {
    const e = order[i] ?? 0;
    edges.x0[i] = xa[e] ?? 0;
    edges.y0[i] = ya[e] ?? 0;
    edges.y1[i] = yb[e] ?? 0;
    edges.slope[i] = ((xb[e] ?? 0) - (xa[e] ?? 0)) / ((yb[e] ?? 0) - (ya[e] ?? 0));
    edges.dir[i] = up[e] ?? 0;
  }
  return edges;
}

function bounds(contours: readonly Contour[], scale: number): [number, number, number, number] {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of contours) {
    for (const [x, y] of c) {
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return [left * scale, top * scale, right * scale, bottom * scale];
}

/** The pixels of a row's coverage that spans have touched since it was cleared: [low, high], empty when low > high. */
interface Touched {
  low: number;
  high: number;
}

/** Adds `weight` times the share of each pixel in [from, to) to the row's coverage, widening `touched` to it. */
function addSpan(coverage: Float32Array, from: number, to: number, weight: number, touched: Touched): void {
  const a = Math.max(0, from);
  const b = Math.min(coverage.length, to);
  if (b <= a) return;
  const first = Math.floor(a);
  const last = Math.floor(b);
  if (first < touched.low) touched.low = first;
  if (Math.min(last, coverage.length - 1) > touched.high) touched.high = Math.min(last, coverage.length - 1);
  if (first === last) {
    coverage[first] = (coverage[first] ?? 0) + (b - a) * weight;
    return;
  }
  coverage[first] = (coverage[first] ?? 0) + (first + 1 - a) * weight;
  for (let i = first + 1; i < last; i++) coverage[i] = (coverage[i] ?? 0) + weight;
  if (last < coverage.length) coverage[last] = (coverage[last] ?? 0) + (b - last) * weight;
}

/**
 * Fills contours (in units that `scale` turns into pixels) into `image` in one colour, anti-aliased: each pixel row is sampled on four sub-rows, and on
 * each the spans inside the outline (nonzero winding) add their exact horizontal coverage. Only the edges that
 * cross a sub-row are visited (an active-edge list over the edges sorted by their top), so a label of a hundred
 * glyphs costs its crossings, not its edges times its rows; and only the pixels a row's spans touched are blended and
 * cleared, so a long diagonal tie costs its length, not the area of its bounding box.
 */
export function fillContours(image: RgbImage, contours: readonly Contour[], scale: number, colour: readonly [number, number, number]): void {
  const [left, top, right, bottom] = bounds(contours, scale);
  const x0 = Math.max(0, Math.floor(left));
  const x1 = Math.min(image.width, Math.ceil(right) + 1);
  const y0 = Math.max(0, Math.floor(top));
  const y1 = Math.min(image.height, Math.ceil(bottom) + 1);
  if (x1 <= x0 || y1 <= y0) return;
  const edges = edgesOf(contours, scale);
  const [red, green, blue] = [colour[0] ?? 0, colour[1] ?? 0, colour[2] ?? 0];
  const coverage = new Float32Array(x1 - x0);
  // The edges that cross the current sub-row, by index; `live` of them in use.
  const active = new Uint32Array(edges.count);
  let live = 0;
  const xs = new Float64Array(edges.count);
  const dirs = new Int8Array(edges.count);
  let next = 0;
  const touched: Touched = { low: coverage.length, high: -1 };
  for (let py = y0; py < y1; py++) {
    touched.low = coverage.length;
    touched.high = -1;
    for (let s = 0; s < SUBROWS; s++) {
      const y = py + (s + 0.5) / SUBROWS;
      while (next < edges.count && (edges.y0[next] ?? Infinity) <= y) active[live++] = next++;
      let n = 0;
      let kept = 0;
      for (let j = 0; j < live; j++) {
        const e = active[j] ?? 0;
        if ((edges.y1[e] ?? -Infinity) <= y) continue;
        active[kept++] = e;
        // Insertion by x (then winding), so crossings come left to right; a row crosses few edges.
        const x = (edges.x0[e] ?? 0) + (y - (edges.y0[e] ?? 0)) * (edges.slope[e] ?? 0);
        const d = edges.dir[e] ?? 0;
        let k = n++;
        while (k > 0 && ((xs[k - 1] ?? 0) > x || ((xs[k - 1] ?? 0) === x && (dirs[k - 1] ?? 0) > d))) {
          xs[k] = xs[k - 1] ?? 0;
          dirs[k] = dirs[k - 1] ?? 0;
          k--;
        }
        xs[k] = x;
        dirs[k] = d;
      }
      live = kept;
      let winding = 0;
      let opened = 0;
      for (let k = 0; k < n; k++) {
        const x = xs[k] ?? 0;
        if (winding === 0) opened = x;
        winding += dirs[k] ?? 0;
        if (winding === 0) addSpan(coverage, opened - x0, x - x0, 1 / SUBROWS, touched);
      }
    }
    for (let i = touched.low; i <= touched.high; i++) {
      const a = Math.min(1, coverage[i] ?? 0);
      // Cleared as it is read: the next row starts from nothing (the untouched pixels are still zero).
      coverage[i] = 0;
      if (a <= 0) continue;
      const at = (py * image.width + x0 + i) * 3;
      const rgb = image.rgb;
      // Covered whole: the blend below gives the colour itself (v × 0 + c × 1), so it is written as it is.
      if (a === 1) {
        rgb[at] = red;
        rgb[at + 1] = green;
        rgb[at + 2] = blue;
      } else {
        rgb[at] = Math.round((rgb[at] ?? 255) * (1 - a) + red * a);
        rgb[at + 1] = Math.round((rgb[at + 1] ?? 255) * (1 - a) + green * a);
        rgb[at + 2] = Math.round((rgb[at + 2] ?? 255) * (1 - a) + blue * a);
      }
    }
  }
}
