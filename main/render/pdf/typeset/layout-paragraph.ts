import type { FontFace } from './font-face.ts';
import { removeBidiControls } from './bidi-controls.ts';
import { embeddingLevels, resolveDirection } from './bidi-levels.ts';
import { breakOpportunities, NO_LINE_START } from './break-opportunities.ts';
import { buildLine, levelDirection, type Item } from './build-line.ts';
import { justifyWithKashida } from './kashida.ts';
import { shapeRun, type ShapedGlyph } from './shape-run.ts';
import type { Line, ParagraphLayout, ParagraphSpec, TextStyle } from './types.ts';

// Characters that take the face of what precedes them rather than forcing a face change: spaces, combining
// marks, joiners and other format controls.
const INHERITS_FACE = /[\s\p{M}\p{Cf}]/u;
const WHITESPACE = /\s/u;
// A little slack so rounding in advance sums never pushes a fitting line over the measure.
const EPSILON = 0.01;

// Whether a code point takes the face before it, found once per code point: the test (a string made of the code
// point, then a Unicode property match) ran for every character of every paragraph laid out.
const inheritsFace = new Map<number, boolean>();

function pickFace(cp: number, faces: readonly FontFace[], previous: FontFace | undefined): FontFace {
  const first = faces[0];
  if (!first) throw new Error('a text style needs at least one font face');
  if (previous) {
    let inherits = inheritsFace.get(cp);
    if (inherits === undefined) {
      inherits = INHERITS_FACE.test(String.fromCodePoint(cp));
      inheritsFace.set(cp, inherits);
    }
    if (inherits && faces.includes(previous)) return previous;
  }
  for (const face of faces) if (face.coverage.has(cp)) return face;
  return first;
}

/** Splits the paragraph into maximal items of one level, one span and one face (per-run font fallback). */
function itemise(text: string, spanOf: readonly TextStyle[], levels: Uint8Array): Item[] {
  const items: Item[] = [];
  let previousFace: FontFace | undefined;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    const style = spanOf[i];
    if (!style) throw new Error(`no span covers offset ${i}`);
    const face = pickFace(cp, style.faces, previousFace);
    const level = levels[i] ?? 0;
    const last = items[items.length - 1];
    if (last && last.level === level && last.style === style && last.face === face) last.end = i + units;
    else items.push({ start: i, end: i + units, level, style, face });
    previousFace = face;
    i += units;
  }
  return items;
}

/**
 * Lays out one paragraph: UAX #9 levels (bidi-js) at the paragraph's given base direction, explicit bidi controls
 * then removed (X9), per-run font fallback, HarfBuzz shaping of each level run for
 * measurement (joining context kept across the run), greedy line breaking at UAX #14 opportunities in logical
 * order, then per line: trailing whitespace dropped (UAX #9 L1), runs reordered (L2) and reshaped in their own
 * direction. A word wider than the measure is broken between HarfBuzz clusters, after a space glued inside it if any. With `justification: 'kashida'`,
 * justified lines take part of their extra width as tatweels (see kashida.ts).
 */
export function layoutParagraph(spec: ParagraphSpec): ParagraphLayout {
  const marked = spec.spans.map((s) => s.text).join('').replace(/[\r\n\t]/g, ' ');
  const markedSpanOf: TextStyle[] = [];
  for (const span of spec.spans) for (let i = 0; i < span.text.length; i++) markedSpanOf.push(span.style);
  const dir = resolveDirection(marked, spec.direction);
  // Levels are resolved with the isolates in place; then the controls go, their effect kept in the levels.
  const { text, levels, data: spanOf } = removeBidiControls(marked, embeddingLevels(marked, dir), markedSpanOf);
  if (text.length === 0) return { text, direction: dir, align: spec.align, width: spec.width, lines: [] };

  const items = itemise(text, spanOf, levels);

  // Measure: each item shaped once in context; advances summed per cluster so any substring's width is a sum.
  const advance = new Float64Array(text.length);
  const boundary = new Uint8Array(text.length + 1);
  boundary[text.length] = 1;
  // Kept for the lines, which are cut from these glyphs where HarfBuzz allows (build-line.ts).
  const measured = new Map<Item, readonly ShapedGlyph[]>();
  for (const item of items) {
    boundary[item.start] = 1;
    const scale = item.style.size / item.face.upem;
    const glyphs = shapeRun(item.face, text, item.start, item.end, levelDirection(item.level));
    measured.set(item, glyphs);
    for (const g of glyphs) {
      advance[g.cluster] = (advance[g.cluster] ?? 0) + g.xAdvance * scale;
      boundary[g.cluster] = 1;
    }
  }
  const prefix = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (advance[i] ?? 0);
  const trimEnd = (a: number, b: number): number => {
    while (b > a && WHITESPACE.test(text[b - 1] ?? '')) b--;
    return b;
  };
  const widthOf = (a: number, b: number): number => (prefix[trimEnd(a, b)] ?? 0) - (prefix[a] ?? 0);

  const breaks: Array<[number, number]> = [];
  const opportunities = breakOpportunities(text);
  let start = 0;
  let next = 0;
  while (start < text.length) {
    let best = -1;
    for (; next < opportunities.length; next++) {
      const p = opportunities[next] ?? text.length;
      if (p <= start) continue;
      if (widthOf(start, p) <= spec.width + EPSILON) best = p;
      else break;
    }
    if (best === -1) {
      // Nothing fits: the next unbreakable stretch is wider than the line, so break it between clusters.
      // A space inside the stretch, glued by a word joiner (the commas between citation marks), is where it is cut
      // best: after it, and not between two digits of a number («10» | «6» for 106).
      const limit = opportunities[next] ?? text.length;
      let firstBoundary = -1;
      let afterSpace = -1;
      for (let b = start + 1; b < limit; b++) {
        // Not before a space or a punctuation mark: the next line would start with it.
        if (!boundary[b] || WHITESPACE.test(text[b] ?? '') || NO_LINE_START.test(text[b] ?? '')) continue;
        if (firstBoundary === -1) firstBoundary = b;
        if (widthOf(start, b) > spec.width + EPSILON) break;
        best = b;
        if (WHITESPACE.test(text[b - 1] ?? '')) afterSpace = b;
      }
      if (afterSpace !== -1) best = afterSpace;
      if (best === -1) best = firstBoundary === -1 ? limit : firstBoundary;
    } else {
      // The next stretch will be cut anyway, being wider than a whole line: begin it on this line, up to a space
      // glued inside it, rather than leave this line short (a point's word and its long list of citation marks).
      const limit = opportunities[next] ?? text.length;
      if (widthOf(best, limit) > spec.width + EPSILON) {
        for (let b = best + 1; b < limit; b++) {
          if (!boundary[b] || !WHITESPACE.test(text[b - 1] ?? '') || WHITESPACE.test(text[b] ?? '') || NO_LINE_START.test(text[b] ?? '')) continue;
          if (widthOf(start, b) > spec.width + EPSILON) break;
          best = b;
        }
      }
    }
    breaks.push([start, best]);
    start = best;
  }

  const lines: Line[] = breaks.map(([a, b], index) => {
    const line = buildLine(text, items, a, trimEnd(a, b), spec.align === 'justify' && index < breaks.length - 1, undefined, measured);
    return line.stretch && spec.justification === 'kashida' ? justifyWithKashida(line, items, spec.width) : line;
  });
  return { text, direction: dir, align: spec.align, width: spec.width, lines };
}
