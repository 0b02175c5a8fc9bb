import * as hb from 'harfbuzzjs';
import type { FontFace } from './font-face.ts';

/** A shaped glyph in font units; `cluster` is the UTF-16 index of its first character in the paragraph text. */
export interface ShapedGlyph {
  id: number;
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export type Direction = 'rtl' | 'ltr';

const buffer = new hb.Buffer();

/** Context handed to HarfBuzz on each side of a run, in UTF-16 units: well over its 5 code points. */
const CONTEXT_UNITS = 16;

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Shapes `text[start, end)` with HarfBuzz in the given direction. The text around it is passed as pre- and
 * post-context (hb_buffer_add_utf16 item offsets), so Arabic joining across the run's edges is kept.
 * For RTL runs HarfBuzz returns glyphs in visual order (left to right) and applies Unicode bidi mirroring.
 */
export function shapeRun(face: FontFace, text: string, start: number, end: number, direction: Direction): ShapedGlyph[] {
  // HarfBuzz keeps at most 5 code points of context on each side (HB_BUFFER_CONTEXT_LENGTH), and harfbuzzjs copies
  // the whole string it is given into WASM memory: hand it the run with a margin of context, not the paragraph.
  let from = Math.max(0, start - CONTEXT_UNITS);
  let to = Math.min(text.length, end + CONTEXT_UNITS);
  if (isLowSurrogate(text.charCodeAt(from))) from--; // never cut a surrogate pair in two
  if (isLowSurrogate(text.charCodeAt(to))) to++;
  // One buffer, reset per run: shaping is synchronous, and this avoids a WASM allocation per run.
  buffer.reset();
  buffer.addText(text.slice(from, to), start - from, end - start);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(face.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  return infos.map((info, i) => {
    const pos = positions[i];
    return {
      id: info.codepoint,
      cluster: info.cluster + from,
      xAdvance: pos?.xAdvance ?? 0,
      xOffset: pos?.xOffset ?? 0,
      yOffset: pos?.yOffset ?? 0,
    };
  });
}
