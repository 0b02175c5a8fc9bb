import * as hb from 'harfbuzzjs';
import type { FontFace } from './font-face.ts';

/** A shaped glyph in font units; `cluster` is the UTF-16 index of its first character in the paragraph text. */
export interface ShapedGlyph {
  readonly id: number;
  readonly cluster: number;
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /**
   * HarfBuzz's UNSAFE_TO_BREAK: cutting the text at this glyph's cluster could shape either side differently. Where it
   * is false, the glyphs on each side are what shaping that side alone gives (glyph-slice.ts).
   */
  readonly unsafeToBreak: boolean;
}

export type Direction = 'rtl' | 'ltr';

const buffer = new hb.Buffer();

/** Context handed to HarfBuzz on each side of a run, in UTF-16 units: well over its 5 code points. */
const CONTEXT_UNITS = 16;

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Shapings already made, per face. A brief shapes the same runs again and again — a paragraph's runs are shaped to
 * measure it and once more per line, where a one-line paragraph's line is the same run; a table's cells, the
 * citation marks and the page furniture repeat — 1,628 shapings of 875 distinct runs for the seeds' brief. HarfBuzz
 * gives the same glyphs for the same input, and the input is entirely in the key: the face, the direction, the text
 * handed over (the run and its context) and where the run and that text sit in the paragraph (the glyphs' clusters
 * are paragraph offsets). Bounded, for the long-lived hosts that export brief after brief: past MEMO_LIMIT runs a
 * face's memo starts again.
 */
const memo = new WeakMap<FontFace, Map<string, readonly ShapedGlyph[]>>();
const MEMO_LIMIT = 20_000;

/**
 * Shapes `text[start, end)` with HarfBuzz in the given direction. The text around it is passed as pre- and
 * post-context (hb_buffer_add_utf16 item offsets), so Arabic joining across the run's edges is kept.
 * For RTL runs HarfBuzz returns glyphs in visual order (left to right) and applies Unicode bidi mirroring.
 * The glyphs may be given to other callers too (memo): they are read, never changed.
 */
export function shapeRun(face: FontFace, text: string, start: number, end: number, direction: Direction): readonly ShapedGlyph[] {
  // HarfBuzz keeps at most 5 code points of context on each side (HB_BUFFER_CONTEXT_LENGTH), and harfbuzzjs copies
  // the whole string it is given into WASM memory: hand it the run with a margin of context, not the paragraph.
  let from = Math.max(0, start - CONTEXT_UNITS);
  let to = Math.min(text.length, end + CONTEXT_UNITS);
  if (isLowSurrogate(text.charCodeAt(from))) from--; // never cut a surrogate pair in two
  if (isLowSurrogate(text.charCodeAt(to))) to++;
  const handed = text.slice(from, to);
  let shapings = memo.get(face);
  if (shapings === undefined) {
    shapings = new Map();
    memo.set(face, shapings);
  }
  const key = `${direction}${String(from)},${String(start)},${String(end)},${handed}`;
  let shaped = shapings.get(key);
  if (shaped === undefined) {
    if (shapings.size >= MEMO_LIMIT) shapings.clear();
    shaped = shape(face, handed, start - from, end - start, direction, from);
    shapings.set(key, shaped);
  }
  return shaped;
}

/**
 * HarfBuzz's glyphs for `length` units of `text` from `offset`, the rest of `text` as context; `text` starts at
 * `base` in the paragraph, which the clusters count from.
 */
function shape(face: FontFace, text: string, offset: number, length: number, direction: Direction, base: number): readonly ShapedGlyph[] {
  // One buffer, reset per run: shaping is synchronous, and this avoids a WASM allocation per run.
  buffer.reset();
  buffer.addText(text, offset, length);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(face.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  return infos.map((info, i) => {
    const pos = positions[i];
    return {
      id: info.codepoint,
      cluster: info.cluster + base,
      xAdvance: pos?.xAdvance ?? 0,
      xOffset: pos?.xOffset ?? 0,
      yOffset: pos?.yOffset ?? 0,
      unsafeToBreak: (info.flags & hb.GlyphFlag.UNSAFE_TO_BREAK) !== 0,
    };
  });
}
